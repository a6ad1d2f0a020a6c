import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { InputFormat } from "../input/detect.js";
import type { ParseOptions } from "../parse.js";

/** A usage or I/O error: reported on one line, exit code 2, never a stack trace. */
export class UsageError extends Error {}

/** Read a file given on the command line; a missing file or a folder is a usage error. */
export async function readInput(path: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${path}: ${code === "ENOENT" ? "no such file" : `cannot read (${code ?? "error"})`}`);
  }
  if (info.isDirectory()) throw new UsageError(`${path}: is a directory`);
  try {
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    throw new UsageError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
}


const INPUT_FORMATS = ["text", "html", "markdown"] as const;

export function inputFormat(value: string | undefined): InputFormat | undefined {
  if (value === undefined) return undefined;
  if (!(INPUT_FORMATS as readonly string[]).includes(value)) throw new UsageError(`input format must be one of ${INPUT_FORMATS.join(", ")} (got ${value})`);
  return value as InputFormat;
}

export function parseOptions(path: string, format: InputFormat | undefined): ParseOptions {
  return format === undefined ? { name: basename(path) } : { name: basename(path), format };
}

