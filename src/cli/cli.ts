import { basename, extname, join } from "node:path";
import { Command, CommanderError } from "commander";
import packageJson from "../../package.json" with { type: "json" };
import { type CheckFlags, runCheck } from "./check-command.js";
import { runDatasetCommand } from "./dataset-command.js";
import { UsageError, byteSize, checkReadable, describeError, inputFormat, lineCount, makeOutputFolder, parseInput, reportBinary, writeJsonAtomically } from "./io.js";
import { watchStream, writeJson } from "./output.js";
import { runJsonl } from "./jsonl-command.js";
import { summarize } from "./summary.js";

/** Exit codes: 0 success, 1 check found errors, 2 usage or I/O error; 130 (143) interrupted by SIGINT (SIGTERM). */
const EXIT_USAGE = 2;
const MAX_INPUT_FLAG = "--max-input-bytes <size>";
const MAX_INPUT_HELP = "do not parse inputs larger than this (an input-too-large error instead); bytes or 512K, 64M, 1G (default: 64M)";
const MAX_LINES_FLAG = "--max-lines <n>";
const MAX_LINES_HELP = "do not parse inputs of more non-blank lines (in HTML, tags) than this (a result-too-large error instead) (default: 300000)";

function outputName(path: string, used: Set<string>): string {
  const stem = basename(path, extname(path)) || "input";
  let name = `${stem}.json`;
  for (let n = 2; used.has(name); n++) name = `${stem}-${n}.json`;
  used.add(name);
  return name;
}

/** `gongbao parse`: the exit code (2 when a file was binary). */
async function runParse(files: string[], options: { out?: string; pretty?: boolean; quiet?: boolean; format?: string; jsonl?: boolean; maxInputBytes?: string; maxLines?: string }): Promise<number> {
  const format = inputFormat(options.format);
  const limit = byteSize(options.maxInputBytes);
  const maxLines = lineCount(options.maxLines);
  if (options.jsonl) {
    if (files.length > 0) throw new UsageError("--jsonl reads requests from stdin; give no files");
    await runJsonl(format, limit, maxLines);
    return 0;
  }
  if (files.length === 0) throw new UsageError("parse: give at least one file (or --jsonl to read requests from stdin)");
  const indent = options.pretty ? 2 : undefined;
  if (files.length === 1 && options.out === undefined) {
    const path = files[0] as string;
    const { result } = await parseInput(path, format, limit, maxLines);
    const stdout = watchStream(process.stdout);
    await writeJson(stdout, result, indent);
    await stdout.write("\n");
    stdout.stop();
    return reportBinary(path, result) ? EXIT_USAGE : 0;
  }
  const dir = options.out ?? "out";
  // Every input is read before anything is written: a missing file fails the run with no output at all.
  for (const path of files) await checkReadable(path);
  const removeIfEmpty = await makeOutputFolder(dir);
  const used = new Set<string>();
  let binary = false;
  try {
    for (const path of files) {
      const { result } = await parseInput(path, format, limit, maxLines);
      const target = join(dir, outputName(path, used));
      await writeJsonAtomically(target, result, indent);
      if (!options.quiet) process.stdout.write(`${path} → ${target}\n${summarize(result)}\n`);
      if (reportBinary(path, result)) binary = true;
    }
  } catch (error) {
    await removeIfEmpty();
    throw error;
  }
  return binary ? EXIT_USAGE : 0;
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
    .option(MAX_INPUT_FLAG, MAX_INPUT_HELP)
    .option(MAX_LINES_FLAG, MAX_LINES_HELP)
    .action(async (files: string[], flags: Parameters<typeof runParse>[1]) => {
      exit.code = await runParse(files, flags);
    });
  cli
    .command("check")
    .description("check files and report positioned, coded diagnostics; exit 1 on errors (or warnings with --strict)")
    .argument("<file...>", "text files (UTF-8, UTF-16 with BOM, GB18030/GBK)")
    .option("-f, --format <format>", "text, json, github (workflow commands) or sarif (SARIF 2.1.0)", "text")
    .option("--strict", "fail on warnings too")
    .option("-c, --config <path>", "configuration file (default: gongbao.config.json or a gongbao key in package.json, searched upward)")
    .option("--input-format <format>", "input format: text, html or markdown (default: from the extension, else sniffed)")
    .option("--level <severity>", "lowest severity to print: info, warning or error (default: warning; info for json and sarif)")
    .option(MAX_INPUT_FLAG, MAX_INPUT_HELP)
    .option(MAX_LINES_FLAG, MAX_LINES_HELP)
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
    .option(MAX_INPUT_FLAG, MAX_INPUT_HELP)
    .option(MAX_LINES_FLAG, MAX_LINES_HELP)
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
