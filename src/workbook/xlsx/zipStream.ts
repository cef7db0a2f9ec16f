/**
 * A .xlsx package (a zip, ISO/IEC 29500-2) written part by part: each part is deflated as its pieces
 * arrive, so only the compressed file is held, never the whole XML; deflating runs in the platform's
 * own zlib off the JavaScript thread (deflaters.ts), overlapping with writing the next piece.
 * Entries use data descriptors (sizes and CRC after the data, APPNOTE 4.3.9), no zip64 (every part and
 * the whole file stay far below 4 GB at 100,000 employees).
 */
import { BufferPool, crc32, Deflated, fflateDeflater, nodeDeflater, webDeflater } from "./deflaters";

const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

interface Entry {
  name: Uint8Array;
  offset: number;
  crc: number;
  compressed: number;
  size: number;
}

/** Version 2.0, bit 3 (data descriptor) and bit 11 (UTF-8 names), deflate, 1980-01-01 00:00 (reproducible). */
const HEADER_FIELDS = [...u16(20), ...u16(0x0808), ...u16(8), ...u16(0), ...u16(0x21)];

export class ZipStream {
  private readonly chunks: Uint8Array[] = [];
  private readonly entries: Entry[] = [];
  /** Each part's compression, finishing while the next parts are written; laid out in order by bytes(). */
  private readonly parts: { entry: Entry; done: Promise<Deflated> }[] = [];
  private offset = 0;
  private readonly encoder = new TextEncoder();

  /** Scratch space for encoding a piece: encodeInto costs far less than encode() allocating per piece. */
  private scratch = new Uint8Array(0);
  private readonly pool = new BufferPool();

  /** A text piece as UTF-8, valid until the next piece is encoded (the deflater copies what it keeps). */
  private utf8(piece: string): Uint8Array {
    if (this.scratch.length < piece.length * 3) this.scratch = new Uint8Array(piece.length * 3);
    const { written } = this.encoder.encodeInto(piece, this.scratch);
    return this.scratch.subarray(0, written);
  }

  private emit(bytes: Uint8Array | number[]): void {
    const b = bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes);
    this.chunks.push(b);
    this.offset += b.length;
  }

  /**
   * Add a part from its pieces (text, or UTF-8 bytes that the zip reads before asking for the next piece,
   * so that a writer may fill the same buffer again), compressing each piece as it comes. Resolves once
   * every piece is handed to the deflater, not when the part is compressed: the next part is written meanwhile.
   */
  async add(path: string, pieces: Iterable<string | Uint8Array>): Promise<void> {
    const entry: Entry = { name: this.encoder.encode(path), offset: 0, crc: 0, compressed: 0, size: 0 };
    const native = nodeDeflater(this.pool) ?? webDeflater();
    const deflater = native ?? fflateDeflater();
    for (const piece of pieces) {
      if (!piece.length) continue;
      const bytes = typeof piece === "string" ? this.utf8(piece) : piece;
      if (!native) entry.crc = crc32(entry.crc, bytes);
      entry.size += bytes.length;
      await deflater.write(bytes);
    }
    const done = deflater.close();
    done.catch(() => undefined);
    this.parts.push({ entry, done });
  }

  /**
   * Every part in order, then the central directory and the end record: the whole file, as the pieces it was
   * made of. A caller writing to disk hands them over one by one, so 20 MB of compressed workbook is not
   * copied once more into a single array (on a 2-core office PC, touching that much new memory costs a
   * tenth of a second).
   */
  async pieces(): Promise<readonly Uint8Array[]> {
    for (const { entry, done } of this.parts) {
      const { name } = entry;
      entry.offset = this.offset;
      this.emit([...u32(0x04034b50), ...HEADER_FIELDS, ...u32(0), ...u32(0), ...u32(0), ...u16(name.length), ...u16(0)]);
      this.emit(name);
      const d = await done;
      if (d.crc !== undefined) entry.crc = d.crc;
      for (const c of d.chunks) (entry.compressed += c.length), this.emit(c);
      this.emit([...u32(0x08074b50), ...u32(entry.crc), ...u32(entry.compressed), ...u32(entry.size)]);
      this.entries.push(entry);
    }
    const start = this.offset;
    for (const e of this.entries) {
      this.emit([...u32(0x02014b50), ...u16(20), ...HEADER_FIELDS, ...u32(e.crc), ...u32(e.compressed), ...u32(e.size), ...u16(e.name.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(e.offset)]);
      this.emit(e.name);
    }
    const n = this.entries.length;
    this.emit([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(n), ...u16(n), ...u32(this.offset - start), ...u32(start), ...u16(0)]);
    return this.chunks;
  }

  /** The whole file in one array. */
  async bytes(): Promise<Uint8Array> {
    return joinPieces(await this.pieces());
  }
}

/** Pieces of a file laid end to end. */
export function joinPieces(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) out.set(p, at), (at += p.length);
  return out;
}
