import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_LINES, parse } from "../src/parse.js";
import { parseFile } from "../src/parse-file.js";
import { violations } from "./fuzz/violations.js";
import { SEED_000, root } from "./helpers.js";

const CLI = join(root, "dist/cli.js");
const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

describe("the line budget", () => {
  const text = "一、总则\n\n（一）内容。\n（二）要求。\n";

  it("is 300,000 non-blank lines by default", () => {
    expect(DEFAULT_MAX_LINES).toBe(300_000);
  });

  it("parses an input of exactly the limit, and refuses one line more with result-too-large", () => {
    expect(parse(text, { maxLines: 3 }).documents).toHaveLength(1);
    const over = parse(text, { maxLines: 2, name: "x.txt" });
    expect(over.documents).toEqual([]);
    expect(over.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.actual, diagnostic.expected])).toEqual([["result-too-large", "error", "3", "<= 2"]]);
    expect(over.source).toMatchObject({ encoding: "string", length: text.length, name: "x.txt" });
  });

  it("counts an HTML page's tags as lines: one row of many cells is refused before its elements are built", () => {
    const row = `<html><body><div id="zoom"><table><tr>${"<td>一、内容</td>".repeat(50)}</tr></table></div></body></html>`;
    const over = parse(row, { format: "html", maxLines: 100 });
    expect(over.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.actual])).toEqual([["result-too-large", "110"]]);
    expect(parse(row, { format: "html", maxLines: 110 }).documents).toHaveLength(1);
    // A "<" that opens no tag is not counted: 40 tags here, and 40 comparisons.
    expect(parse(`<div id="zoom">${"<p>一、甲 < 乙</p>".repeat(20)}</div>`, { format: "html", maxLines: 42 }).documents).toHaveLength(1);
  });

  it("counts the lines a front end makes, in HTML and Markdown too", () => {
    const html = "<html><body><div id=\"zoom\"><p>一、总则</p><p>（一）内容。</p><p>（二）要求。</p></div></body></html>";
    expect(parse(html, { format: "html", maxLines: 2 }).diagnostics[0]?.code).toBe("result-too-large");
    expect(parse("# 标题\n\n一、总则\n\n（一）内容。\n", { format: "markdown", maxLines: 2 }).diagnostics[0]?.code).toBe("result-too-large");
  });
});

describe("the input size limit", () => {
  const text = "一、总则\n（一）内容。\n"; // 30 bytes of UTF-8
  const bytes = new TextEncoder().encode(text);

  it("is 64 MiB by default", () => {
    expect(DEFAULT_MAX_INPUT_BYTES).toBe(64 * 1024 * 1024);
  });

  it("parses an input of exactly the limit, and refuses one byte more with input-too-large", () => {
    const at = parse(bytes, { maxInputBytes: bytes.length });
    expect(at.documents.length).toBe(1);
    expect(at.source.bytes).toBe(bytes.length);
    const over = parse(bytes, { maxInputBytes: bytes.length - 1, name: "x.txt" });
    expect(over.documents).toEqual([]);
    expect(over.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.actual, diagnostic.expected])).toEqual([
      ["input-too-large", "error", String(bytes.length), `<= ${bytes.length - 1}`],
    ]);
    expect(over.source).toMatchObject({ encoding: "undecoded", bytes: bytes.length, length: 0, sha256: sha256(bytes), name: "x.txt" });
    expect(violations(over, "", false)).toEqual([]);
  });

  it("measures a string by its UTF-8 bytes", () => {
    const over = parse(text, { maxInputBytes: text.length });
    expect(text.length).toBeLessThan(bytes.length);
    expect(over.diagnostics[0]?.code).toBe("input-too-large");
    expect(over.source.sha256).toBe(sha256(bytes));
  });

  it("parseFile hashes a file over the limit without parsing it", async () => {
    const over = await parseFile(join(root, SEED_000), { maxInputBytes: 1024 });
    const file = readFileSync(join(root, SEED_000));
    expect(over.source).toMatchObject({ encoding: "undecoded", bytes: file.length, sha256: sha256(file), name: "luoyang-jiyuan-33-measures.txt" });
    expect(over.diagnostics[0]?.code).toBe("input-too-large");
  });

  it("--max-input-bytes on the CLI: parse reports, check fails, a bad size is a usage error", () => {
    const parsed = spawnSync(process.execPath, [CLI, "parse", SEED_000, "--max-input-bytes", "1K"], { cwd: root, encoding: "utf8" });
    expect(parsed.status).toBe(0);
    expect(JSON.parse(parsed.stdout).diagnostics[0].code).toBe("input-too-large");
    const checked = spawnSync(process.execPath, [CLI, "check", SEED_000, "--max-input-bytes", "1024"], { cwd: root, encoding: "utf8" });
    expect(checked.status).toBe(1);
    expect(checked.stdout).toContain("input-too-large");
    for (const bad of ["1Q", "0", "-5", "lots"]) {
      const run = spawnSync(process.execPath, [CLI, "parse", SEED_000, "--max-input-bytes", bad], { cwd: root, encoding: "utf8" });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("--max-input-bytes must be a size");
    }
  });

  it("dataset gives a file over the limit one input-too-large row and goes on", () => {
    const dir = mkdtempSync(join(tmpdir(), "gongbao-limit-"));
    writeFileSync(join(dir, "big.txt"), "一、总则\n".repeat(1000));
    writeFileSync(join(dir, "small.txt"), "一、总则\n");
    const out = join(dir, "out");
    const run = spawnSync(process.execPath, [CLI, "dataset", dir, "--out", out, "--max-input-bytes", "2K"], { cwd: root, encoding: "utf8", env: { ...process.env, CI: "1" } });
    expect(run.status, run.stderr).toBe(0);
    const rows = readFileSync(join(out, "diagnostics.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line));
    expect(rows.filter((row) => row.code === "input-too-large").map((row) => row.file)).toEqual(["big.txt"]);
    expect(readFileSync(join(out, "documents.jsonl"), "utf8")).toContain("small.txt");
  });
});

describe("deep nesting: explicit stacks, no recursion limit", () => {
  const DEPTH = 50_000;
  const LADDER = ["第一编", "第一章", "第一节", "第一条", "一、", "（一）", "1.", "（1）", "①"];
  it.each([
    ["text: 50,000 numbered lines cycling through every marker kind", Array.from({ length: DEPTH }, (_, i) => `${LADDER[i % LADDER.length]}文字`).join("\n"), "text"],
    ["HTML: 50,000 nested <div>", `<html><body>${"<div>".repeat(DEPTH)}<p>一、总则</p>${"</div>".repeat(DEPTH)}</body></html>`, "html"],
    ["HTML: 20,000 unclosed <div><p>", `<html><body>${"<div><p>一、深".repeat(20_000)}</body></html>`, "html"],
    ["Markdown: 50,000 nested block quotes", `${">".repeat(DEPTH)} 一、总则\n`, "markdown"],
    ["Markdown: 50,000 nested list items", `${"- ".repeat(DEPTH)}项\n`, "markdown"],
    ["Markdown: 20,000 nested emphasis", `${"*a ".repeat(20_000)}b${" a*".repeat(20_000)}\n`, "markdown"],
  ] as const)("%s", (_, input, format) => {
    const result = parse(input, { format });
    expect(violations(result, input, format === "text")).toEqual([]);
    expect(() => JSON.stringify(result)).not.toThrow();
    const expected = { markdown: "markdown-read-as-text", html: "html-too-deep", text: undefined }[format];
    if (expected !== undefined) expect(result.diagnostics.some((diagnostic) => diagnostic.code === expected)).toBe(true);
  }, 60_000);
});
