import { basename } from "node:path";
import type { InputFormat } from "../input/detect.js";
import { type ParseOptions, parse } from "../parse.js";
import { parseRead, readBounded } from "../parse-file.js";
import { describeError } from "./io.js";
import { type PositionsMode, watchStream, writeJson } from "./output.js";
import { withOffsets } from "../schema/offsets.js";
import type { GongbaoResult } from "../schema/result.js";

/**
 * `parse --jsonl`: a line `{ "id", "text" }` or `{ "id", "path" }` in, a line
 * `{ "id", "result" }` or `{ "id", "error" }` out, in order. A blank line (or
 * one of spaces only) is no request and gets no answer; it still counts in
 * the line numbers of messages and default ids. When standard output closes
 * (the reader went away), reading stops and the command ends normally.
 */
export async function runJsonl(format: InputFormat | undefined, maxInputBytes: number, maxLines?: number, positions: PositionsMode = "full"): Promise<void> {
  const { createInterface } = await import("node:readline");
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  const stdout = watchStream(process.stdout);
  let number = 0;
  try {
    for await (const line of lines) {
      number++;
      if (line.trim().length === 0) continue;
      const reply = await answer(line, number, format, maxInputBytes, maxLines);
      if (positions === "offsets" && reply.result !== undefined) reply.result = withOffsets(reply.result as GongbaoResult);
      await writeJson(stdout, reply);
      await stdout.write("\n");
      if (stdout.closed) break;
    }
  } finally {
    lines.close();
    stdout.stop();
  }
}

/** The answer to one request line (numbered from 1): a result, or an error saying why there is none. */
async function answer(line: string, number: number, format: InputFormat | undefined, maxInputBytes: number, maxLines: number | undefined): Promise<Record<string, unknown>> {
  let id: unknown = null;
  try {
    const request = JSON.parse(line) as { id?: unknown; text?: unknown; path?: unknown; name?: unknown };
    id = request.id ?? number;
    const name = typeof request.name === "string" ? request.name : typeof request.path === "string" ? basename(request.path) : undefined;
    const options: ParseOptions = { maxInputBytes };
    if (maxLines !== undefined) options.maxLines = maxLines;
    if (name !== undefined) options.name = name;
    if (format !== undefined) options.format = format;
    if (typeof request.text === "string") return { id, result: parse(request.text, options) };
    if (typeof request.path !== "string") return { id, error: `line ${number}: expected "text" or "path"` };
    try {
      // At most maxInputBytes + 1 bytes are read: a FIFO or /dev/zero never ends.
      return { id, result: (await parseRead(await readBounded(request.path, maxInputBytes), options, maxInputBytes)).result };
    } catch (error) {
      return { id, error: `${request.path}: cannot read (${describeError(error)})` };
    }
  } catch {
    return { id, error: `line ${number}: not valid JSON` };
  }
}
