import packageJson from "../../package.json" with { type: "json" };
import { check, tally } from "../check/check.js";
import { ConfigError, loadConfig } from "../check/config.js";
import { formatGithub } from "../check/format/github.js";
import { formatJson } from "../check/format/json.js";
import { formatSarif } from "../check/format/sarif.js";
import { formatText } from "../check/format/text.js";
import type { CheckedFile } from "../check/format/types.js";
import type { Severity } from "../diagnostics.js";
import { decode } from "../input/decode.js";
import { UsageError, byteSize, inputFormat, lineCount, parseInput, reportBinary } from "./io.js";

const FORMATS = ["text", "json", "github", "sarif"] as const;
type Format = (typeof FORMATS)[number];
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export interface CheckFlags {
  format: string;
  strict?: boolean;
  config?: string;
  level?: string;
  inputFormat?: string;
  maxInputBytes?: string;
  maxLines?: string;
}

/** `gongbao check`: the exit code (0 no errors, 1 errors or, with --strict, warnings, 2 a binary file). */
export async function runCheck(files: string[], flags: CheckFlags): Promise<number> {
  if (!(FORMATS as readonly string[]).includes(flags.format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")} (got ${flags.format})`);
  const format = flags.format as Format;
  const level = (flags.level ?? (format === "json" || format === "sarif" ? "info" : "warning")) as Severity;
  if (!(level in RANK)) throw new UsageError(`--level must be info, warning or error (got ${flags.level})`);
  const limit = byteSize(flags.maxInputBytes);
  const maxLines = lineCount(flags.maxLines);
  let config;
  try {
    config = await loadConfig(process.cwd(), flags.config);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  const checked: CheckedFile[] = [];
  let failing = false;
  let binary = false;
  for (const path of files) {
    const { result, bytes } = await parseInput(path, inputFormat(flags.inputFormat), limit, maxLines);
    const diagnostics = check(result, config);
    const counts = tally(diagnostics);
    if (counts.error > 0 || (flags.strict && counts.warning > 0)) failing = true;
    if (reportBinary(path, result)) binary = true;
    checked.push({ file: path, text: decode(bytes).text, diagnostics: diagnostics.filter((d) => RANK[d.severity] >= RANK[level]), counts });
  }
  const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const output =
    format === "json" ? formatJson(checked) : format === "github" ? formatGithub(checked) : format === "sarif" ? formatSarif(checked, packageJson.version) : formatText(checked, colour);
  process.stdout.write(output);
  // A file that is not text is an input error (2), as a missing file is, not a finding (1).
  return binary ? 2 : failing ? 1 : 0;
}

