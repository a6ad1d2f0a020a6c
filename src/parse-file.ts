import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parse } from "./parse.js";
import type { GongbaoResult } from "./schema/result.js";

/**
 * Read a file and parse its bytes; `source.name` is the file's base name.
 * Rejects with the file system's error when the file cannot be read (I/O
 * errors are not content); never on the content itself.
 */
export async function parseFile(path: string): Promise<GongbaoResult> {
  const bytes = await readFile(path);
  return parse(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { name: basename(path) });
}
