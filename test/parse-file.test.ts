import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { NotRegularFileError, parseFile, readBounded } from "../src/parse-file.js";

const scratch = () => mkdtempSync(join(tmpdir(), "gongbao-read-"));
const LIMIT = 64 * 1024;
const writers: ChildProcess[] = [];

/** A FIFO with a writer that keeps it open and writes lines without end. */
function endlessFifo(dir: string): { path: string; writer: ChildProcess } {
  const path = join(dir, "endless.txt");
  expect(spawnSync("mkfifo", [path]).status).toBe(0);
  const writer = spawn("sh", ["-c", `yes 一、测试内容 > '${path}'`], { stdio: "ignore" });
  return { path, writer };
}

afterEach(() => {
  for (const writer of writers.splice(0)) writer.kill("SIGKILL");
});

describe("readBounded", () => {
  it("reads a small regular file whole, whatever its size says", async () => {
    const path = join(scratch(), "a.txt");
    writeFileSync(path, "第一条 甲。");
    const read = await readBounded(path, LIMIT);
    expect(read).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(read as Uint8Array).toString("utf8")).toBe("第一条 甲。");
  });

  it("reads a file of exactly the limit, and stops one byte over it", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "at.txt"), Buffer.alloc(LIMIT, 0x61));
    writeFileSync(join(dir, "over.txt"), Buffer.alloc(LIMIT * 3, 0x61));
    expect(((await readBounded(join(dir, "at.txt"), LIMIT)) as Uint8Array).byteLength).toBe(LIMIT);
    // A regular file's size is known: it is hashed whole, never held in memory.
    expect(await readBounded(join(dir, "over.txt"), LIMIT)).toMatchObject({ bytes: LIMIT * 3, sha256: createHash("sha256").update(Buffer.alloc(LIMIT * 3, 0x61)).digest("hex"), exact: true });
  });

  it("stops /dev/zero at limit + 1 bytes", async () => {
    expect(await readBounded("/dev/zero", LIMIT)).toMatchObject({ bytes: LIMIT + 1, exact: false });
  });

  it("stops a symbolic link to /dev/zero at limit + 1 bytes", async () => {
    const link = join(scratch(), "zero.txt");
    symlinkSync("/dev/zero", link);
    expect(await readBounded(link, LIMIT)).toMatchObject({ bytes: LIMIT + 1, exact: false });
  });

  it("stops a FIFO whose writer never stops at limit + 1 bytes", async () => {
    const { path, writer } = endlessFifo(scratch());
    writers.push(writer);
    expect(await readBounded(path, LIMIT)).toMatchObject({ bytes: LIMIT + 1, exact: false });
  }, 10_000);

  it("with regularOnly, refuses a FIFO that has no writer at once, and /dev/zero", async () => {
    const dir = scratch();
    const fifo = join(dir, "quiet.txt");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    await expect(readBounded(fifo, LIMIT, { regularOnly: true })).rejects.toBeInstanceOf(NotRegularFileError);
    await expect(readBounded("/dev/zero", LIMIT, { regularOnly: true })).rejects.toMatchObject({ kind: "a character device" });
  }, 10_000);
});

describe("parseFile", () => {
  it("gives input-too-large for /dev/zero, saying that reading stopped", async () => {
    const result = await parseFile("/dev/zero", { maxInputBytes: LIMIT });
    expect(result.source).toMatchObject({ encoding: "undecoded", bytes: LIMIT + 1 });
    expect(result.diagnostics.map((d) => [d.code, d.actual])).toEqual([["input-too-large", `> ${LIMIT}`]]);
  });

  it("keeps the size of a regular file over the limit in the diagnostic", async () => {
    const path = join(scratch(), "big.txt");
    writeFileSync(path, Buffer.alloc(LIMIT * 2, 0x61));
    const result = await parseFile(path, { maxInputBytes: LIMIT });
    expect(result.diagnostics.map((d) => [d.code, d.actual])).toEqual([["input-too-large", String(LIMIT * 2)]]);
  });
});
