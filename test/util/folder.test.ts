import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createFolder } from "../../src/util/folder.js";

describe("createFolder", () => {
  it("removes the folders it created, innermost first, while they are empty", async () => {
    const base = mkdtempSync(join(tmpdir(), "gongbao-folder-"));
    const remove = await createFolder(join(base, "a", "b", "c"));
    expect(existsSync(join(base, "a", "b", "c"))).toBe(true);
    await remove();
    expect(existsSync(join(base, "a"))).toBe(false);
    expect(existsSync(base)).toBe(true);
  });

  it("keeps a folder that holds a file, and folders that existed before", async () => {
    const base = mkdtempSync(join(tmpdir(), "gongbao-folder-"));
    const remove = await createFolder(join(base, "a", "b"));
    writeFileSync(join(base, "a", "b", "kept.json"), "{}");
    await remove();
    expect(existsSync(join(base, "a", "b", "kept.json"))).toBe(true);
    const again = await createFolder(join(base, "a", "b"));
    await again();
    expect(existsSync(join(base, "a", "b"))).toBe(true);
  });

  // Node's recursive mkdir retries forever where mkdir of the leaf fails with ENOENT although the parent exists.
  it.runIf(existsSync("/proc/self"))("fails at once, with ENOENT, where the leaf cannot be made though its parent exists (/proc/x)", async () => {
    const started = Date.now();
    await expect(createFolder("/proc/gongbao-x")).rejects.toMatchObject({ code: "ENOENT" });
    await expect(createFolder("/proc/gongbao-x/y/z")).rejects.toMatchObject({ code: "ENOENT" });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("fails with ENOTDIR under a regular file, and creates nothing", async () => {
    const base = mkdtempSync(join(tmpdir(), "gongbao-folder-"));
    writeFileSync(join(base, "file"), "");
    await expect(createFolder(join(base, "file", "sub"))).rejects.toMatchObject({ code: "ENOTDIR" });
    await expect(createFolder(join(base, "file"))).rejects.toMatchObject({ code: "ENOTDIR" });
  });

  it("accepts a folder that already exists, and removes nothing of it", async () => {
    const base = mkdtempSync(join(tmpdir(), "gongbao-folder-"));
    await (await createFolder(base))();
    expect(existsSync(base)).toBe(true);
  });
});
