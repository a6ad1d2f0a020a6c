import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { generateCheckReportJsonSchema } from "../src/schema/json-schema.js";
import { root } from "./helpers.js";

/*
 * The README is tested like code: its export table against the package's
 * exports, every ts block compiled with --strict against the built package
 * and run, every js block run against the seeds, every json block parsed,
 * and every gongbao command line in it checked against the CLI's options.
 */
const README = readFileSync(join(root, "README.md"), "utf8");
const CLI = join(root, "dist/cli.js");
// Inside the package, so that `import "gongbao"` resolves to the package itself (self-reference through "exports").
const WORK = join(root, "test", ".readme-blocks");

interface Block {
  lang: string;
  code: string;
  line: number;
}

function blocks(): Block[] {
  const found: Block[] = [];
  const lines = README.split("\n");
  for (let at = 0; at < lines.length; at++) {
    const open = /^(\s*)```(\S*)\s*$/.exec(lines[at] as string);
    if (open === null) continue;
    const indent = (open[1] as string).length;
    const body: string[] = [];
    let end = at + 1;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end] as string)) body.push((lines[end++] as string).slice(indent));
    found.push({ lang: open[2] as string, code: body.join("\n"), line: at + 1 });
    at = end;
  }
  return found;
}

const all = blocks();

/** Every name src/index.ts exports, values and types, read by the TypeScript compiler. */
function packageExports(): string[] {
  const program = ts.createProgram([join(root, "src/index.ts")], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, resolveJsonModule: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(join(root, "src/index.ts"));
  const symbol = source && checker.getSymbolAtLocation(source);
  if (symbol === undefined) throw new Error("src/index.ts has no module symbol");
  return checker.getExportsOfModule(symbol).map((entry) => entry.getName());
}

/** The names the README's export table lists (backticked names in its first column). */
function documentedExports(): string[] {
  const start = README.indexOf("<!-- exports:start -->");
  const end = README.indexOf("<!-- exports:end -->");
  expect(start).toBeGreaterThan(0);
  const names: string[] = [];
  for (const row of README.slice(start, end).split("\n")) {
    if (!row.startsWith("| `")) continue;
    const first = row.split("|")[1] ?? "";
    for (const match of first.matchAll(/`([A-Za-z_][A-Za-z0-9_]*)`/g)) names.push(match[1] as string);
  }
  return names;
}

/** Options the CLI's help lists for a command ("" for the top level). */
const helpCache = new Map<string, string>();
function help(command: string): string {
  let text = helpCache.get(command);
  if (text === undefined) {
    text = execFileSync(process.execPath, [CLI, ...(command === "" ? [] : [command]), "--help"], { encoding: "utf8" });
    helpCache.set(command, text);
  }
  return text;
}

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe("the README", () => {
  it("documents every export, and exports everything it documents", () => {
    const exported = new Set(packageExports());
    const documented = new Set(documentedExports());
    expect([...documented].filter((name) => !exported.has(name)), "documented but not exported").toEqual([]);
    expect([...exported].filter((name) => !documented.has(name)), "exported but not documented").toEqual([]);
  });

  const code = all.filter((block) => block.lang === "ts" || block.lang === "js");
  it("has code blocks to test", () => {
    expect(code.length).toBeGreaterThanOrEqual(2);
    expect(all.filter((block) => block.lang === "ts").length).toBeGreaterThanOrEqual(1);
  });

  it.each(code.map((block) => [block.line, block] as const))("the %s block compiles with --strict and runs against the seeds", (_line, block) => {
    mkdirSync(WORK, { recursive: true });
    const commonjs = block.code.includes("require(");
    const name = `block-${block.line}`;
    const file = join(WORK, `${name}.${block.lang === "ts" ? (commonjs ? "cts" : "mts") : commonjs ? "cjs" : "mjs"}`);
    writeFileSync(file, block.code);
    const options: ts.CompilerOptions = {
      strict: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      types: ["node"],
      noEmit: true,
      allowJs: true,
      checkJs: block.lang === "ts",
      skipLibCheck: true,
    };
    const program = ts.createProgram([file], options);
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(problems, `README line ${block.line}`).toEqual([]);
    let runnable = file;
    if (block.lang === "ts") {
      runnable = join(WORK, `${name}.${commonjs ? "cjs" : "mjs"}`);
      writeFileSync(runnable, ts.transpileModule(block.code, { compilerOptions: { module: commonjs ? ts.ModuleKind.CommonJS : ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false } }).outputText);
    }
    const run = spawnSync(process.execPath, [runnable], { cwd: root, encoding: "utf8" });
    expect(run.stderr, `README line ${block.line}`).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(0);
  });

  it.each(all.filter((block) => block.lang === "json").map((block) => [block.line, block] as const))("the json block at line %s is JSON (a check report validates against its schema)", (_line, block) => {
    const value = JSON.parse(block.code) as Record<string, unknown>;
    if ("files" in value && "schemaVersion" in value) {
      const validate = new Ajv2020({ strict: false }).compile(generateCheckReportJsonSchema({ strict: true }));
      expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it("uses only commands and options the CLI has", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const block of all.filter((b) => ["sh", "text", "yaml", "python"].includes(b.lang))) {
      for (const [index, full] of block.code.split("\n").entries()) {
        // Comments are prose (`# … one gongbao process`), not commands.
        const line = full.replace(/(^|\s)#.*$/, "");
        for (const match of line.matchAll(/\bgongbao(?:@\d+)?\s+([a-z][a-z-]*)((?:\s+(?!\||#|>|&&|\\)[^\s|#>&\\]+)*)/g)) {
          const command = match[1] as string;
          const top = help("");
          if (!new RegExp(`^\\s+${command}\\b`, "m").test(top)) {
            problems.push(`line ${block.line + index + 1}: no command ${command}`);
            continue;
          }
          checked++;
          const text = help(command);
          for (const option of (match[2] ?? "").matchAll(/(?:^|\s)\[?(--?[a-z][a-z-]*)/g)) {
            const flag = option[1] as string;
            if (flag === "--help" || flag === "--version") continue;
            if (!new RegExp(`(^|[\\s,])${flag}(?=[\\s,]|$)`, "m").test(text)) problems.push(`line ${block.line + index + 1}: gongbao ${command} has no ${flag}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(8);
  });
});
