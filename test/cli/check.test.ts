import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES } from "../../src/diagnostics.js";
import { SEED_000, SEED_003, readText, root } from "../helpers.js";

const CLI = join(root, "dist/cli.js");

function run(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "", ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder holding seed 003 with task 50 deleted (a gap, a count error). */
function brokenIssue(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), "gongbao-check-"));
  const lines = readText(SEED_003).split("\n");
  const start = lines.findIndex((line) => line.startsWith("50."));
  const next = lines.findIndex((line) => line.startsWith("51."));
  const file = join(dir, "broken.txt");
  writeFileSync(file, [...lines.slice(0, start), ...lines.slice(next)].join("\n"));
  return { dir, file };
}

describe("gongbao check (built by pretest)", () => {
  it("exits 0 on both seeds", () => {
    const { code, stdout } = run(["check", SEED_003, SEED_000]);
    expect(code).toBe(0);
    expect(stdout).toContain("2 files: 0 errors");
  });

  it("exits 1 on errors, and prints file:line:col severity code message with a caret", () => {
    const { file } = brokenIssue();
    const { code, stdout } = run(["check", file]);
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    const at = lines.findIndex((line) => / error numbering-gap /.test(line));
    expect(lines[at]).toMatch(/^.+broken\.txt:\d+:1 error numbering-gap /);
    expect(lines[at + 1]).toMatch(/^ {2}51\./);
    expect(lines[at + 2]).toMatch(/^ {2}\^+$/);
    expect(stdout).not.toContain("\u001b[");
  });

  it("fails on warnings with --strict", () => {
    expect(run(["check", SEED_003]).code).toBe(0);
    expect(run(["check", "--strict", SEED_003]).code).toBe(1);
    expect(run(["check", "--strict", SEED_000]).code).toBe(0);
  });

  it("prints GitHub workflow commands that parse", () => {
    const { file } = brokenIssue();
    const { code, stdout } = run(["check", "--to", "github", file]);
    expect(code).toBe(1);
    const command = /^::(error|warning|notice) file=([^,:]+),line=(\d+),col=(\d+),endLine=(\d+)(?:,endColumn=(\d+))?,title=([a-z-]+)::(.+)$/;
    const lines = stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const match = command.exec(line);
      expect(match, line).not.toBeNull();
      expect(Object.keys(DIAGNOSTIC_CODES)).toContain(match?.[7]);
    }
    expect(lines.some((line) => line.startsWith("::error") && line.includes("title=numbering-gap"))).toBe(true);
    expect(lines.some((line) => line.includes("title=stated-count-mismatch"))).toBe(true);
  });

  it("prints SARIF 2.1.0 that holds together", () => {
    const { file } = brokenIssue();
    const sarif = JSON.parse(run(["check", "--to", "sarif", file]).stdout);
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    const [runLog] = sarif.runs;
    const rules = runLog.tool.driver.rules;
    expect(runLog.tool.driver.name).toBe("gongbao");
    expect(rules.map((rule: { id: string }) => rule.id)).toEqual(Object.keys(DIAGNOSTIC_CODES));
    expect(runLog.results.length).toBeGreaterThan(0);
    for (const result of runLog.results) {
      expect(rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(["error", "warning", "note"]).toContain(result.level);
      expect(result.message.text).toBeTypeOf("string");
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      expect(artifactLocation.uri).toMatch(/broken\.txt$/);
      if (region) {
        expect(region.startLine).toBeGreaterThanOrEqual(1);
        expect(region.startColumn).toBeGreaterThanOrEqual(1);
        expect(region.endLine).toBeGreaterThanOrEqual(region.startLine);
      }
    }
    expect(runLog.results.some((result: { ruleId: string; level: string }) => result.ruleId === "numbering-gap" && result.level === "error")).toBe(true);
  });

  it("prints JSON with counts of everything found", () => {
    const { file } = brokenIssue();
    const report = JSON.parse(run(["check", "--to", "json", file]).stdout);
    expect(report.counts.error).toBeGreaterThanOrEqual(2);
    expect(report.files[0].diagnostics.map((d: { code: string }) => d.code)).toEqual(expect.arrayContaining(["numbering-gap", "stated-count-mismatch"]));
  });

  it("reads gongbao.config.json, and a gongbao key in package.json, from the folder upward", () => {
    const { dir, file } = brokenIssue();
    writeFileSync(join(dir, "gongbao.config.json"), JSON.stringify({ rules: { "numbering-gap": "off", "stated-count-mismatch": "warning" } }));
    const relaxed = run(["check", "--to", "json", file], { cwd: dir });
    expect(relaxed.code).toBe(0);
    const codes = JSON.parse(relaxed.stdout).files[0].diagnostics.map((d: { code: string }) => d.code);
    expect(codes).not.toContain("numbering-gap");
    expect(run(["check", "--strict", file], { cwd: dir }).code).toBe(1);

    const other = brokenIssue();
    writeFileSync(join(other.dir, "package.json"), JSON.stringify({ name: "archive", gongbao: { rules: { "numbering-gap": "off", "stated-count-mismatch": "off" } } }));
    expect(run(["check", other.file], { cwd: other.dir }).code).toBe(0);
  });

  it("exits 2 with one line for a bad configuration, format or file", () => {
    const { dir, file } = brokenIssue();
    writeFileSync(join(dir, "gongbao.config.json"), JSON.stringify({ rules: { "no-such-rule": "off" } }));
    for (const args of [["check", file], ["check", "--to", "xml", SEED_000], ["check", "missing.txt"], ["check", "--config", "nope.json", SEED_000]]) {
      const { code, stderr } = run(args, { cwd: dir });
      expect(code, args.join(" ")).toBe(2);
      expect(stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  it("colours on a terminal, unless NO_COLOR is set; never when piped", () => {
    const { file } = brokenIssue();
    expect(run(["check", file]).stdout).not.toContain("\u001b[");
    // `script` gives the command a terminal, as a user's shell would.
    const onTerminal = (env: Record<string, string>) =>
      spawnSync("script", ["-qec", `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} check ${JSON.stringify(file)}`, "/dev/null"], {
        encoding: "utf8",
        env: { ...process.env, ...env },
      }).stdout;
    expect(onTerminal({ NO_COLOR: "" })).toContain("\u001b[31merror");
    expect(onTerminal({ NO_COLOR: "1" })).not.toContain("\u001b[");
  });
});
