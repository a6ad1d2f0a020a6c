import { spawn, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SEED_000, SEED_003, root } from "../helpers.js";

const CLI = join(root, "dist/cli.js");

function run(args: string[], options: { input?: string } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: "utf8", input: options.input, env: { ...process.env, NO_COLOR: "1" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One line on stderr, naming `name`, with no stack trace. */
function expectOneLine(stderr: string, name: string) {
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).toMatch(/^gongbao: /);
  expect(stderr).toContain(name);
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
}

/** Every file under a folder, hidden ones included. */
function filesUnder(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name) : [];
}

const scratch = () => mkdtempSync(join(tmpdir(), "gongbao-failures-"));
const asRoot = process.getuid?.() === 0;

/**
 * Permissions do not stop root. Run as root, the permission tests run the CLI
 * as `nobody` through runuser when the machine has it and `nobody` can read
 * the built CLI; otherwise (root with no way to drop privileges) they are skipped.
 */
const UNPRIVILEGED: string[] | null = (() => {
  if (!asRoot) return [];
  if (!existsSync("/usr/sbin/runuser") && !existsSync("/sbin/runuser")) return null;
  const probe = spawnSync("runuser", ["-u", "nobody", "--", process.execPath, "-e", `require("node:fs").accessSync(${JSON.stringify(CLI)})`], { cwd: "/" });
  return probe.status === 0 ? ["runuser", "-u", "nobody", "--"] : null;
})();

/** Run the CLI without privileges (see UNPRIVILEGED), with `root` as the working folder. */
function runUnprivileged(args: string[]) {
  const [command, ...prefix] = [...(UNPRIVILEGED ?? []), process.execPath];
  const result = spawnSync(command as string, [...prefix, CLI, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", CI: "1" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch folder others can enter (the unprivileged user must reach what is in it). */
function openScratch(): string {
  const dir = scratch();
  chmodSync(dir, 0o755);
  return dir;
}

describe("the CLI under bad conditions: one line, exit 2, nothing half-written", () => {
  describe.each([
    ["parse"],
    ["check"],
    ["dataset", "--out", "OUT"],
  ])("%s", (command, ...rest) => {
    const args = (path: string, out: string) => [command, path, ...rest.map((arg) => (arg === "OUT" ? out : arg))];

    it("a missing path", () => {
      const out = join(scratch(), "out");
      const { code, stderr, stdout } = run(args("no/such/file.txt", out));
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expectOneLine(stderr, "no/such/file.txt: no such file or directory");
      expect(existsSync(out)).toBe(false);
    });

    // check and dataset take folders.
    it.skipIf(command !== "parse")("a directory where a file is expected", () => {
      const { code, stderr } = run(args("seeds", join(scratch(), "out")));
      expect(code).toBe(2);
      expectOneLine(stderr, "seeds: is a directory, not a file");
    });
  });

  it.skipIf(UNPRIVILEGED === null)("an unreadable file (permissions)", () => {
    const dir = openScratch();
    const file = join(dir, "locked.txt");
    copyFileSync(join(root, SEED_000), file);
    chmodSync(file, 0o000);
    for (const command of ["parse", "check"]) {
      const { code, stderr } = runUnprivileged([command, file]);
      expect(code).toBe(2);
      expectOneLine(stderr, "locked.txt: permission denied");
    }
  });

  it.skipIf(process.platform !== "linux")("an unreadable file (a read fails with EIO)", () => {
    // /proc/self/mem stats as a file but fails every read from offset 0: unreadable even to root.
    for (const command of ["parse", "check"]) {
      const { code, stderr } = run([command, "/proc/self/mem"]);
      expect(code).toBe(2);
      expectOneLine(stderr, "/proc/self/mem: input/output error");
    }
  });

  it("an unwritable --out (a path through a regular file), for parse and dataset", () => {
    const dir = scratch();
    const blocker = join(dir, "file");
    writeFileSync(blocker, "not a folder");
    const parse = run(["parse", SEED_000, SEED_003, "--out", join(blocker, "out")]);
    expect(parse.code).toBe(2);
    expectOneLine(parse.stderr, "cannot create the output folder (a part of the path is not a directory)");
    const dataset = run(["dataset", "seeds", "--out", join(blocker, "out")]);
    expect(dataset.code).toBe(2);
    expectOneLine(dataset.stderr, "cannot write the dataset (a part of the path is not a directory)");
    expect(readdirSync(dir)).toEqual(["file"]);
  });

  it.skipIf(UNPRIVILEGED === null)("an --out folder that cannot be written into leaves no temporary files", () => {
    const dir = openScratch();
    const out = join(dir, "readonly");
    mkdirSync(out);
    chmodSync(out, 0o555);
    const parse = runUnprivileged(["parse", SEED_000, SEED_003, "--out", out]);
    expect(parse.code).toBe(2);
    expectOneLine(parse.stderr, "permission denied");
    const dataset = runUnprivileged(["dataset", "seeds", "--out", out]);
    expect(dataset.code).toBe(2);
    expectOneLine(dataset.stderr, "permission denied");
    chmodSync(out, 0o700);
    expect(filesUnder(out)).toEqual([]);
  });

  it.runIf(existsSync("/proc/self"))("an --out whose leaf cannot be made though its parent exists (/proc/x), for parse and dataset", () => {
    for (const args of [["parse", SEED_000, "--out", "/proc/gongbao-x"], ["dataset", SEED_000, "--out", "/proc/gongbao-x"], ["parse", SEED_000, SEED_003, "--out", "/proc/gongbao-x/y"]]) {
      const result = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: "utf8", timeout: 15_000, killSignal: "SIGKILL", env: { ...process.env, CI: "1" } });
      expect(result.signal, args.join(" ")).toBeNull();
      expect(result.status).toBe(2);
      expectOneLine(result.stderr, "/proc/gongbao-x");
      expect(result.stderr).toContain("no such file or directory");
    }
  });

  it("parse --out with a missing input writes nothing and creates no folder", () => {
    const out = join(scratch(), "new", "out");
    const { code, stderr } = run(["parse", SEED_000, "missing.txt", "--out", out]);
    expect(code).toBe(2);
    expectOneLine(stderr, "missing.txt: no such file or directory");
    expect(existsSync(join(out, ".."))).toBe(false);
  });

  it("parse --jsonl reports an unreadable path on its own line and goes on", () => {
    const input = `${JSON.stringify({ id: 1, path: "no/such.txt" })}\n${JSON.stringify({ id: 2, text: "一、总则" })}\n`;
    const { code, stdout } = run(["parse", "--jsonl"], { input });
    const lines = stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(JSON.stringify(lines[0])).toContain("no/such.txt: cannot read (no such file or directory)");
    expect(lines[1].result.documents.length).toBeGreaterThan(0);
    expect(code).toBe(0);
  });
});

describe("a closed standard output (| head)", () => {
  it.each([
    [["parse", SEED_003, "--pretty"], 0],
    [["schema"], 0],
    [["check", SEED_003, "fixtures/notice-task-fields.txt", "--level", "info"], null],
  ])("%j stops quietly with its own exit code", (args, expected) => {
    const full = run(args as string[]);
    // `head -c 1` closes the pipe after one byte; the CLI must not print an EPIPE stack.
    const piped = spawnSync("bash", ["-o", "pipefail", "-c", `"${process.execPath}" "${CLI}" ${(args as string[]).map((arg) => `'${arg}'`).join(" ")} | head -c 1 > /dev/null`], { cwd: root, encoding: "utf8" });
    expect(piped.stderr).toBe("");
    expect(piped.status).toBe(expected ?? full.code);
  });
});

describe("SIGINT during dataset", () => {
  it("stops with exit 130, one line, and no partial or temporary files", async () => {
    const dir = scratch();
    const input = join(dir, "in");
    mkdirSync(input);
    // Enough files that the run is still going when the signal comes.
    const text = readFileSync(join(root, SEED_003));
    for (let index = 0; index < 400; index++) writeFileSync(join(input, `issue-${index}.txt`), text);
    const out = join(dir, "out");
    const child = spawn(process.execPath, [CLI, "dataset", input, "--out", out, "--jobs", "1"], { cwd: root, env: { ...process.env, CI: "1" } });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    // Wait until the writers have opened their temporary files, then interrupt.
    for (let waited = 0; filesUnder(out).length === 0 && waited < 20_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    // The files are written in a staging folder inside --out.
    expect(readdirSync(out).some((name) => name.endsWith(".tmp"))).toBe(true);
    child.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => child.on("exit", (status) => resolve(status)));
    expect(code).toBe(130);
    expectOneLine(stderr, "interrupted (SIGINT); no dataset written");
    expect(filesUnder(out)).toEqual([]);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
