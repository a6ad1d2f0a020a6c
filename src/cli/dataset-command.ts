import { stat } from "node:fs/promises";
import { join } from "node:path";
import packageJson from "../../package.json" with { type: "json" };
import { defaultJobs, runDataset } from "../dataset/run.js";
import type { InputFormat } from "../input/detect.js";
import { INPUT_EXTENSION_LIST } from "../util/find-inputs.js";
import { plural } from "../util/plural.js";
import { UsageError, byteSize, describeError, lineCount } from "./io.js";

/** The file formats of `dataset --to`. */
export const DATASET_FORMATS = ["jsonl", "csv", "json"] as const;

export interface DatasetFlags {
  out: string;
  to?: string;
  /** Old spelling of `to`. */
  format?: string;
  from?: string;
  bom?: boolean;
  jobs?: string;
  maxInputBytes?: string;
  maxLines?: string;
  report?: boolean;
}

/** `gongbao dataset`. */
export async function runDatasetCommand(paths: string[], flags: DatasetFlags & { to: (typeof DATASET_FORMATS)[number] }, from: InputFormat | undefined): Promise<void> {
  const format = flags.to;
  if (flags.bom === true && format !== "csv") throw new UsageError(`dataset: --bom is for CSV files (--to csv), not ${format}`);
  const jobs = flags.jobs === undefined ? defaultJobs() : Number(flags.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number of at least 1 (got ${flags.jobs})`);
  const maxInputBytes = byteSize(flags.maxInputBytes);
  const maxLines = lineCount(flags.maxLines);
  for (const path of paths) {
    try {
      await stat(path);
    } catch (error) {
      throw new UsageError(`${path}: ${describeError(error)}`);
    }
  }
  const { generateJsonSchema } = await import("../schema/json-schema.js");
  const ci = Boolean(process.env.CI) && process.env.CI !== "false";
  const progress = ci ? "silent" : process.stderr.isTTY ? "bar" : "lines";
  let summary;
  try {
    summary = await runDataset(paths, {
      out: flags.out,
      format,
      jobs,
      maxInputBytes,
      ...(maxLines === undefined ? {} : { maxLines }),
      ...(from === undefined ? {} : { inputFormat: from }),
      bom: flags.bom === true,
      ...(flags.report ? { report: true } : {}),
      progress,
      version: packageJson.version,
      schema: generateJsonSchema() as Parameters<typeof runDataset>[1]["schema"],
      log: (line) => process.stderr.write(`${line}\n`),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined) throw new UsageError(`${flags.out}: cannot write the dataset (${describeError(error)})`);
    throw error;
  }
  const counts = Object.entries(summary.rows)
    .filter(([, count]) => count > 0)
    .map(([entity, count]) => `${entity} ${count}`)
    .join(", ");
  const used = Math.min(jobs, Math.max(1, summary.files));
  process.stdout.write(
    `${plural(summary.files, "file")} (${(summary.bytes / 1e6).toFixed(1)} MB), ${plural(summary.documents, "document")} (${summary.rows.documents} with attachments), ${summary.skipped} skipped, ${plural(summary.errors, "error")}, in ${summary.seconds.toFixed(1)}s with ${plural(used, "job")}\nrows: ${counts || "none"}\n→ ${flags.out}${flags.report ? ` (report: ${join(flags.out, "index.html")})` : ""}\n`,
  );
  if (summary.files === 0) {
    process.stderr.write(`gongbao: warning: no text, HTML, Markdown or PDF file (${INPUT_EXTENSION_LIST}) under ${paths.join(", ")}; the dataset is empty\n`);
  }
  if (process.env.GONGBAO_REPORT_RSS === "1") process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\nworkerSeconds ${summary.workerSeconds}\n`);
}

