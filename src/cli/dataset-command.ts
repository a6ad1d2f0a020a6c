import { stat } from "node:fs/promises";
import packageJson from "../../package.json" with { type: "json" };
import { defaultJobs, runDataset } from "../dataset/run.js";
import { UsageError, byteSize, describeError, lineCount } from "./io.js";

/** `gongbao dataset`. */
export async function runDatasetCommand(paths: string[], flags: { out: string; format: string; jobs?: string; maxInputBytes?: string; maxLines?: string }): Promise<void> {
  const format = flags.format;
  if (format !== "jsonl" && format !== "csv" && format !== "json") throw new UsageError(`--format must be jsonl, csv or json (got ${format})`);
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
  process.stdout.write(
    `${summary.files} files (${(summary.bytes / 1e6).toFixed(1)} MB), ${summary.documents} documents, ${summary.skipped} skipped, ${summary.errors} errors, in ${summary.seconds.toFixed(1)}s with ${Math.min(jobs, Math.max(1, summary.files))} jobs\n${counts}\n→ ${flags.out}\n`,
  );
  if (summary.files === 0) {
    process.stderr.write(`gongbao: warning: no text, HTML or Markdown file (.txt, .text, .html, .htm, .xhtml, .md, .markdown) under ${paths.join(", ")}; the dataset is empty\n`);
  }
  if (process.env.GONGBAO_REPORT_RSS === "1") process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`);
}

