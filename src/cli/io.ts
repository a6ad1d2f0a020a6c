import { constants, createWriteStream } from "node:fs";
import { createHash } from "node:crypto";
import { access, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { finished } from "node:stream/promises";
import type { InputFormat } from "../input/detect.js";
import { DEFAULT_MAX_INPUT_BYTES, type ParseOptions, type ParseStep, parseInSteps } from "../parse.js";
import { isPdf } from "../input/detect.js";
import { type OverLimit, parseRead, readBounded } from "../parse-file.js";
import type { GongbaoResult } from "../schema/result.js";
import { createFolder } from "../util/folder.js";
import { type PositionsMode, type WatchedStream, watchStream, writeResultInSteps } from "./output.js";
import { type CheckConfig, ConfigError, loadConfig } from "../check/config.js";

/** A usage or I/O error: reported on one line, exit code 2, never a stack trace. */
export class UsageError extends Error {}

/** A file named on the command line must exist, be a file and be readable; otherwise a usage error naming it. */
export async function checkReadable(path: string): Promise<void> {
  let info;
  try {
    info = await stat(path);
    if (!info.isDirectory()) await access(path, constants.R_OK);
  } catch (error) {
    throw new UsageError(`${path}: ${describeError(error)}`);
  }
  if (info.isDirectory()) throw new UsageError(`${path}: is a directory, not a file`);
}

/**
 * Read a file given on the command line; a missing file or a folder is a usage
 * error. At most `limit + 1` bytes are read (a FIFO or `/dev/zero` never ends).
 */
export async function readInput(path: string, limit: number): Promise<Uint8Array | OverLimit> {
  await checkReadable(path);
  try {
    return await readBounded(path, limit);
  } catch (error) {
    throw new UsageError(`${path}: ${describeError(error)}`);
  }
}

/** A file system error in a few words. */
export function describeError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory, not a file";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "ENOSPC":
      return "no space left on the device";
    case "EROFS":
      return "read-only file system";
    case "EIO":
      return "input/output error";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    default:
      return `cannot be used (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
}

/** The path that names standard input on the command line. */
export const STDIN = "-";

/** How standard input is named in messages and in `check`'s report. */
export const STDIN_LABEL = "<stdin>";

/** Standard input's bytes, at most `limit + 1` of them: more is `OverLimit` (a pipe has no size to say). */
export async function readStdin(limit: number, input: NodeJS.ReadableStream = process.stdin): Promise<Uint8Array | OverLimit> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of input) {
    const piece = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    const room = limit + 1 - total;
    chunks.push(piece.length > room ? piece.subarray(0, room) : piece);
    total += Math.min(piece.length, room);
    if (total > limit) break;
  }
  const bytes = Buffer.concat(chunks, total);
  if (total <= limit) return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { bytes: total, sha256: createHash("sha256").update(bytes).digest("hex"), exact: false };
}

/** The bytes of an input named on the command line (`-`: standard input), at most the limit plus one, and the options to parse it with. */
async function readCommandLineInput(path: string, format: InputFormat | undefined, maxInputBytes: number, maxLines: number | undefined): Promise<{ read: Uint8Array | OverLimit; options: ParseOptions }> {
  const stdin = path === STDIN;
  const read = stdin ? await readStdin(maxInputBytes) : await readInput(path, maxInputBytes);
  const options: ParseOptions = stdin ? (format === undefined ? {} : { format }) : parseOptions(path, format);
  if (maxLines !== undefined) options.maxLines = maxLines;
  return { read, options };
}

/**
 * Read and parse a file named on the command line (`-`: standard input; a
 * PDF too); `text` is what positions point into (the decoded input, or the
 * text assembled from a PDF; empty for an input over the limit).
 */
export async function parseInput(path: string, format: InputFormat | undefined, maxInputBytes: number, maxLines?: number): Promise<{ result: GongbaoResult; text: string }> {
  const { read, options } = await readCommandLineInput(path, format, maxInputBytes, maxLines);
  return parseRead(read, options, maxInputBytes);
}

/**
 * Read a file named on the command line (`-`: standard input) and give its
 * parse in steps (`parseInSteps`, documents not kept), for a caller that
 * writes each document as it comes. A PDF, or an input not parsed (over the
 * limit), is parsed whole and given as a result with no steps.
 */
export async function parseInputInSteps(path: string, format: InputFormat | undefined, maxInputBytes: number, maxLines?: number): Promise<Generator<ParseStep, GongbaoResult, void>> {
  const { read, options } = await readCommandLineInput(path, format, maxInputBytes, maxLines);
  if (read instanceof Uint8Array && !isPdf(read) && options.format !== "pdf") return parseInSteps(read, { ...options, maxInputBytes }, false);
  const { result } = await parseRead(read, options, maxInputBytes);
  return (function* (): Generator<ParseStep, GongbaoResult, void> {
    return result;
  })();
}

const SIZE = /^([0-9]+(?:\.[0-9]+)?)\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib)$/i;
const UNIT: Record<string, number> = { "": 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** `--max-input-bytes`: a number of bytes, or with a unit (`64M`, `1.5GiB`; K/M/G are powers of 1024). */
/** `--max-lines`: a whole number of lines, at least 1; undefined for the default. */
export function lineCount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!/^[0-9]+$/.test(value.trim()) || !Number.isSafeInteger(count) || count < 1) throw new UsageError(`--max-lines must be a whole number of at least 1 (got ${value})`);
  return count;
}

export function byteSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_INPUT_BYTES;
  const match = SIZE.exec(value.trim());
  const bytes = match === null ? Number.NaN : Math.floor(Number(match[1]) * (UNIT[(match[2] as string).toLowerCase()] as number));
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw new UsageError(`--max-input-bytes must be a size such as 1048576, 512K, 64M or 1G (got ${value})`);
  return bytes;
}

/** The input formats `--from` takes. */
export const INPUT_FORMATS: readonly InputFormat[] = ["text", "html", "markdown", "pdf"];

/** `--from` (or an old spelling of it, named by `option`): an input format, or undefined for the default. */
export function inputFormat(value: string | undefined, option = "--from"): InputFormat | undefined {
  if (value === undefined) return undefined;
  if (!(INPUT_FORMATS as readonly string[]).includes(value)) throw new UsageError(`${option} must be one of ${INPUT_FORMATS.join(", ")} (got ${value})`);
  return value as InputFormat;
}

export function parseOptions(path: string, format: InputFormat | undefined): ParseOptions {
  return format === undefined ? { name: basename(path) } : { name: basename(path), format };
}


/**
 * Write a file by way of a temporary file renamed into place: `write` puts
 * the content on the stream (in batches, never one string: a result or a page
 * can outgrow the longest string the engine makes). A failure removes the
 * temporary file and is a usage error naming the target.
 */
export async function writeAtomically(target: string, write: (out: WatchedStream) => Promise<void>): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    const stream = createWriteStream(temporary);
    const done = finished(stream);
    const out = watchStream(stream);
    await write(out);
    out.stop();
    stream.end();
    await done;
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new UsageError(`${target}: cannot write (${describeError(error)})`);
  }
}

/**
 * Write a parse's result (from its steps, see `writeResultInSteps`) and a
 * newline to `target`, atomically; returns the result (its documents not kept).
 */
export async function writeResultAtomically(
  target: string,
  steps: Generator<ParseStep, GongbaoResult, void>,
  shape: { indent?: number | undefined; positions?: PositionsMode },
  onDocument?: (step: ParseStep) => void,
): Promise<GongbaoResult> {
  let result: GongbaoResult | undefined;
  await writeAtomically(target, async (out) => {
    result = await writeResultInSteps(out, steps, shape.indent, onDocument, shape.positions);
    await out.write("\n");
  });
  return result as GongbaoResult;
}

/** The check configuration (`--config`, or found upward from the current folder); a bad one is a usage error. */
export async function loadCheckConfig(explicit: string | undefined): Promise<CheckConfig> {
  try {
    return await loadConfig(process.cwd(), explicit);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/** Create an output folder; returns a function that removes what was created if it is still empty. */
export async function makeOutputFolder(dir: string): Promise<() => Promise<void>> {
  try {
    return await createFolder(dir);
  } catch (error) {
    throw new UsageError(`${dir}: cannot create the output folder (${describeError(error)})`);
  }
}

/**
 * A file that is not text (a PDF, an image): one line on stderr. Its result
 * (with the `binary-input` error) is still written; the command exits 2.
 */
export function reportBinary(path: string, result: { diagnostics: Array<{ code: string; actual?: string | undefined }> }): boolean {
  // A PDF that could not be opened at all (damaged, encrypted) is an input error too; a page that failed alone is not.
  const unreadable = result.diagnostics.find((diagnostic) => diagnostic.code === "pdf-unreadable" && !(diagnostic.actual ?? "").startsWith("page"));
  if (unreadable !== undefined) {
    process.stderr.write(`gongbao: ${path}: the PDF could not be read (pdf-unreadable)\n`);
    return true;
  }
  const binary = result.diagnostics.find((diagnostic) => diagnostic.code === "binary-input");
  if (binary === undefined) return false;
  process.stderr.write(`gongbao: ${path}: looks like ${binary.actual ?? "a binary file"}, not text, HTML, Markdown or PDF (binary-input)\n`);
  return true;
}
