import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { SEED_003, readText, root } from "../helpers.js";

const CLI = join(root, "dist/cli.js");

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", CI: "true" }, maxBuffer: 1 << 28 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("a binary file given to the CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "gongbao-binary-"));
  const png = join(dir, "issue.txt");
  writeFileSync(png, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(300, 0x81)]));
  const pdf = join(dir, "damaged.pdf");
  writeFileSync(pdf, Buffer.concat([Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "latin1"), Buffer.alloc(300, 0x81)]));

  it("parse writes the result and exits 2 with one line naming what it looks like", () => {
    const { code, stdout, stderr } = run("parse", png);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).diagnostics[0].code).toBe("binary-input");
    expect(stderr.trim().split("\n")).toEqual([`gongbao: ${png}: looks like a PNG image, not text, HTML, Markdown or PDF (binary-input)`]);
  });

  it("check exits 2, not 1: the input is wrong, not the document", () => {
    const { code, stdout } = run("check", png, "--to", "json");
    expect(code).toBe(2);
    expect(JSON.parse(stdout).files[0].diagnostics[0].code).toBe("binary-input");
  });

  it("a damaged PDF: parse and check exit 2 with one line and a pdf-unreadable error, never a stack trace", () => {
    const parsed = run("parse", pdf);
    expect(parsed.code).toBe(2);
    expect(JSON.parse(parsed.stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual(["pdf-unreadable"]);
    expect(parsed.stderr.trim().split("\n")).toEqual([`gongbao: ${pdf}: the PDF could not be read (pdf-unreadable)`]);
    const checked = run("check", pdf, "--to", "json");
    expect(checked.code).toBe(2);
    expect(JSON.parse(checked.stdout).files[0].diagnostics[0].code).toBe("pdf-unreadable");
  });

  it("dataset warns when it finds no file it can read", () => {
    const only = mkdtempSync(join(tmpdir(), "gongbao-nothing-"));
    copyFileSync(png, join(only, "issue.png"));
    const { code, stderr } = run("dataset", only, "--out", join(dir, "out"));
    expect(code).toBe(0);
    expect(stderr).toContain("gongbao: warning: no text, HTML, Markdown or PDF file");
  });
});

describe("results written as a stream", () => {
  it.each([[[]], [["--pretty"]]])("parse prints exactly the result's JSON (%j)", (flags) => {
    const expected = parse(readText(SEED_003), { name: "luoyang-gazette-2025-02.txt" });
    const { code, stdout } = run("parse", SEED_003, ...flags);
    expect(code).toBe(0);
    expect(stdout).toBe(`${JSON.stringify({ ...expected, source: { ...expected.source, encoding: "utf-8" } }, null, flags.length > 0 ? 2 : undefined)}\n`);
  });

  it("parse --out writes the same JSON to its file", () => {
    const out = mkdtempSync(join(tmpdir(), "gongbao-out-"));
    expect(run("parse", SEED_003, "--out", out, "--quiet").code).toBe(0);
    expect(readFileSync(join(out, "luoyang-gazette-2025-02.json"), "utf8")).toBe(run("parse", SEED_003).stdout);
  });

  it("refuses 10 MB of marker lines with result-too-large instead of building half a gigabyte of JSON", () => {
    const dir = mkdtempSync(join(tmpdir(), "gongbao-big-"));
    const file = join(dir, "markers.txt");
    writeFileSync(file, "一、\n".repeat(1_500_000));
    const { code, stdout, stderr } = run("parse", file);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual(["result-too-large"]);
  });

  it("refuses 10 MB of NUL lines as binary instead of crashing", () => {
    const dir = mkdtempSync(join(tmpdir(), "gongbao-nul-"));
    const file = join(dir, "nul.txt");
    writeFileSync(file, "\0\n".repeat(5_000_000));
    const { code, stderr } = run("check", file);
    expect(code).toBe(2);
    expect(stderr).toContain("looks like binary data");
  });
});

describe("--max-lines", () => {
  const dir = mkdtempSync(join(tmpdir(), "gongbao-lines-"));
  const file = join(dir, "notice.txt");
  writeFileSync(file, "关于某事的通知\n\n一、总则\n（一）内容。\n");

  it("sets the line budget of parse, check, parse --jsonl and dataset", () => {
    expect(JSON.parse(run("parse", file, "--max-lines", "2").stdout).diagnostics[0].code).toBe("result-too-large");
    expect(JSON.parse(run("parse", file, "--max-lines", "3").stdout).documents).toHaveLength(1);
    const checked = run("check", file, "--max-lines", "2", "--to", "json");
    expect(checked.code).toBe(1);
    expect(JSON.parse(checked.stdout).files[0].diagnostics[0].code).toBe("result-too-large");
    const jsonl = spawnSync(process.execPath, [CLI, "parse", "--jsonl", "--max-lines", "2"], { input: `${JSON.stringify({ id: 1, path: file })}\n`, encoding: "utf8" });
    expect(JSON.parse(jsonl.stdout).result.diagnostics[0].code).toBe("result-too-large");
    const out = join(dir, "dataset");
    expect(run("dataset", file, "--out", out, "--max-lines", "2").code).toBe(0);
    expect(readFileSync(join(out, "diagnostics.jsonl"), "utf8")).toContain("result-too-large");
  });

  it.each(["0", "-1", "1.5", "many"])("refuses %j with exit 2", (value) => {
    const { code, stderr } = run("parse", file, "--max-lines", value);
    expect(code).toBe(2);
    expect(stderr).toContain("--max-lines must be a whole number");
  });
});
