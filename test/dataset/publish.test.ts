import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { rename } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { Writable } from "node:stream";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { DatasetFileSystem } from "../../src/dataset/publish.js";
import { type DatasetOptions, runDataset } from "../../src/dataset/run.js";
import { ENTITIES } from "../../src/dataset/rows.js";
import { generateJsonSchema } from "../../src/schema/json-schema.js";
import { SEED_000, SEED_003, root } from "../helpers.js";

const WORKER = pathToFileURL(join(root, "dist/dataset-worker.js"));

/** Every file and folder under `dir` (hidden ones included) with its contents: what a run must leave as it was. */
function snapshot(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name).slice(dir.length + 1);
    entries[path] = entry.isFile() ? readFileSync(join(dir, path), "utf8") : "<folder>";
  }
  return entries;
}

/** A folder of inputs: both seeds. */
function inputs(): string {
  const dir = mkdtempSync(join(tmpdir(), "gongbao-atomic-"));
  mkdirSync(join(dir, "in"));
  for (const seed of [SEED_000, SEED_003]) writeFileSync(join(dir, "in", basename(seed)), readFileSync(join(root, seed)));
  return dir;
}

function options(out: string, fileSystem?: DatasetFileSystem): DatasetOptions {
  const base: DatasetOptions = {
    out,
    format: "jsonl",
    jobs: 1,
    progress: "silent",
    version: "0.0.0",
    schema: generateJsonSchema() as DatasetOptions["schema"],
    log: () => {},
    workerUrl: WORKER,
  };
  return fileSystem === undefined ? base : { ...base, fileSystem };
}

const noSpace = () => Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", syscall: "write" });

/** Node's file system, except that writing a file whose name ends with `name` fails after `after` bytes (a disk that fills up). */
function failingWrite(name: string, after = 0): DatasetFileSystem {
  return {
    rename,
    createWriteStream(path) {
      if (!path.endsWith(name)) return createWriteStream(path);
      let written = 0;
      return new Writable({
        write(chunk: Buffer, _encoding, callback) {
          written += chunk.byteLength;
          callback(written > after ? noSpace() : null);
        },
        final(callback) {
          callback(written > after ? noSpace() : null);
        },
      });
    },
  };
}

/** Node's file system, except that moving the file `name` into place fails. */
function failingRename(name: string): DatasetFileSystem {
  return {
    createWriteStream: (path) => createWriteStream(path),
    async rename(from, to) {
      if (basename(to) === name && !from.includes("previous") && !to.includes("previous")) throw Object.assign(new Error("EIO: i/o error, rename"), { code: "EIO", syscall: "rename" });
      await rename(from, to);
    },
  };
}

const NEW_FILES = [...ENTITIES.map((entity) => `${entity}.jsonl`), "datapackage.json"].sort();

describe("a dataset run is all or nothing", () => {
  it("writes every file, datapackage.json included, and nothing else", async () => {
    const dir = inputs();
    await runDataset([join(dir, "in")], options(join(dir, "out")));
    expect(readdirSync(join(dir, "out")).sort()).toEqual(NEW_FILES);
  });

  it.each([
    ["tasks.jsonl", 0],
    ["tasks.jsonl", 10_000],
    ["diagnostics.jsonl", 100],
    ["datapackage.json", 0],
  ])("a write of %s that fails (after %i bytes) leaves a new --out absent", async (name, after) => {
    const dir = inputs();
    const out = join(dir, "out", "deeper");
    await expect(runDataset([join(dir, "in")], options(out, failingWrite(name, after)))).rejects.toMatchObject({ code: "ENOSPC" });
    expect(readdirSync(dir).sort()).toEqual(["in"]);
  });

  it.each([["tasks.jsonl"], ["datapackage.json"]])("a write of %s that fails leaves a previous dataset exactly as it was", async (name) => {
    const dir = inputs();
    const out = join(dir, "out");
    await runDataset([join(dir, "in")], options(out));
    writeFileSync(join(out, "notes.txt"), "kept");
    const before = snapshot(out);
    await expect(runDataset([join(dir, "in")], { ...options(out, failingWrite(name, 100)), format: "jsonl" })).rejects.toMatchObject({ code: "ENOSPC" });
    expect(snapshot(out)).toEqual(before);
  });

  it.each([["issues.jsonl"], ["tasks.jsonl"], ["datapackage.json"]])("a move of %s into place that fails puts every file moved so far back", async (name) => {
    const dir = inputs();
    const out = join(dir, "out");
    // A previous run from one seed only, so the new files differ from the old ones.
    mkdirSync(join(dir, "one"));
    writeFileSync(join(dir, "one", "a.txt"), readFileSync(join(root, SEED_000)));
    await runDataset([join(dir, "one")], options(out));
    const before = snapshot(out);
    await expect(runDataset([join(dir, "in")], options(out, failingRename(name)))).rejects.toMatchObject({ code: "EIO" });
    expect(snapshot(out)).toEqual(before);
  });

  it("a run after a failed one replaces the previous dataset whole, with no temporary file left", async () => {
    const dir = inputs();
    const out = join(dir, "out");
    await expect(runDataset([join(dir, "in")], options(out, failingWrite("tasks.jsonl")))).rejects.toThrow();
    await runDataset([join(dir, "in")], options(out));
    await runDataset([join(dir, "in")], options(out));
    expect(readdirSync(out).sort()).toEqual(NEW_FILES);
    expect(readFileSync(join(out, "tasks.jsonl"), "utf8").trim().split("\n")).toHaveLength(147);
  });
});
