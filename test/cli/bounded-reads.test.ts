import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { root } from "../helpers.js";

const CLI = join(root, "dist/cli.js");
/** Every run here must end well within this; on an unbounded read it is killed and the test fails. */
const TIMEOUT = 15_000;
const LIMIT = "256K";
const writers: ChildProcess[] = [];

afterEach(() => {
  for (const writer of writers.splice(0)) writer.kill("SIGKILL");
});

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: "utf8", input, timeout: TIMEOUT, killSignal: "SIGKILL", env: { ...process.env, CI: "1", NO_COLOR: "1" } });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** The inputs that never end: /dev/zero, a link to it, a FIFO whose writer keeps writing, and a link to that. */
function endlessInputs(): { dir: string; paths: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), "gongbao-endless-"));
  const fifo = join(dir, "fifo.txt");
  expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
  symlinkSync("/dev/zero", join(dir, "zero-link.txt"));
  symlinkSync(fifo, join(dir, "fifo-link.txt"));
  return { dir, paths: { "/dev/zero": "/dev/zero", "a link to /dev/zero": join(dir, "zero-link.txt"), "a FIFO": fifo, "a link to a FIFO": join(dir, "fifo-link.txt") } };
}

/** Start a writer that keeps `fifo` open and writes to it without end (stopped after each test). */
function feed(fifo: string): void {
  writers.push(spawn("sh", ["-c", `yes 一、测试内容 > '${fifo}'`], { stdio: "ignore" }));
}

const { dir, paths } = endlessInputs();
const fifo = paths["a FIFO"] as string;

describe.each(Object.entries(paths))("an input that never ends: %s", (_name, path) => {
  const feedIfFifo = () => {
    if (path.includes("fifo")) feed(fifo);
  };

  it("parse stops at the limit and reports input-too-large", () => {
    feedIfFifo();
    const { code, signal, stdout } = run(["parse", path, "--max-input-bytes", LIMIT]);
    expect(signal).toBeNull();
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.source.bytes).toBe(256 * 1024 + 1);
    expect(result.diagnostics.map((d: { code: string }) => d.code)).toEqual(["input-too-large"]);
  });

  it("check stops at the limit and reports input-too-large (exit 1)", () => {
    feedIfFifo();
    const { code, signal, stdout } = run(["check", path, "--max-input-bytes", LIMIT]);
    expect(signal).toBeNull();
    expect(code).toBe(1);
    expect(stdout).toContain("input-too-large");
  });

  it("a path request of parse --jsonl stops at the limit; the next request is answered", () => {
    feedIfFifo();
    const input = `${JSON.stringify({ id: "endless", path })}\n${JSON.stringify({ id: "next", text: "第一条 甲。" })}\n`;
    const { code, signal, stdout } = run(["parse", "--jsonl", "--max-input-bytes", LIMIT], input);
    expect(signal).toBeNull();
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(["endless", "next"]);
    expect(lines[0].result.diagnostics[0].code).toBe("input-too-large");
    expect(lines[1].result.documents).toHaveLength(1);
  });
});

describe("dataset over a folder holding inputs that never end", () => {
  it("skips every file that is not a regular file, with a row saying why, and reads the others", () => {
    // No writer: the FIFO must be skipped without being opened for a read that would wait.
    const input = join(dir, "tree");
    mkdirSync(input);
    symlinkSync("/dev/zero", join(input, "zero.txt"));
    symlinkSync(fifo, join(input, "fifo.txt"));
    expect(spawnSync("mkfifo", [join(input, "own-fifo.md")]).status).toBe(0);
    symlinkSync(join(root, "seeds/luoyang-jiyuan-33-measures.txt"), join(input, "measures.txt"));
    const out = join(dir, "out");
    const { code, signal } = run(["dataset", input, "--out", out, "--jobs", "2"]);
    expect(signal).toBeNull();
    expect(code).toBe(0);
    const rows = readFileSync(join(out, "diagnostics.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line));
    const skipped = rows.filter((row) => row.id.endsWith("#file")).map((row) => [row.file, row.code, row.message]);
    expect(skipped).toEqual([
      ["fifo.txt", "unreadable-file", expect.stringContaining("not a regular file (a FIFO)")],
      ["own-fifo.md", "unreadable-file", expect.stringContaining("not a regular file (a FIFO)")],
      ["zero.txt", "unreadable-file", expect.stringContaining("not a regular file (a character device)")],
    ]);
    const documents = readFileSync(join(out, "documents.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line));
    expect(documents.some((row) => row.file === "measures.txt")).toBe(true);
  });

  it("skips /dev/zero given by name", () => {
    const out = join(dir, "out-named");
    const { code, signal } = run(["dataset", "/dev/zero", "--out", out]);
    expect(signal).toBeNull();
    expect(code).toBe(0);
    expect(readFileSync(join(out, "diagnostics.jsonl"), "utf8")).toContain("not a regular file (a character device)");
  });
});
