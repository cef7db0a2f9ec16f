/**
 * A .xlsx package (a zip, ISO/IEC 29500-2) written part by part: each part is deflated as its pieces
 * arrive, so only the compressed file is held, never the whole XML. Deflating runs in the platform's
 * own zlib (CompressionStream "deflate-raw": Node 20, current browsers), off the JavaScript thread, so
 * it overlaps with writing the next piece; where that is missing, fflate deflates in JavaScript.
 * Entries use data descriptors (sizes and CRC after the data, APPNOTE 4.3.9), no zip64 (every part and
 * the whole file stay far below 4 GB at 100,000 employees).
 */
import { Deflate } from "fflate";

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(crc: number, bytes: Uint8Array): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** Compresses one part's pieces; resolves with the compressed chunks once the input is closed. */
interface Deflater {
  write(bytes: Uint8Array<ArrayBuffer>): Promise<void>;
  close(): Promise<Uint8Array[]>;
}

function nativeDeflater(): Deflater | undefined {
  if (typeof CompressionStream === "undefined") return undefined;
  let stream: CompressionStream;
  try {
    stream = new CompressionStream("deflate-raw" as CompressionFormat);
  } catch {
    return undefined;
  }
  const out: Uint8Array[] = [];
  const reader = stream.readable.getReader();
  const drained = (async () => {
    for (let r = await reader.read(); !r.done; r = await reader.read()) out.push(r.value);
  })();
  const writer = stream.writable.getWriter();
  return {
    write: (bytes) => writer.write(bytes),
    close: async () => {
      await writer.close();
      await drained;
      return out;
    },
  };
}

function fflateDeflater(): Deflater {
  const out: Uint8Array[] = [];
  const d = new Deflate({ level: 1 }, (chunk) => out.push(chunk));
  return {
    write: async (bytes) => d.push(bytes),
    close: async () => (d.push(new Uint8Array(0), true), out),
  };
}

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
  private offset = 0;
  private readonly encoder = new TextEncoder();

  private emit(bytes: Uint8Array | number[]): void {
    const b = bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes);
    this.chunks.push(b);
    this.offset += b.length;
  }

  /** Add a part from its text pieces, compressing each piece as it comes. */
  async add(path: string, pieces: Iterable<string>): Promise<void> {
    const name = this.encoder.encode(path);
    const entry: Entry = { name, offset: this.offset, crc: 0, compressed: 0, size: 0 };
    this.emit([...u32(0x04034b50), ...HEADER_FIELDS, ...u32(0), ...u32(0), ...u32(0), ...u16(name.length), ...u16(0)]);
    this.emit(name);
    const deflater = nativeDeflater() ?? fflateDeflater();
    for (const piece of pieces) {
      if (!piece) continue;
      const bytes = this.encoder.encode(piece);
      entry.crc = crc32(entry.crc, bytes);
      entry.size += bytes.length;
      await deflater.write(bytes);
    }
    for (const c of await deflater.close()) (entry.compressed += c.length), this.emit(c);
    this.emit([...u32(0x08074b50), ...u32(entry.crc), ...u32(entry.compressed), ...u32(entry.size)]);
    this.entries.push(entry);
  }

  /** The central directory and the end record, then the whole file. */
  bytes(): Uint8Array {
    const start = this.offset;
    for (const e of this.entries) {
      this.emit([...u32(0x02014b50), ...u16(20), ...HEADER_FIELDS, ...u32(e.crc), ...u32(e.compressed), ...u32(e.size), ...u16(e.name.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(e.offset)]);
      this.emit(e.name);
    }
    const n = this.entries.length;
    this.emit([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(n), ...u16(n), ...u32(this.offset - start), ...u32(start), ...u16(0)]);
    const out = new Uint8Array(this.offset);
    let at = 0;
    for (const c of this.chunks) out.set(c, at), (at += c.length);
    return out;
  }
}
