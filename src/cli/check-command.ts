import { stat } from "node:fs/promises";
import packageJson from "../../package.json" with { type: "json" };
import { check, tally } from "../check/check.js";
import { formatGithub } from "../check/format/github.js";
import { formatJson } from "../check/format/json.js";
import { formatSarif } from "../check/format/sarif.js";
import { formatText } from "../check/format/text.js";
import type { CheckedFile } from "../check/format/types.js";
import type { Severity } from "../diagnostics.js";
import type { InputFormat } from "../input/detect.js";
import { INPUT_EXTENSION_LIST, findInputs } from "../util/find-inputs.js";
import { STDIN, STDIN_LABEL, UsageError, byteSize, checkReadable, describeError, lineCount, loadCheckConfig, parseInput, reportBinary } from "./io.js";

/** The report formats of `check --to`. */
export const CHECK_FORMATS = ["text", "json", "github", "sarif"] as const;
type Format = (typeof CHECK_FORMATS)[number];
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export interface CheckFlags {
  to?: string;
  /** Old spelling of `to`. */
  format?: string;
  from?: string;
  /** Old spelling of `from`. */
  strict?: boolean;
  config?: string;
  level?: string;
  inputFormat?: string;
  maxInputBytes?: string;
  maxLines?: string;
}

/**
 * `gongbao check`: the exit code (0 no errors, 1 errors or, with --strict,
 * warnings, 2 a binary file). Files are checked in the order given; a folder
 * stands for the text, HTML, Markdown and PDF files under it, in path order;
 * `-` is standard input.
 */
export async function runCheck(paths: string[], flags: CheckFlags & { to: Format }, from: InputFormat | undefined): Promise<number> {
  const format = flags.to;
  const level = (flags.level ?? (format === "json" || format === "sarif" ? "info" : "warning")) as Severity;
  if (!(level in RANK)) throw new UsageError(`--level must be info, warning or error (got ${flags.level})`);
  const limit = byteSize(flags.maxInputBytes);
  const maxLines = lineCount(flags.maxLines);
  const config = await loadCheckConfig(flags.config);
  const files = await expand(paths);
  const checked: CheckedFile[] = [];
  let failing = false;
  let binary = false;
  for (const path of files) {
    const { result, text } = await parseInput(path, from, limit, maxLines);
    const diagnostics = check(result, config);
    const counts = tally(diagnostics);
    if (counts.error > 0 || (flags.strict && counts.warning > 0)) failing = true;
    const label = path === STDIN ? STDIN_LABEL : path;
    if (reportBinary(label, result)) binary = true;
    checked.push({ file: label, text, diagnostics: diagnostics.filter((d) => RANK[d.severity] >= RANK[level]), counts });
  }
  const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const output =
    format === "json" ? formatJson(checked) : format === "github" ? formatGithub(checked) : format === "sarif" ? formatSarif(checked, packageJson.version) : formatText(checked, colour);
  process.stdout.write(output);
  // A file that is not text is an input error (2), as a missing file is, not a finding (1).
  return binary ? 2 : failing ? 1 : 0;
}


/** The files to check: each path given, a folder replaced by the files under it; every path is checked to exist first. */
async function expand(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    if (path === STDIN || !seen.has(path)) files.push(path);
    seen.add(path);
  };
  for (const path of paths) {
    if (path === STDIN) {
      add(path);
      continue;
    }
    let folder: boolean;
    try {
      folder = (await stat(path)).isDirectory();
    } catch (error) {
      throw new UsageError(`${path}: ${describeError(error)}`);
    }
    if (!folder) {
      await checkReadable(path);
      add(path);
      continue;
    }
    const found = await findInputs([path]);
    if (found.length === 0) throw new UsageError(`check: no ${INPUT_EXTENSION_LIST} file under ${path}`);
    for (const input of found) add(input.path);
  }
  if (files.filter((path) => path === STDIN).length > 1) throw new UsageError("check: - (standard input) can be given once");
  return files;
}
