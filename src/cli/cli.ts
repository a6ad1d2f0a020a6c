import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { Command, CommanderError } from "commander";
import packageJson from "../../package.json" with { type: "json" };
import { parse } from "../parse.js";
import { generateJsonSchema } from "../schema/json-schema.js";
import { summarize } from "./summary.js";

/** Exit codes: 0 success, 2 usage or I/O error. */
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

async function runParse(files: string[], options: { out?: string; pretty?: boolean; quiet?: boolean }): Promise<void> {
  const indent = options.pretty ? 2 : undefined;
  if (files.length === 1 && options.out === undefined) {
    const path = files[0] as string;
    const result = parse(await readInput(path), { name: basename(path) });
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
    const result = parse(await readInput(path), { name: basename(path) });
    const target = join(dir, outputName(path, used));
    try {
      await writeFile(target, `${JSON.stringify(result, null, indent)}\n`);
    } catch (error) {
      throw new UsageError(`${target}: cannot write (${(error as NodeJS.ErrnoException).code ?? "error"})`);
    }
    if (!options.quiet) process.stdout.write(`${path} → ${target}\n${summarize(result)}\n`);
  }
}

function program(): Command {
  const cli = new Command("gongbao")
    .description("Chinese government gazettes (公报) and official documents as typed, validated JSON")
    .version(packageJson.version, "-v, --version")
    .showHelpAfterError()
    .exitOverride();
  cli
    .command("parse")
    .description("parse files; one file prints JSON on stdout, several (or --out) write one JSON per input")
    .argument("<file...>", "text files (UTF-8, UTF-16 with BOM, GB18030/GBK)")
    .option("-o, --out <dir>", "write one JSON file per input into this directory (default for several files: out)")
    .option("--pretty", "indent the JSON")
    .option("-q, --quiet", "do not print the summary when writing files")
    .action(runParse);
  cli
    .command("schema")
    .description("print the JSON Schema (2020-12) of the parse result")
    .action(() => {
      process.stdout.write(`${JSON.stringify(generateJsonSchema(), null, 2)}\n`);
    });
  return cli;
}

async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv);
    return 0;
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
