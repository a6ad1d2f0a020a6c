import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { basename } from "node:path";
import { DEFAULT_MAX_INPUT_BYTES, type ParseOptions, inputTooLarge, parse } from "./parse.js";
import type { GongbaoResult } from "./schema/result.js";

/** Chunk size for hashing a file that is too large to parse. */
const HASH_CHUNK = 1 << 20;

/**
 * Read a file and parse its bytes; `source.name` is the file's base name.
 * A file over `maxInputBytes` is not read into memory: it is hashed in chunks
 * and the result is the `input-too-large` one. Rejects with the file system's
 * error when the file cannot be read (I/O errors are not content); never on
 * the content itself.
 */
export async function parseFile(path: string, options: Omit<ParseOptions, "name"> = {}): Promise<GongbaoResult> {
  const parseOptions: ParseOptions = { ...options, name: basename(path) };
  const limit = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  return parseBounded(await readBounded(path, limit), parseOptions, limit);
}

/** Parse what `readBounded` returned: the bytes, or the `input-too-large` result of a file over `limit`. */
export function parseBounded(read: Uint8Array | { bytes: number; sha256: string }, options: ParseOptions, limit: number): GongbaoResult {
  return read instanceof Uint8Array ? parse(read, { ...options, maxInputBytes: limit }) : inputTooLarge({ ...read, limit, options });
}

/**
 * A file's bytes, or, when it is larger than `limit`, only its size and
 * SHA-256 (read in chunks, so memory stays flat whatever the file's size).
 */
export async function readBounded(path: string, limit: number): Promise<Uint8Array | { bytes: number; sha256: string }> {
  const handle = await open(path, "r");
  try {
    const info = await handle.stat();
    if (info.size <= limit) {
      const buffer = await handle.readFile();
      if (buffer.byteLength <= limit) return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      // The file grew between stat and read: hash what was read.
      return { bytes: buffer.byteLength, sha256: createHash("sha256").update(buffer).digest("hex") };
    }
    const hash = createHash("sha256");
    const chunk = Buffer.alloc(HASH_CHUNK);
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, HASH_CHUNK, null);
      if (bytesRead === 0) break;
      hash.update(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return { bytes: total, sha256: hash.digest("hex") };
  } finally {
    await handle.close();
  }
}
