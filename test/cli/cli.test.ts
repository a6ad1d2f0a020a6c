import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SEED_000, SEED_003, root } from "../helpers.js";

const CLI = join(root, "dist/cli.js");

function run(...args: string[]) {
  return runWith({}, ...args);
}

function runWith(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("gongbao CLI (built by pretest)", () => {
  it("prints one file's JSON on stdout", () => {
    const { code, stdout } = run("parse", SEED_000);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.source.name).toBe("luoyang-jiyuan-33-measures.txt");
    expect(result.documents).toHaveLength(1);
    expect(stdout.split("\n")).toHaveLength(2);
  });

  it("gives the same bytes whatever the locale and time zone", () => {
    const reference = run("parse", SEED_003).stdout;
    for (const env of [{ LANG: "zh_CN.GB18030", LC_ALL: "zh_CN.GB18030", TZ: "Asia/Shanghai" }, { LANG: "C", LC_ALL: "C", TZ: "America/Los_Angeles" }]) {
      expect(runWith(env, "parse", SEED_003).stdout).toBe(reference);
    }
  });

  it("indents with --pretty", () => {
    expect(run("parse", SEED_000, "--pretty").stdout.split("\n").length).toBeGreaterThan(100);
  });

  it("writes one JSON per input with --out, and says on stderr where each went, with a summary", () => {
    const dir = mkdtempSync(join(tmpdir(), "gongbao-"));
    const { code, stdout, stderr } = run("parse", SEED_003, SEED_000, "--out", dir);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(readdirSync(dir).sort()).toEqual(["luoyang-gazette-2025-02.json", "luoyang-jiyuan-33-measures.json"]);
    expect(JSON.parse(readFileSync(join(dir, "luoyang-gazette-2025-02.json"), "utf8")).issue.serial).toBe(278);
    expect(stderr).toContain(`${SEED_003} → ${join(dir, "luoyang-gazette-2025-02.json")}`);
    expect(stderr).toContain("洛阳市人民政府公报");
    expect(stderr).toContain("documents: 6");
    expect(stderr).toContain(`2 results written to ${dir}`);
  });

  it.each([
    [["parse", "no/such/file.txt"], "no/such/file.txt"],
    [["parse", "seeds"], "seeds"],
  ])("exits 2 with one line naming the file for %j", (args, name) => {
    const { code, stderr, stdout } = run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain(name);
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it("exits 2 on usage errors", () => {
    expect(run("parse").code).toBe(2);
    expect(run("frobnicate").code).toBe(2);
    expect(run("parse", SEED_000, "--no-such-option").code).toBe(2);
  });

  it("prints the JSON Schema, the version and help", () => {
    const schema = JSON.parse(run("schema").stdout);
    expect(schema).toEqual(JSON.parse(readFileSync(join(root, "schema/gongbao.schema.json"), "utf8")));
    const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
    expect(run("--version").stdout.trim()).toBe(version);
    const help = run("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("parse");
  });
});
