import { basename } from "node:path";
import type { InputFormat } from "../input/detect.js";
import { type ParseOptions, parse } from "../parse.js";
import { parseBounded, readBounded } from "../parse-file.js";
import { describeError } from "./io.js";

/** `parse --jsonl`: a line `{ "id", "text" }` or `{ "id", "path" }` in, a line `{ "id", "result" }` or `{ "id", "error" }` out, in order. */
export async function runJsonl(format: InputFormat | undefined, maxInputBytes: number): Promise<void> {
  const { createInterface } = await import("node:readline");
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim().length === 0) continue;
    let output: Record<string, unknown>;
    let id: unknown = null;
    try {
      const request = JSON.parse(line) as { id?: unknown; text?: unknown; path?: unknown; name?: unknown };
      id = request.id ?? number;
      const name = typeof request.name === "string" ? request.name : typeof request.path === "string" ? basename(request.path) : undefined;
      const options: ParseOptions = { maxInputBytes };
      if (name !== undefined) options.name = name;
      if (format !== undefined) options.format = format;
      if (typeof request.text === "string") output = { id, result: parse(request.text, options) };
      else if (typeof request.path === "string") {
        try {
          output = { id, result: parseBounded(await readBounded(request.path, maxInputBytes), options, maxInputBytes) };
        } catch (error) {
          output = { id, error: `${request.path}: cannot read (${describeError(error)})` };
        }
      } else output = { id, error: `line ${number}: expected "text" or "path"` };
    } catch {
      output = { id, error: `line ${number}: not valid JSON` };
    }
    if (!process.stdout.write(`${JSON.stringify(output)}\n`)) await new Promise((resolve) => process.stdout.once("drain", resolve));
  }
}

