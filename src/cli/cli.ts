import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { defaultJobs, runDataset } from "../dataset/run.js";
import { basename, extname, join } from "node:path";
import { Command, CommanderError } from "commander";
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
import type { InputFormat } from "../input/detect.js";
import { type ParseOptions, parse } from "../parse.js";
import { summarize } from "./summary.js";

/** Exit codes: 0 success, 1 check found errors, 2 usage or I/O error. */
const EXIT_USAGE = 2;

class UsageError extends Error {}

async function readInput(path: string): Promise<Uint8Array> {
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

function outputName(path: string, used: Set<string>): string {
  const stem = basename(path, extname(path)) || "input";
  let name = `${stem}.json`;
  for (let n = 2; used.has(name); n++) name = `${stem}-${n}.json`;
  used.add(name);
  return name;
}

const INPUT_FORMATS = ["text", "html", "markdown"] as const;

function inputFormat(value: string | undefined): InputFormat | undefined {
  if (value === undefined) return undefined;
  if (!(INPUT_FORMATS as readonly string[]).includes(value)) throw new UsageError(`input format must be one of ${INPUT_FORMATS.join(", ")} (got ${value})`);
  return value as InputFormat;
}

function parseOptions(path: string, format: InputFormat | undefined): ParseOptions {
  return format === undefined ? { name: basename(path) } : { name: basename(path), format };
}

async function runParse(files: string[], options: { out?: string; pretty?: boolean; quiet?: boolean; format?: string; jsonl?: boolean }): Promise<void> {
  const format = inputFormat(options.format);
  if (options.jsonl) {
    if (files.length > 0) throw new UsageError("--jsonl reads requests from stdin; give no files");
    await runJsonl(format);
    return;
  }
  if (files.length === 0) throw new UsageError("parse: give at least one file (or --jsonl to read requests from stdin)");
  const indent = options.pretty ? 2 : undefined;
  if (files.length === 1 && options.out === undefined) {
    const path = files[0] as string;
    const result = parse(await readInput(path), parseOptions(path, format));
    process.stdout.write(`${JSON.stringify(result, null, indent)}\n`);
    return;
  }
  const dir = options.out ?? "out";
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new UsageError(`${dir}: cannot create output directory (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const used = new Set<string>();
  for (const path of files) {
    const result = parse(await readInput(path), parseOptions(path, format));
    const target = join(dir, outputName(path, used));
    try {
      await writeFile(target, `${JSON.stringify(result, null, indent)}\n`);
    } catch (error) {
      throw new UsageError(`${target}: cannot write (${(error as NodeJS.ErrnoException).code ?? "error"})`);
    }
    if (!options.quiet) process.stdout.write(`${path} → ${target}\n${summarize(result)}\n`);
  }
}

const FORMATS = ["text", "json", "github", "sarif"] as const;
type Format = (typeof FORMATS)[number];
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

interface CheckFlags {
  format: string;
  strict?: boolean;
  config?: string;
  level?: string;
  inputFormat?: string;
}

async function runCheck(files: string[], flags: CheckFlags): Promise<number> {
  if (!(FORMATS as readonly string[]).includes(flags.format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")} (got ${flags.format})`);
  const format = flags.format as Format;
  const level = (flags.level ?? (format === "json" || format === "sarif" ? "info" : "warning")) as Severity;
  if (!(level in RANK)) throw new UsageError(`--level must be info, warning or error (got ${flags.level})`);
  let config;
  try {
    config = await loadConfig(process.cwd(), flags.config);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  const checked: CheckedFile[] = [];
  let failing = false;
  for (const path of files) {
    const bytes = await readInput(path);
    const result = parse(bytes, parseOptions(path, inputFormat(flags.inputFormat)));
    const diagnostics = check(result, config);
    const counts = tally(diagnostics);
    if (counts.error > 0 || (flags.strict && counts.warning > 0)) failing = true;
    checked.push({ file: path, text: decode(bytes).text, diagnostics: diagnostics.filter((d) => RANK[d.severity] >= RANK[level]), counts });
  }
  const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const output =
    format === "json" ? formatJson(checked) : format === "github" ? formatGithub(checked) : format === "sarif" ? formatSarif(checked, packageJson.version) : formatText(checked, colour);
  process.stdout.write(output);
  return failing ? 1 : 0;
}

async function runDatasetCommand(paths: string[], flags: { out: string; format: string; jobs?: string }): Promise<void> {
  const format = flags.format;
  if (format !== "jsonl" && format !== "csv" && format !== "json") throw new UsageError(`--format must be jsonl, csv or json (got ${format})`);
  const jobs = flags.jobs === undefined ? defaultJobs() : Number(flags.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number of at least 1 (got ${flags.jobs})`);
  for (const path of paths) {
    try {
      await stat(path);
    } catch {
      throw new UsageError(`${path}: no such file or folder`);
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
      progress,
      version: packageJson.version,
      schema: generateJsonSchema() as Parameters<typeof runDataset>[1]["schema"],
      log: (line) => process.stderr.write(`${line}\n`),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined) throw new UsageError(`${flags.out}: cannot write the dataset (${code})`);
    throw error;
  }
  const counts = Object.entries(summary.rows)
    .filter(([, count]) => count > 0)
    .map(([entity, count]) => `${entity} ${count}`)
    .join(", ");
  process.stdout.write(
    `${summary.files} files (${(summary.bytes / 1e6).toFixed(1)} MB), ${summary.documents} documents, ${summary.skipped} skipped, ${summary.errors} errors, in ${summary.seconds.toFixed(1)}s with ${Math.min(jobs, Math.max(1, summary.files))} jobs\n${counts}\n→ ${flags.out}\n`,
  );
  if (process.env.GONGBAO_REPORT_RSS === "1") process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`);
}

/** `parse --jsonl`: a line `{ "id", "text" }` or `{ "id", "path" }` in, a line `{ "id", "result" }` or `{ "id", "error" }` out, in order. */
async function runJsonl(format: InputFormat | undefined): Promise<void> {
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
      const options: ParseOptions = {};
      if (name !== undefined) options.name = name;
      if (format !== undefined) options.format = format;
      if (typeof request.text === "string") output = { id, result: parse(request.text, options) };
      else if (typeof request.path === "string") {
        try {
          const buffer = await readFile(request.path);
          output = { id, result: parse(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), options) };
        } catch (error) {
          output = { id, error: `${request.path}: cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})` };
        }
      } else output = { id, error: `line ${number}: expected "text" or "path"` };
    } catch {
      output = { id, error: `line ${number}: not valid JSON` };
    }
    if (!process.stdout.write(`${JSON.stringify(output)}\n`)) await new Promise((resolve) => process.stdout.once("drain", resolve));
  }
}

function program(exit: { code: number }): Command {
  const cli = new Command("gongbao")
    .description("Chinese government gazettes (公报) and official documents as typed, validated JSON")
    .version(packageJson.version, "-v, --version")
    .showHelpAfterError()
    .exitOverride();
  cli
    .command("parse")
    .description("parse files; one file prints JSON on stdout, several (or --out) write one JSON per input")
    .argument("[file...]", "files: text, HTML or Markdown (UTF-8, UTF-16 with BOM, GB18030/GBK)")
    .option("--jsonl", 'read JSON lines { "id", "text" } or { "id", "path" } from stdin; write one result line per input line, in order')
    .option("-o, --out <dir>", "write one JSON file per input into this directory (default for several files: out)")
    .option("--pretty", "indent the JSON")
    .option("-q, --quiet", "do not print the summary when writing files")
    .option("--format <format>", "input format: text, html or markdown (default: from the extension, else sniffed)")
    .action(runParse);
  cli
    .command("check")
    .description("check files and report positioned, coded diagnostics; exit 1 on errors (or warnings with --strict)")
    .argument("<file...>", "text files (UTF-8, UTF-16 with BOM, GB18030/GBK)")
    .option("-f, --format <format>", "text, json, github (workflow commands) or sarif (SARIF 2.1.0)", "text")
    .option("--strict", "fail on warnings too")
    .option("-c, --config <path>", "configuration file (default: gongbao.config.json or a gongbao key in package.json, searched upward)")
    .option("--input-format <format>", "input format: text, html or markdown (default: from the extension, else sniffed)")
    .option("--level <severity>", "lowest severity to print: info, warning or error (default: warning; info for json and sarif)")
    .action(async (files: string[], flags: CheckFlags) => {
      exit.code = await runCheck(files, flags);
    });
  cli
    .command("dataset")
    .description("parse every text, HTML and Markdown file under the paths into one file per entity, with a datapackage.json")
    .argument("<paths...>", "files and folders (searched recursively)")
    .requiredOption("-o, --out <dir>", "output folder")
    .option("-f, --format <format>", "jsonl, csv or json", "jsonl")
    .option("-j, --jobs <n>", "worker threads (default: the number of cores)")
    .action(runDatasetCommand);
  cli
    .command("schema")
    .description("print the JSON Schema (2020-12) of the parse result")
    .action(async () => {
      // Loaded on demand: zod is not needed to parse or check.
      const { generateJsonSchema } = await import("../schema/json-schema.js");
      process.stdout.write(`${JSON.stringify(generateJsonSchema(), null, 2)}\n`);
    });
  return cli;
}

async function main(argv: string[]): Promise<number> {
  const exit = { code: 0 };
  try {
    await program(exit).parseAsync(argv);
    return exit.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return 0;
      return EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`gongbao: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv);
