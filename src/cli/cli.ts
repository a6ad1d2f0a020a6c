import { stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Command, CommanderError } from "commander";
import packageJson from "../../package.json" with { type: "json" };
import { INPUT_EXTENSION_LIST, findInputs } from "../util/find-inputs.js";
import { plural } from "../util/plural.js";
import { CHECK_FORMATS, type CheckFlags, runCheck } from "./check-command.js";
import { DATASET_FORMATS, type DatasetFlags, runDatasetCommand } from "./dataset-command.js";
import { deprecated, inputFormatOf, oneLineErrors, outputFormatOf, outputNames } from "./options.js";
import {
  STDIN,
  STDIN_LABEL,
  UsageError,
  byteSize,
  checkReadable,
  describeError,
  lineCount,
  makeOutputFolder,
  parseInputInSteps,
  reportBinary,
  writeResultAtomically,
} from "./io.js";
import { type PositionsMode, watchStream, writeResultInSteps } from "./output.js";
import { runJsonl } from "./jsonl-command.js";
import { type ReportFlags, runReport } from "./report-command.js";
import { documentSummary, summarize } from "./summary.js";

/** Exit codes: 0 success, 1 check found errors, 2 usage or I/O error; 130 (143) interrupted by SIGINT (SIGTERM). */
const EXIT_USAGE = 2;
const MAX_INPUT_FLAG = "--max-input-bytes <size>";
const MAX_INPUT_HELP = "do not parse inputs larger than this (an input-too-large error instead); bytes or 512K, 64M, 1G (default: 64M)";
const MAX_LINES_FLAG = "--max-lines <n>";
const MAX_LINES_HELP = "do not parse inputs of more non-blank lines (in HTML, tags) than this (a result-too-large error instead) (default: 300000)";
const FROM_HELP = "input format: text, html, markdown or pdf (default: from the extension, else sniffed)";

interface ParseFlags {
  out?: string;
  pretty?: boolean;
  quiet?: boolean;
  from?: string;
  format?: string;
  jsonl?: boolean;
  maxInputBytes?: string;
  maxLines?: string;
  positions?: string;
}

/** `--positions`: how a result's positions are written. */
function positionsOf(value: string | undefined): PositionsMode {
  if (value === undefined || value === "full") return "full";
  if (value === "offsets") return "offsets";
  throw new UsageError(`--positions must be full or offsets (got ${value})`);
}

/** `gongbao parse`: the exit code (2 when an input was binary). */
async function runParse(paths: string[], options: ParseFlags): Promise<number> {
  const format = inputFormatOf(options, { flag: "parse --format", value: options.format });
  const limit = byteSize(options.maxInputBytes);
  const maxLines = lineCount(options.maxLines);
  const positions = positionsOf(options.positions);
  if (options.jsonl) {
    if (paths.length > 0) throw new UsageError("parse: --jsonl reads requests from stdin; give no files");
    await runJsonl(format, limit, maxLines, positions);
    return 0;
  }
  if (paths.length === 0) throw new UsageError("parse: give a file (- for standard input), or --jsonl to read requests from stdin");
  const indent = options.pretty ? 2 : undefined;
  if (options.out === undefined) {
    if (paths.length > 1) throw new UsageError(`parse: ${paths.length} inputs and no --out: give --out DIR to write one JSON file per input (standard output takes one result)`);
    const path = paths[0] as string;
    if (path !== STDIN) await checkReadable(path);
    // Each document is written as it is read: memory holds one document, not the whole result.
    const steps = await parseInputInSteps(path, format, limit, maxLines);
    const stdout = watchStream(process.stdout);
    const result = await writeResultInSteps(stdout, steps, indent, undefined, positions);
    await stdout.write("\n");
    stdout.stop();
    return reportBinary(path === STDIN ? STDIN_LABEL : path, result) ? EXIT_USAGE : 0;
  }
  if (paths.includes(STDIN)) throw new UsageError("parse: - (standard input) cannot be written to --out; parse it alone to standard output");
  const dir = options.out;
  // Every input is found before anything is written: a missing file fails the run with no output at all.
  for (const path of paths) await checkExists(path);
  const inputs = await findInputs(paths);
  if (inputs.length === 0) throw new UsageError(`parse: no ${INPUT_EXTENSION_LIST} file under ${paths.join(", ")}`);
  const names = outputNames(inputs.map((input) => input.file));
  const removeIfEmpty = await makeOutputFolder(dir);
  let binary = false;
  try {
    for (const [index, input] of inputs.entries()) {
      const target = join(dir, names[index] as string);
      await makeOutputFolder(dirname(target));
      // Each document is written as it is read (and summarized on the way): memory holds one document, not the whole result.
      const steps = await parseInputInSteps(input.path, format, limit, maxLines);
      const documents: string[] = [];
      const result = await writeResultAtomically(target, steps, { indent, positions }, (step) => {
        if (!options.quiet) documents.push(documentSummary(step.document, step.index));
      });
      if (!options.quiet) process.stderr.write(`${input.path} → ${target}\n${summarize(result, documents)}\n`);
      if (reportBinary(input.path, result)) binary = true;
    }
  } catch (error) {
    await removeIfEmpty();
    throw error;
  }
  if (options.quiet !== true) process.stderr.write(`${plural(inputs.length, "result")} written to ${dir}\n`);
  return binary ? EXIT_USAGE : 0;
}

/** A path given on the command line must exist (a file or a folder); otherwise a usage error naming it. */
async function checkExists(path: string): Promise<void> {
  try {
    await stat(path);
  } catch (error) {
    throw new UsageError(`${path}: ${describeError(error)}`);
  }
}

function program(exit: { code: number }): Command {
  const cli = oneLineErrors(
    new Command("gongbao")
      .description("Chinese government gazettes (公报) and official documents as typed, validated JSON")
      .version(packageJson.version, "-v, --version")
      .exitOverride(),
    "",
  );
  oneLineErrors(cli.command("parse"), "parse")
    .description("parse inputs: one to JSON on stdout, or with --out one JSON file per input (folders searched recursively)")
    .argument("[input...]", "files (- for standard input) or, with --out, folders: text, HTML or Markdown (UTF-8, UTF-16, GB18030/GBK), or PDF")
    .option("--jsonl", 'read JSON lines { "id", "text" } or { "id", "path" } from stdin; write one result line per input line, in order')
    .option("-o, --out <dir>", "write one JSON file per input into this folder (named as the input, .json for its extension); messages go to stderr")
    .option("--pretty", "indent the JSON")
    .option("--positions <shape>", "how positions are written: full ({ start, end } points with line, column and offset) or offsets ([start, end]; about a quarter less JSON; see schema/gongbao-offsets.schema.json) (default: full)")
    .option("-q, --quiet", "do not print where each file went, nor its summary")
    .option("--from <format>", FROM_HELP)
    .addOption(deprecated("--format <format>", "--from"))
    .option(MAX_INPUT_FLAG, MAX_INPUT_HELP)
    .option(MAX_LINES_FLAG, MAX_LINES_HELP)
    .action(async (files: string[], flags: ParseFlags) => {
      exit.code = await runParse(files, flags);
    });
  oneLineErrors(cli.command("check"), "check")
    .description("check inputs and report positioned, coded diagnostics; exit 1 on errors (or warnings with --strict)")
    .argument("<input...>", "files (- for standard input) and folders (searched recursively for text, HTML, Markdown and PDF)")
    .option("-t, --to <format>", "report format: text, json, github (workflow commands) or sarif (SARIF 2.1.0) (default: text)")
    .addOption(deprecated("-f, --format <format>", "--to"))
    .option("--from <format>", FROM_HELP)
    .addOption(deprecated("--input-format <format>", "--from"))
    .option("--strict", "fail on warnings too")
    .option("-c, --config <path>", "configuration file (default: gongbao.config.json or a gongbao key in package.json, searched upward)")
    .option("--level <severity>", "lowest severity to print: info, warning or error (default: warning; info for json and sarif)")
    .option(MAX_INPUT_FLAG, MAX_INPUT_HELP)
    .option(MAX_LINES_FLAG, MAX_LINES_HELP)
    .action(async (files: string[], flags: CheckFlags) => {
      const from = inputFormatOf(flags, { flag: "check --input-format", value: flags.inputFormat });
      exit.code = await runCheck(files, { ...flags, to: outputFormatOf("check", flags, CHECK_FORMATS, "text") }, from);
    });
  oneLineErrors(cli.command("dataset"), "dataset")
    .description("parse every text, HTML, Markdown and PDF file under the paths into one file per entity, with a datapackage.json")
    .argument("<paths...>", "files and folders (searched recursively)")
    .requiredOption("-o, --out <dir>", "output folder")
    .option("-t, --to <format>", "file format: jsonl, csv or json (default: jsonl)")
    .addOption(deprecated("-f, --format <format>", "--to"))
    .option("--from <format>", "input format of every file: text, html, markdown or pdf (default: each file's extension, else sniffed)")
    .option("--bom", "start each CSV file with a UTF-8 byte order mark, so that spreadsheet programs (Excel) read it as UTF-8")
    .option("-j, --jobs <n>", "worker threads (default: the number of cores)")
    .option("--report", "also write index.html (a row per file, sortable) and an HTML report page per file under report/")
    .option(MAX_INPUT_FLAG, MAX_INPUT_HELP)
    .option(MAX_LINES_FLAG, MAX_LINES_HELP)
    .action(async (paths: string[], flags: DatasetFlags) => {
      const to = outputFormatOf("dataset", flags, DATASET_FORMATS, "jsonl");
      await runDatasetCommand(paths, { ...flags, to }, inputFormatOf(flags, { flag: "", value: undefined }));
    });
  oneLineErrors(cli.command("report"), "report")
    .description("write an HTML page of an input: its text line by line with the outline, objects and diagnostics in place")
    .argument("<input>", "a file (- for standard input): text, HTML or Markdown (UTF-8, UTF-16, GB18030/GBK)")
    .option("-o, --out <file>", "the page to write, or - for standard output (default: NAME.report.html in the current folder)")
    .option("--from <format>", FROM_HELP)
    .addOption(deprecated("--input-format <format>", "--from"))
    .option("-c, --config <path>", "check configuration file (default: gongbao.config.json or a gongbao key in package.json, searched upward)")
    .option("-q, --quiet", "do not print where the page went")
    .option(MAX_INPUT_FLAG, MAX_INPUT_HELP)
    .option(MAX_LINES_FLAG, MAX_LINES_HELP)
    .action(async (file: string, flags: ReportFlags) => {
      const from = inputFormatOf(flags, { flag: "report --input-format", value: flags.inputFormat });
      exit.code = await runReport(file, flags, from);
    });
  oneLineErrors(cli.command("schema"), "schema")
    .description("print the JSON Schema (2020-12) of the parse result (with --positions offsets, of its offsets shape), or with --check of check's JSON report")
    .option("--check", "the schema of `check --to json` instead")
    .option("--positions <shape>", "full (default), or offsets: the schema of parse --positions offsets")
    .action(async (flags: { check?: boolean; positions?: string }) => {
      const positions = positionsOf(flags.positions);
      if (flags.check && flags.positions !== undefined) throw new UsageError("schema: --check and --positions do not go together (check's report has positions in full)");
      // Loaded on demand: zod is not needed to parse or check.
      const { generateJsonSchema, generateCheckReportJsonSchema } = await import("../schema/json-schema.js");
      process.stdout.write(`${JSON.stringify(flags.check ? generateCheckReportJsonSchema() : generateJsonSchema({ positions }), null, 2)}\n`);
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
    // A file system error no command turned into a message: still one line, exit 2.
    const errno = error as NodeJS.ErrnoException;
    if (typeof errno?.code === "string" && typeof errno.syscall === "string") {
      process.stderr.write(`gongbao: ${errno.path ?? errno.syscall}: ${describeError(error)}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

/**
 * A reader that closes standard output early (\`gongbao check … | head\`) is
 * not an error: output stops quietly and the command ends with its own exit
 * code. Any other write error on standard output is an I/O error (exit 2).
 */
function tolerateClosedStdout(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    process.stdout.write = (() => true) as typeof process.stdout.write;
    if (error.code === "EPIPE") return;
    process.stderr.write(`gongbao: cannot write to standard output (${describeError(error)})\n`);
    process.exit(EXIT_USAGE);
  });
}

tolerateClosedStdout();
process.exitCode = await main(process.argv);
