import { constants } from "node:fs";
import { createHash } from "node:crypto";
import { type FileHandle, open } from "node:fs/promises";
import { basename } from "node:path";
import { isPdf } from "./input/detect.js";
import { DEFAULT_MAX_INPUT_BYTES, type ParseOptions, inputTooLarge, parse, parseWithText } from "./parse.js";
import type { GongbaoResult } from "./schema/result.js";

/** Largest single read: a file is read in pieces of at most this many bytes. */
const READ_CHUNK = 1 << 20;

/**
 * What `readBounded` found in a file over the limit. For a regular file that
 * says it is over the limit, `bytes` and `sha256` are of the whole file
 * (hashed up to the size it said; `exact: true`). For a FIFO, a device or a
 * file that grew while it was read, reading stopped at `limit + 1` bytes:
 * `bytes` is that count and `sha256` is of those bytes (`exact: false`).
 */
export interface OverLimit {
  bytes: number;
  sha256: string;
  exact: boolean;
}

/** A path that is not a regular file (a FIFO, a device, a socket), refused by `readBounded` with `regularOnly`. */
export class NotRegularFileError extends Error {
  constructor(
    readonly path: string,
    readonly kind: string,
  ) {
    super(`${path}: not a regular file (${kind})`);
  }
}

/**
 * Read a file and parse its bytes; `source.name` is the file's base name. A
 * PDF (by its signature) is read with `parsePdf`.
 * At most `maxInputBytes + 1` bytes are read to parse, whatever the file is
 * (a device such as `/dev/zero` or a FIFO never ends): a longer file gives the
 * `input-too-large` result (a regular file over the limit is hashed in chunks
 * up to its size, never held in memory). Rejects with the file system's error when the file
 * cannot be read (I/O errors are not content); never on the content itself.
 */
export async function parseFile(path: string, options: Omit<ParseOptions, "name"> = {}): Promise<GongbaoResult> {
  const parseOptions: ParseOptions = { ...options, name: basename(path) };
  const limit = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  return (await parseRead(await readBounded(path, limit), parseOptions, limit)).result;
}

/**
 * Parse what `readBounded` returned, PDFs included: a PDF (by its `%PDF-`
 * signature, or `format: "pdf"`) goes to `parsePdf`, loaded on first use so
 * that text never loads pdf.js. `text` is what the positions point into: the
 * decoded bytes, or the text assembled from a PDF's pages (empty for an input
 * not decoded).
 */
export async function parseRead(read: Uint8Array | OverLimit, options: ParseOptions, limit: number): Promise<{ result: GongbaoResult; text: string }> {
  if (read instanceof Uint8Array && (isPdf(read) || options.format === "pdf")) {
    const { readAndParsePdf } = await import("./parse-pdf.js");
    return readAndParsePdf(read, { ...options, maxInputBytes: limit });
  }
  if (read instanceof Uint8Array) return parseWithText(read, { ...options, maxInputBytes: limit });
  return { result: parseBounded(read, options, limit), text: "" };
}

/** Parse what `readBounded` returned: the bytes, or the `input-too-large` result of a file over `limit`. */
export function parseBounded(read: Uint8Array | OverLimit, options: ParseOptions, limit: number): GongbaoResult {
  if (read instanceof Uint8Array) return parse(read, { ...options, maxInputBytes: limit });
  const result = inputTooLarge({ bytes: read.bytes, sha256: read.sha256, limit, options });
  if (read.exact) return result;
  // A stream with no known size: say that reading stopped, not how large it is.
  const diagnostic = result.diagnostics[0];
  if (diagnostic !== undefined) {
    diagnostic.message = `The input is larger than the limit of ${(limit / 1024 / 1024).toFixed(1)} MiB (${limit} bytes; maxInputBytes / --max-input-bytes): reading stopped after ${read.bytes} bytes`;
    diagnostic.actual = `> ${limit}`;
  }
  return result;
}

/**
 * A file's bytes, or, when it holds more than `limit` bytes, what `OverLimit`
 * says. Reads at most `limit + 1` bytes to parse, whatever `stat` says (a
 * regular file may grow while it is read, and `/dev/zero`, a FIFO or a
 * symbolic link to one has no size at all), and at most the stated size of a
 * regular file over the limit to hash it: never without end.
 * With `regularOnly`, the file is opened without waiting for a FIFO's writer
 * and anything but a regular file is refused with a `NotRegularFileError`.
 */
export async function readBounded(path: string, limit: number, options: { regularOnly?: boolean } = {}): Promise<Uint8Array | OverLimit> {
  const flags = options.regularOnly ? constants.O_RDONLY | constants.O_NONBLOCK : constants.O_RDONLY;
  const handle = await open(path, flags);
  try {
    const info = await handle.stat();
    if (options.regularOnly && !info.isFile()) throw new NotRegularFileError(path, kindOf(info));
    // A regular file that says it is over the limit is only hashed, in chunks, up to the size it said.
    if (info.isFile() && info.size > limit) return await hashUpTo(handle, info.size);
    // A regular file is read in one piece when it is as small as it says.
    const first = info.isFile() && info.size <= limit ? info.size + 1 : Math.min(READ_CHUNK, limit + 1);
    const chunks = await readUpTo(handle, limit + 1, first);
    const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
    if (total <= limit) {
      const buffer = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    // A stream, a device or a file that grew while it was read: its size is unknown.
    const hash = createHash("sha256");
    for (const chunk of chunks) hash.update(chunk);
    return { bytes: total, sha256: hash.digest("hex"), exact: false };
  } finally {
    await handle.close();
  }
}

/** The size and SHA-256 of a file's first `size` bytes (all of it, unless it grew), read in chunks: memory stays flat. */
async function hashUpTo(handle: FileHandle, size: number): Promise<OverLimit> {
  const hash = createHash("sha256");
  const chunk = Buffer.allocUnsafe(READ_CHUNK);
  let total = 0;
  while (total < size) {
    const { bytesRead } = await handle.read(chunk, 0, Math.min(READ_CHUNK, size - total), null);
    if (bytesRead === 0) break;
    hash.update(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return { bytes: total, sha256: hash.digest("hex"), exact: true };
}

/** Read until the end of the file or until `cap` bytes, whichever comes first. */
async function readUpTo(handle: FileHandle, cap: number, first: number): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  let total = 0;
  let size = Math.max(1, Math.min(first, cap));
  while (total < cap) {
    const want = Math.min(size, cap - total);
    const chunk = Buffer.allocUnsafe(want);
    let filled = 0;
    while (filled < want) {
      const { bytesRead } = await handle.read(chunk, filled, want - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > 0) chunks.push(chunk.subarray(0, filled));
    total += filled;
    if (filled < want) break;
    size = READ_CHUNK;
  }
  return chunks;
}

/** What a path that is not a regular file is, in a few words. */
function kindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a FIFO";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  if (info.isSocket()) return "a socket";
  return "not a regular file";
}
