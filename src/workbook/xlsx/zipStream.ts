/**
 * A .xlsx package (a zip, ISO/IEC 29500-2) written part by part with fflate's streaming deflate: each
 * part is compressed as its pieces arrive, so only the compressed file is held, never the whole XML.
 * Runs in Node and in the browser alike.
 */
import { Zip, ZipDeflate } from "fflate";

export class ZipStream {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;
  private readonly encoder = new TextEncoder();
  private error: Error | null = null;

  constructor() {
    this.zip = new Zip((err, data) => {
      if (err) this.error = err;
      else this.chunks.push(data);
    });
  }

  /** Add a part from its text pieces, compressing each piece as it comes. */
  add(path: string, pieces: Iterable<string>): void {
    // Level 1: deflating is most of the writing time, and the fastest level still shrinks sheet XML ~10×.
    const file = new ZipDeflate(path, { level: 1 });
    this.zip.add(file);
    for (const piece of pieces) if (piece) file.push(this.encoder.encode(piece));
    file.push(new Uint8Array(0), true);
    if (this.error) throw this.error;
  }

  bytes(): Uint8Array {
    this.zip.end();
    if (this.error) throw this.error;
    const size = this.chunks.reduce((n, c) => n + c.length, 0);
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of this.chunks) out.set(c, at), (at += c.length);
    return out;
  }
}
