/**
 * A .xlsx package (a zip, ISO/IEC 29500-2) written part by part: each part is deflated as its pieces
 * arrive, so only the compressed file is held, never the whole XML. Deflating runs in the platform's
 * own zlib (CompressionStream "gzip": Node 20, current browsers; the gzip trailer gives the CRC-32), off
 * the JavaScript thread, so it overlaps with writing the next piece; where that is missing, fflate
 * deflates in JavaScript and the CRC is computed here.
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

/** What a deflater gives back once its input is closed: the raw deflate chunks, and the CRC-32 when it computed it. */
interface Deflated {
  chunks: Uint8Array[];
  crc?: number;
}

/** Compresses one part's pieces; resolves with the compressed chunks once the input is closed. */
interface Deflater {
  write(bytes: Uint8Array<ArrayBuffer>): Promise<void>;
  close(): Promise<Deflated>;
}

/** How many pieces may wait for the native deflater at once (each ~0.1 MB): enough to keep it busy. */
const IN_FLIGHT = 16;

/** Length of a gzip member header (RFC 1952 §2.3): 10 bytes, then the optional fields its flags announce. */
function gzipHeaderLength(b: Uint8Array): number {
  const flags = b[3];
  let at = 10;
  if (flags & 4) at += 2 + (b[at] | (b[at + 1] << 8)); // FEXTRA
  if (flags & 8) while (b[at++] !== 0); // FNAME
  if (flags & 16) while (b[at++] !== 0); // FCOMMENT
  if (flags & 2) at += 2; // FHCRC
  return at;
}

/**
 * The platform's zlib in "gzip" format: a gzip member is the raw deflate data between a header and a
 * trailer that holds the CRC-32 of the input (RFC 1952), so the CRC the zip entry needs is computed by
 * zlib too, off the JavaScript thread. Pieces are handed over without waiting for each to be compressed
 * (at most IN_FLIGHT waiting), so compressing overlaps with writing the next piece.
 */
function nativeDeflater(): Deflater | undefined {
  if (typeof CompressionStream === "undefined") return undefined;
  let stream: CompressionStream;
  try {
    stream = new CompressionStream("gzip");
  } catch {
    return undefined;
  }
  const out: Uint8Array[] = [];
  const reader = stream.readable.getReader();
  const drained = (async () => {
    for (let r = await reader.read(); !r.done; r = await reader.read()) out.push(r.value);
  })();
  drained.catch(() => undefined);
  const writer = stream.writable.getWriter();
  const pending: Promise<void>[] = [];
  return {
    write: async (bytes) => {
      const p = writer.write(bytes);
      p.catch(() => undefined);
      pending.push(p);
      if (pending.length > IN_FLIGHT) await pending.shift();
    },
    close: async () => {
      await Promise.all(pending);
      await writer.close();
      await drained;
      let total = 0;
      for (const c of out) total += c.length;
      const whole = new Uint8Array(total);
      let at = 0;
      for (const c of out) whole.set(c, at), (at += c.length);
      const t = total - 8;
      const crc = (whole[t] | (whole[t + 1] << 8) | (whole[t + 2] << 16) | (whole[t + 3] << 24)) >>> 0;
      return { chunks: [whole.subarray(gzipHeaderLength(whole), t)], crc };
    },
  };
}

function fflateDeflater(): Deflater {
  const out: Uint8Array[] = [];
  const d = new Deflate({ level: 1 }, (chunk) => out.push(chunk));
  return {
    write: async (bytes) => d.push(bytes),
    close: async () => (d.push(new Uint8Array(0), true), { chunks: out }),
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
  /** Each part's compression, finishing while the next parts are written; laid out in order by bytes(). */
  private readonly parts: { entry: Entry; done: Promise<Deflated> }[] = [];
  private offset = 0;
  private readonly encoder = new TextEncoder();

  /** Scratch space for encoding a piece: encodeInto and one copy cost far less than encode() allocating per piece. */
  private scratch = new Uint8Array(0);

  /** A piece as UTF-8 bytes of its own (the deflater keeps them until it has read them). */
  private utf8(piece: string): Uint8Array<ArrayBuffer> {
    if (this.scratch.length < piece.length * 3) this.scratch = new Uint8Array(piece.length * 3);
    const { written } = this.encoder.encodeInto(piece, this.scratch);
    return this.scratch.slice(0, written);
  }

  private emit(bytes: Uint8Array | number[]): void {
    const b = bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes);
    this.chunks.push(b);
    this.offset += b.length;
  }

  /**
   * Add a part from its text pieces, compressing each piece as it comes. Resolves once every piece is
   * handed to the deflater, not when the part is compressed: the next part is written meanwhile.
   */
  async add(path: string, pieces: Iterable<string>): Promise<void> {
    const entry: Entry = { name: this.encoder.encode(path), offset: 0, crc: 0, compressed: 0, size: 0 };
    const native = nativeDeflater();
    const deflater = native ?? fflateDeflater();
    for (const piece of pieces) {
      if (!piece) continue;
      const bytes = this.utf8(piece);
      if (!native) entry.crc = crc32(entry.crc, bytes);
      entry.size += bytes.length;
      await deflater.write(bytes);
    }
    const done = deflater.close();
    done.catch(() => undefined);
    this.parts.push({ entry, done });
  }

  /** Every part in order, then the central directory and the end record: the whole file. */
  async bytes(): Promise<Uint8Array> {
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
    const out = new Uint8Array(this.offset);
    let at = 0;
    for (const c of this.chunks) out.set(c, at), (at += c.length);
    return out;
  }
}
