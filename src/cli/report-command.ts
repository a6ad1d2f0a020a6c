import { basename, extname } from "node:path";
import packageJson from "../../package.json" with { type: "json" };
import { check } from "../check/check.js";
import { renderReport } from "../report/page.js";
import { plural } from "../util/plural.js";
import type { InputFormat } from "../input/detect.js";
import { STDIN, STDIN_LABEL, UsageError, byteSize, lineCount, loadCheckConfig, parseInput, reportBinary, writeAtomically } from "./io.js";
import { watchStream, writePieces } from "./output.js";

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

/**
 * `gongbao report`: parse and check a file and write its HTML page (`-o -`:
 * to standard output). Exit 0 when the page is written, whatever the check
 * found; 2 for usage and I/O errors and binary input.
 */
export async function runReport(file: string, flags: ReportFlags, format: InputFormat | undefined): Promise<number> {
  const limit = byteSize(flags.maxInputBytes);
  const maxLines = lineCount(flags.maxLines);
  const config = await loadCheckConfig(flags.config);
  if (file === STDIN && flags.out === undefined) throw new UsageError("report: reading standard input, give --out (a file, or - for standard output)");
  // `text`: what the positions point into (the decoded input, or the text assembled from a PDF); none for an input not decoded.
  const { result, text } = await parseInput(file, format, limit, maxLines);
  const diagnostics = check(result, config);
  const label = file === STDIN ? STDIN_LABEL : file;
  const { parts, counts } = renderReport({ result, text, diagnostics, file: label, version: packageJson.version });
  const target = flags.out ?? reportName(file);
  if (target === "-") {
    const stdout = watchStream(process.stdout);
    await writePieces(stdout, parts);
    stdout.stop();
  } else {
    await writeAtomically(target, (out) => writePieces(out, parts));
    if (!flags.quiet) process.stderr.write(`${label} → ${target} (${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}, ${counts.infos} info)\n`);
  }
  return reportBinary(label, result) ? 2 : 0;
}
