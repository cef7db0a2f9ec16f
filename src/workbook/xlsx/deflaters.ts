/**
 * Deflaters for the zip (zipStream.ts), one part each: the platform's own zlib, off the JavaScript thread,
 * so that compressing overlaps with writing the next piece — under Node.js its zlib at level 2 (a
 * 10,000-employee workbook is ~180 MB of XML: the default level 6 took 2.5× the CPU for a file ~20%
 * smaller; level 1 was as fast as 2 and larger), in a browser CompressionStream "gzip" (whose trailer
 * gives the CRC-32); where neither is there, fflate deflates in JavaScript and the CRC is computed here.
 * A piece handed to write() is the caller's only for that call: a deflater that keeps it copies it.
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

export function crc32(crc: number, bytes: Uint8Array): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** What a deflater gives back once its input is closed: the raw deflate chunks, and the CRC-32 when it computed it. */
export interface Deflated {
  chunks: Uint8Array[];
  crc?: number;
}

/** Compresses one part's pieces; resolves with the compressed chunks once the input is closed. */
export interface Deflater {
  /** Hand over a piece, valid only during the call; resolves once the deflater can take more. */
  write(bytes: Uint8Array): Promise<void>;
  close(): Promise<Deflated>;
}

/** How many pieces may wait for the native deflater at once (each ≤ 0.5 MB): enough to keep it busy. */
const IN_FLIGHT = 16;

/**
 * Buffers for the pieces waiting for zlib, used again once zlib has read them: 180 MB of pieces each in a
 * fresh buffer made the garbage collector run again and again for the memory outside its heap.
 */
export class BufferPool {
  private readonly free: Uint8Array<ArrayBuffer>[] = [];

  /** A copy of the bytes in a buffer of the pool. */
  copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
    let b = this.free.pop();
    if (!b || b.length < bytes.length) b = new Uint8Array(Math.max(1 << 19, bytes.length));
    b.set(bytes);
    return b.subarray(0, bytes.length);
  }

  /** The buffer of a copy, free again. */
  release(copy: Uint8Array<ArrayBuffer>): void {
    this.free.push(new Uint8Array(copy.buffer));
  }
}

/** What the zip needs of Node.js's zlib (typed here so that the browser build needs no Node types). */
interface NodeZlib {
  createDeflateRaw(o: { level: number; chunkSize: number }): {
    write(b: Uint8Array, done: (e?: Error | null) => void): boolean;
    end(): void;
    on(event: "data", f: (chunk: Uint8Array) => void): void;
    once(event: "end" | "error", f: (e?: Error) => void): void;
  };
  crc32?(b: Uint8Array, crc?: number): number;
}

/** Node.js's zlib when running under Node.js 20.16 or later (process.getBuiltinModule, zlib.crc32), else undefined. */
function nodeZlib(): NodeZlib | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const zlib = proc?.getBuiltinModule?.("node:zlib") as NodeZlib | undefined;
  return zlib?.crc32 ? zlib : undefined;
}

/**
 * Node.js's zlib, raw deflate at level 2, output in large chunks (fewer callbacks into JavaScript); the
 * CRC-32 by zlib.crc32 on each piece as it is handed over. At most IN_FLIGHT pieces wait.
 */
export function nodeDeflater(pool: BufferPool): Deflater | undefined {
  const zlib = nodeZlib();
  const crc32 = zlib?.crc32;
  if (!zlib || !crc32) return undefined;
  const stream = zlib.createDeflateRaw({ level: 2, chunkSize: 1 << 18 });
  const out: Uint8Array[] = [];
  stream.on("data", (c) => out.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    stream.once("end", () => resolve());
    stream.once("error", reject);
  });
  ended.catch(() => undefined);
  const pending: Promise<void>[] = [];
  let crc = 0;
  return {
    write: async (bytes) => {
      crc = crc32(bytes, crc);
      const copy = pool.copy(bytes);
      const p = new Promise<void>((resolve, reject) => stream.write(copy, (e) => (e ? reject(e) : (pool.release(copy), resolve()))));
      p.catch(() => undefined);
      pending.push(p);
      if (pending.length > IN_FLIGHT) await pending.shift();
    },
    close: async () => {
      await Promise.all(pending);
      stream.end();
      await ended;
      return { chunks: out, crc };
    },
  };
}

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
export function webDeflater(): Deflater | undefined {
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
      const p = writer.write(bytes.slice());
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

export function fflateDeflater(): Deflater {
  const out: Uint8Array[] = [];
  const d = new Deflate({ level: 1 }, (chunk) => out.push(chunk));
  return {
    write: async (bytes) => d.push(bytes.slice()),
    close: async () => (d.push(new Uint8Array(0), true), { chunks: out }),
  };
}

