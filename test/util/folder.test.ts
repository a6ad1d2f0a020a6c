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
});
