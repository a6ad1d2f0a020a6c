import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../helpers.js";

const CLI = join(root, "dist/cli.js");

function requests(count: number): string {
  return Array.from({ length: count }, (_, index) => `${JSON.stringify({ id: index + 1, text: "第一条 甲。\n第二条 乙。" })}\n`).join("");
}

/** Run `parse --jsonl` with `input` on stdin and its stdout through `reader` (a shell command that may close the pipe early). */
function piped(input: string, reader: string) {
  const file = join(mkdtempSync(join(tmpdir(), "gongbao-jsonl-")), "requests.jsonl");
  writeFileSync(file, input);
  // PIPESTATUS[0] is gongbao's own exit code, whatever the reader did.
  const script = `"${process.execPath}" "${CLI}" parse --jsonl < '${file}' | ${reader}; exit \${PIPESTATUS[0]}`;
  return spawnSync("bash", ["-c", script], { cwd: root, encoding: "utf8", timeout: 20_000, killSignal: "SIGKILL" });
}

describe("parse --jsonl with a closed standard output", () => {
  it.each([
    ["3 requests, reader closes at once", 3, "head -c 0"],
    ["3 requests, reader takes one byte", 3, "head -c 1 > /dev/null"],
    ["2,000 requests, reader takes one line", 2000, "head -n 1 > /dev/null"],
  ])("%s: exit 0, no message", (_name, count, reader) => {
    const result = piped(requests(count), reader);
    expect(result.signal).toBeNull();
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("stops reading requests once nobody reads the answers", () => {
    // An endless request stream: the command must end on its own when the reader goes.
    const script = `yes '${JSON.stringify({ text: "第一条 甲。" })}' | "${process.execPath}" "${CLI}" parse --jsonl | head -n 2 > /dev/null; exit \${PIPESTATUS[1]}`;
    const result = spawnSync("bash", ["-c", script], { cwd: root, encoding: "utf8", timeout: 20_000, killSignal: "SIGKILL" });
    expect(result.signal).toBeNull();
    expect(result.status).toBe(0);
  });
});

describe("parse --jsonl blank lines", () => {
  it("answer every non-blank line, in order, and nothing for blank ones; default ids count every line", () => {
    const input = `\n${JSON.stringify({ text: "第一条 甲。" })}\n   \n\t\n${JSON.stringify({ id: "x", text: "第一条 乙。" })}\n\n${JSON.stringify({ text: "第一条 丙。" })}\n\n`;
    const result = spawnSync(process.execPath, [CLI, "parse", "--jsonl"], { cwd: root, encoding: "utf8", input });
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual([2, "x", 7]);
  });

  it("a CRLF blank line is blank too", () => {
    const input = `${JSON.stringify({ id: 1, text: "第一条 甲。" })}\r\n\r\n${JSON.stringify({ id: 2, text: "第一条 乙。" })}\r\n`;
    const result = spawnSync(process.execPath, [CLI, "parse", "--jsonl"], { cwd: root, encoding: "utf8", input });
    expect(result.stdout.trim().split("\n").map((line) => JSON.parse(line).id)).toEqual([1, 2]);
  });
});
