import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { finished } from "node:stream/promises";
import packageJson from "../../package.json" with { type: "json" };
import { check } from "../check/check.js";
import { ConfigError, loadConfig } from "../check/config.js";
import { renderReport } from "../report/page.js";
import { plural } from "../util/plural.js";
import type { InputFormat } from "../input/detect.js";
import { STDIN, STDIN_LABEL, UsageError, byteSize, describeError, lineCount, parseInput, reportBinary } from "./io.js";
import { type WatchedStream, watchStream } from "./output.js";

export interface ReportFlags {
  out?: string;
  from?: string;
  inputFormat?: string;
  config?: string;
  maxInputBytes?: string;
  maxLines?: string;
  quiet?: boolean;
}

/** The default page name: the input's base name with `.report.html`, in the current folder. */
export function reportName(path: string): string {
  return `${basename(path, extname(path)) || "input"}.report.html`;
}

/** Write pieces in order, in batches of about a megabyte. */
export async function writeParts(out: WatchedStream, parts: string[]): Promise<void> {
  let batch: string[] = [];
  let size = 0;
  for (const part of parts) {
    batch.push(part);
    size += part.length;
    if (size >= 1 << 20) {
      await out.write(batch.join(""));
      if (out.closed) return;
      batch = [];
      size = 0;
    }
  }
  if (size > 0) await out.write(batch.join(""));
}

/** Write a page under a temporary name and rename it into place. */
async function writeAtomically(target: string, parts: string[]): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    const stream = createWriteStream(temporary);
    const done = finished(stream);
    const out = watchStream(stream);
    await writeParts(out, parts);
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
 * `gongbao report`: parse and check a file and write its HTML page (`-o -`:
 * to standard output). Exit 0 when the page is written, whatever the check
 * found; 2 for usage and I/O errors and binary input.
 */
export async function runReport(file: string, flags: ReportFlags, format: InputFormat | undefined): Promise<number> {
  const limit = byteSize(flags.maxInputBytes);
  const maxLines = lineCount(flags.maxLines);
  let config;
  try {
    config = await loadConfig(process.cwd(), flags.config);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  if (file === STDIN && flags.out === undefined) throw new UsageError("report: reading standard input, give --out (a file, or - for standard output)");
  // `text`: what the positions point into (the decoded input, or the text assembled from a PDF); none for an input not decoded.
  const { result, text } = await parseInput(file, format, limit, maxLines);
  const diagnostics = check(result, config);
  const label = file === STDIN ? STDIN_LABEL : file;
  const { parts, counts } = renderReport({ result, text, diagnostics, file: label, version: packageJson.version });
  const target = flags.out ?? reportName(file);
  if (target === "-") {
    const stdout = watchStream(process.stdout);
    await writeParts(stdout, parts);
    stdout.stop();
  } else {
    await writeAtomically(target, parts);
    if (!flags.quiet) process.stderr.write(`${label} → ${target} (${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}, ${counts.infos} info)\n`);
  }
  return reportBinary(label, result) ? 2 : 0;
}
