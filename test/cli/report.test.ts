import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SEED_003, root } from "../helpers.js";

const CLI = join(root, "dist/cli.js");

function run(args: string[], options: { cwd?: string; input?: string | Buffer } = {}) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? root, encoding: "utf8", input: options.input, env: { ...process.env, NO_COLOR: "1", CI: "true" }, maxBuffer: 1 << 28 });
}

describe("gongbao report", () => {
  it("writes NAME.report.html in the current folder and says where", () => {
    const folder = mkdtempSync(join(tmpdir(), "gongbao-report-cli-"));
    const result = run(["report", join(root, SEED_003)], { cwd: folder });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/→ luoyang-gazette-2025-02\.report\.html \(0 errors, 1 warning, \d+ info\)/);
    const page = readFileSync(join(folder, "luoyang-gazette-2025-02.report.html"), "utf8");
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(readdirSync(folder)).toEqual(["luoyang-gazette-2025-02.report.html"]);
  });

  it("needs nothing from the network: no external script, style, font or image", () => {
    const page = run(["report", SEED_003, "-o", "-"]).stdout;
    expect(page).not.toMatch(/\s(?:src|href)="(?:https?:)?\/\//);
    expect(page).not.toMatch(/@import|url\(/);
    expect(page).toContain(`Content-Security-Policy" content="default-src 'none'`);
  });

  it("writes to standard output with -o -, and reads standard input with --out", () => {
    const bytes = readFileSync(join(root, SEED_003));
    const result = run(["report", "-", "-o", "-"], { input: bytes });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("&lt;stdin&gt;");
    expect(result.stdout).toContain(`class="bg bg-task"`);
  });

  it("asks for --out when reading standard input", () => {
    const result = run(["report", "-"], { input: "第一条 内容。\n" });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("gongbao: report: reading standard input, give --out (a file, or - for standard output)\n");
  });

  it("fails with one line for a missing file and writes nothing", () => {
    const folder = mkdtempSync(join(tmpdir(), "gongbao-report-cli-"));
    const result = run(["report", "missing.txt", "-o", join(folder, "r.html")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("gongbao: missing.txt: no such file or directory\n");
    expect(existsSync(join(folder, "r.html"))).toBe(false);
  });

  it("accepts --input-format with a note, as the other commands do", () => {
    const result = run(["report", SEED_003, "--input-format", "text", "-o", "-", "-q"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("gongbao: warning: report --input-format is deprecated; use --from\n");
  });
});

describe("gongbao dataset --report", () => {
  it("writes index.html and a page per file, each link leading to a page", () => {
    const out = join(mkdtempSync(join(tmpdir(), "gongbao-report-ds-")), "out");
    const result = run(["dataset", "seeds", "fixtures/html", "--out", out, "--jobs", "2", "--report"]);
    expect(result.status).toBe(0);
    const index = readFileSync(join(out, "index.html"), "utf8");
    const links = [...index.matchAll(/<a href="([^"]+)">/g)].map((match) => decodeURIComponent(match[1] as string));
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) {
      const page = readFileSync(join(out, link), "utf8");
      expect(page).toContain(`<a href="${"../".repeat(link.split("/").length - 1)}index.html">index</a>`);
    }
    expect(links).toContain("report/seeds/luoyang-gazette-2025-02.txt.html");
    expect(readdirSync(out).filter((name) => name.startsWith("."))).toEqual([]);
  });

  it("writes no index without --report", () => {
    const out = join(mkdtempSync(join(tmpdir(), "gongbao-report-ds-")), "out");
    expect(run(["dataset", "seeds", "--out", out, "--jobs", "1"]).status).toBe(0);
    expect(existsSync(join(out, "index.html"))).toBe(false);
    expect(existsSync(join(out, "report"))).toBe(false);
  });
});
