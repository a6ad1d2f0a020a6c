import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { outputNames } from "../../src/cli/options.js";
import { SEED_000, SEED_003, root } from "../helpers.js";

const CLI = join(root, "dist/cli.js");

function run(args: string[], options: { input?: string | Buffer; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? root, encoding: "utf8", input: options.input, env: { ...process.env, NO_COLOR: "1", CI: "true" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), "gongbao-grammar-"));
}

const LAW = "fixtures/markdown/henan-decree-232.md";

describe("one grammar: --from for the input format, --to for the output format", () => {
  it("--from reads the input as the named format on parse, check and dataset", () => {
    const page = "<p>第一条 本规定自公布之日起施行。</p>";
    const dir = scratch();
    const file = join(dir, "page.txt");
    writeFileSync(file, page);
    expect(JSON.parse(run(["parse", file]).stdout).source.format).toBe("text");
    expect(JSON.parse(run(["parse", file, "--from", "html"]).stdout).source.format).toBe("html");
    expect(run(["check", file, "--from", "html", "--to", "json"]).code).toBe(0);
    const out = join(dir, "out");
    expect(run(["dataset", dir, "--out", out, "--from", "html"]).code).toBe(0);
    const articles = readFileSync(join(out, "articles.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line));
    expect(articles.map((article) => article.number)).toEqual([1]);
    expect(JSON.stringify(articles)).not.toContain("<p>");
  });

  it.each([
    [["parse", SEED_000, "--format", "text"], "parse --format is deprecated; use --from"],
    [["check", SEED_000, "--input-format", "text"], "check --input-format is deprecated; use --from"],
    [["check", SEED_000, "--format", "json"], "check --format is deprecated; use --to"],
    [["check", SEED_000, "-f", "json"], "check --format is deprecated; use --to"],
  ])("the old spelling %j still works, with a note on stderr", (args, note) => {
    const { code, stderr, stdout } = run(args);
    expect(code).toBe(0);
    expect(stderr.trim()).toBe(`gongbao: warning: ${note}`);
    expect(stdout.length).toBeGreaterThan(0);
  });

  it("an input format given where the output format goes names --from", () => {
    const { code, stderr } = run(["check", SEED_000, "--format", "html"]);
    expect(code).toBe(2);
    expect(stderr).toContain("check: --format names the output format, one of text, json, github, sarif (got html); to read the input as html, use --from html");
    const to = run(["check", SEED_000, "--to", "markdown"]);
    expect(to.code).toBe(2);
    expect(to.stderr.trim()).toBe("gongbao: check: --to names the output format, one of text, json, github, sarif (got markdown); to read the input as markdown, use --from markdown");
    expect(run(["dataset", "seeds", "--out", join(scratch(), "o"), "--to", "html"]).stderr).toContain("use --from html");
  });

  it("a wrong --from names the formats", () => {
    const { code, stderr } = run(["parse", SEED_000, "--from", "pdf-ish"]);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe("gongbao: --from must be one of text, html, markdown, pdf (got pdf-ish)");
  });
});

describe("command-line errors: one line naming the problem and where help is, exit 2", () => {
  it.each([
    [["parse", SEED_000, "--no-such-option"], "gongbao parse: unknown option '--no-such-option' (see gongbao parse --help)"],
    [["check", "--strickt", SEED_000], "gongbao check: unknown option '--strickt' (Did you mean --strict?) (see gongbao check --help)"],
    [["dataset", "seeds"], "gongbao dataset: required option '-o, --out <dir>' not specified (see gongbao dataset --help)"],
    [["check"], "gongbao check: missing required argument 'input' (see gongbao check --help)"],
    [["frobnicate"], "gongbao: unknown command 'frobnicate' (see gongbao --help)"],
  ])("%j", (args, line) => {
    const { code, stderr, stdout } = run(args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`${line}\n`);
  });

  it("--help still prints the whole help, exit 0", () => {
    const { code, stdout } = run(["check", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("--to <format>");
    expect(stdout).toContain("--from <format>");
    expect(stdout).not.toContain("--input-format");
  });
});

describe("standard input as -", () => {
  const bytes = readFileSync(join(root, SEED_000));

  it("parse - reads standard input, sniffing the format", () => {
    const { code, stdout } = run(["parse", "-"], { input: bytes });
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.documents[0].attachments[0].measures).toHaveLength(33);
    expect(result.source.name).toBeUndefined();
    expect(JSON.parse(run(["parse", "-"], { input: "<!DOCTYPE html><html><body><p>第一条 本规定自公布之日起施行。</p></body></html>" }).stdout).source.format).toBe("html");
  });

  it("check - labels standard input <stdin>", () => {
    const broken = "一、总则\n三、附则\n";
    const { code, stdout } = run(["check", "-", "--to", "json"], { input: broken });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.files[0].file).toBe("<stdin>");
    expect(report.files[0].diagnostics.map((d: { code: string }) => d.code)).toContain("numbering-gap");
    expect(run(["check", "-"], { input: broken }).stdout).toMatch(/^<stdin>:2:1 error numbering-gap/m);
  });

  it("standard input over --max-input-bytes is reported, not read without end", () => {
    const { code, stdout } = run(["parse", "-", "--max-input-bytes", "1K"], { input: bytes });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).diagnostics[0].code).toBe("input-too-large");
  });

  it("- cannot go to --out, and is given once to check", () => {
    expect(run(["parse", "-", "--out", join(scratch(), "o")], { input: "x" }).stderr).toContain("cannot be written to --out");
    expect(run(["check", "-", "-"], { input: "x" }).stderr).toContain("can be given once");
  });
});

describe("check on folders", () => {
  it("checks every text, HTML and Markdown file under a folder, recursively, in path order", () => {
    const dir = scratch();
    mkdirSync(join(dir, "b", "deep"), { recursive: true });
    copyFileSync(join(root, SEED_000), join(dir, "b", "deep", "seed.txt"));
    copyFileSync(join(root, LAW), join(dir, "a.md"));
    writeFileSync(join(dir, "notes.pdf.bak"), "not an input");
    writeFileSync(join(dir, ".hidden.txt"), "一、总则\n三、附则\n");
    const { code, stdout } = run(["check", dir, "--to", "json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).files.map((file: { file: string }) => file.file)).toEqual([join(dir, "a.md"), join(dir, "b", "deep", "seed.txt")]);
  });

  it("an empty folder is a usage error, not a silent pass", () => {
    const { code, stderr } = run(["check", scratch()]);
    expect(code).toBe(2);
    expect(stderr).toContain("no .txt, .text, .html, .htm, .xhtml, .md, .markdown, .pdf file under");
  });
});

describe("parse with several inputs", () => {
  it("without --out is a usage error that says what to do", () => {
    const { code, stdout, stderr } = run(["parse", SEED_000, SEED_003]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim()).toBe("gongbao: parse: 2 inputs and no --out: give --out DIR to write one JSON file per input (standard output takes one result)");
  });

  it("names each output after its input; inputs of one name keep their extensions; folders keep their paths", () => {
    expect(outputNames(["a.txt", "b.md"])).toEqual(["a.json", "b.json"]);
    expect(outputNames(["a.md", "a.txt", "b.txt"])).toEqual(["a.md.json", "a.txt.json", "b.json"]);
    expect(outputNames(["x/a.txt", "y/a.txt"])).toEqual(["x/a.json", "y/a.json"]);
    expect(outputNames(["noext"])).toEqual(["noext.json"]);
    expect(outputNames(["x.md", "x.txt", "x.txt.md"])).toEqual(["x.md.json", "x.txt.json", "x.txt.md.json"]);
    expect(outputNames(["a", "a.txt"])).toEqual(["a.json", "a.txt.json"]);
    const dir = scratch();
    writeFileSync(join(dir, "a.txt"), "第一条 本规定自公布之日起施行。\n");
    writeFileSync(join(dir, "a.md"), "第一条 本规定自公布之日起施行。\n");
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "c.html"), "<p>第一条 本规定自公布之日起施行。</p>");
    const out = join(dir, "out");
    const { code, stderr } = run(["parse", join(dir, "a.txt"), join(dir, "a.md"), join(dir, "sub"), "--out", out]);
    expect(code).toBe(0);
    expect(readdirSync(out, { recursive: true }).sort()).toEqual(["a.md.json", "a.txt.json", "sub", "sub/c.json"]);
    expect(stderr).toContain(`${join(dir, "a.md")} → ${join(out, "a.md.json")}`);
    expect(stderr).toContain(`3 results written to ${out}`);
  });
});

describe("counts read as English", () => {
  it("dataset's summary: singular for one, and documents with their attachments told apart", () => {
    const dir = scratch();
    copyFileSync(join(root, SEED_000), join(dir, "seed.txt"));
    const { stdout } = run(["dataset", dir, "--out", join(dir, "out"), "--jobs", "1"]);
    expect(stdout).toMatch(/^1 file \(0\.\d MB\), 1 document \(2 with attachments\), 0 skipped, 0 errors, in [0-9.]+s with 1 job$/m);
    expect(stdout).toMatch(/^rows: documents 2, /m);
  });

  it("parse's summary", () => {
    const dir = scratch();
    const { stderr } = run(["parse", SEED_000, "--out", dir]);
    expect(stderr).toContain("1 attachment");
    expect(stderr).toContain("33 measures");
    expect(stderr).not.toMatch(/\b1 [a-z]+s\b/);
    expect(stderr).toContain("1 result written to");
  });
});

describe("CSV for spreadsheets", () => {
  it("--bom starts each CSV file with a UTF-8 byte order mark; without it there is none", () => {
    const dir = scratch();
    copyFileSync(join(root, SEED_000), join(dir, "seed.txt"));
    expect(run(["dataset", dir, "--out", join(dir, "bom"), "--to", "csv", "--bom"]).code).toBe(0);
    expect(run(["dataset", dir, "--out", join(dir, "plain"), "--to", "csv"]).code).toBe(0);
    const bom = readFileSync(join(dir, "bom", "measures.csv"));
    const plain = readFileSync(join(dir, "plain", "measures.csv"));
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bom.subarray(3).equals(plain)).toBe(true);
    expect(run(["dataset", dir, "--out", join(dir, "j"), "--bom"]).stderr).toContain("--bom is for CSV files");
  });
});

describe("gongbao schema", () => {
  it("prints the result's JSON Schema, and with --check that of check's JSON report, each the published file", () => {
    const result = JSON.parse(run(["schema"]).stdout);
    const report = JSON.parse(run(["schema", "--check"]).stdout);
    expect(result).toEqual(JSON.parse(readFileSync(join(root, "schema/gongbao.schema.json"), "utf8")));
    expect(report).toEqual(JSON.parse(readFileSync(join(root, "schema/check-report.schema.json"), "utf8")));
    expect(Object.keys(report.$defs)).toContain("CheckReport");
  });
});

describe("positions as offsets", () => {
  it("parse --positions offsets writes what withOffsets gives, to stdout, to --out and on --jsonl; the default is unchanged", () => {
    const full = run(["parse", SEED_000]);
    const compact = run(["parse", SEED_000, "--positions", "offsets"]);
    expect(compact.code).toBe(0);
    const fullResult = JSON.parse(full.stdout);
    const compactResult = JSON.parse(compact.stdout);
    expect(fullResult.source.positions).toBeUndefined();
    expect(compactResult.source.positions).toBe("offsets");
    expect(compactResult.documents[0].position).toEqual([fullResult.documents[0].position.start.offset, fullResult.documents[0].position.end.offset]);
    expect(compact.stdout.length).toBeLessThan(full.stdout.length * 0.75);
    const dir = scratch();
    expect(run(["parse", SEED_000, "--out", dir, "--positions", "offsets", "--quiet"]).code).toBe(0);
    expect(readFileSync(join(dir, "luoyang-jiyuan-33-measures.json"), "utf8")).toBe(compact.stdout);
    const jsonl = run(["parse", "--jsonl", "--positions", "offsets"], { input: `${JSON.stringify({ id: "a", path: SEED_000 })}\n` });
    expect(JSON.parse(jsonl.stdout).result).toEqual(compactResult);
  });

  it("a wrong --positions is a usage error naming the shapes", () => {
    const { code, stderr, stdout } = run(["parse", SEED_000, "--positions", "lines"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim()).toBe("gongbao: --positions must be full or offsets (got lines)");
  });

  it("schema --positions offsets prints the published offsets schema", () => {
    const schema = JSON.parse(run(["schema", "--positions", "offsets"]).stdout);
    expect(schema).toEqual(JSON.parse(readFileSync(join(root, "schema/gongbao-offsets.schema.json"), "utf8")));
    expect(run(["schema", "--check", "--positions", "offsets"]).code).toBe(2);
  });
});
