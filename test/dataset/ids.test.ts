import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ENTITIES } from "../../src/dataset/rows.js";
import { SEED_000, SEED_003, root } from "../helpers.js";

const CLI = join(root, "dist/cli.js");

/**
 * Names that collide once the extension or the root is dropped: `a.txt`,
 * `a.md`, `a.text` in one folder, and `x.txt` in two roots.
 */
function collisions(): string {
  const dir = mkdtempSync(join(tmpdir(), "gongbao-ids-"));
  const seed003 = readFileSync(join(root, SEED_003));
  const seed000 = readFileSync(join(root, SEED_000));
  mkdirSync(join(dir, "coll", "a"), { recursive: true });
  mkdirSync(join(dir, "coll", "b"));
  writeFileSync(join(dir, "coll", "a", "x.txt"), seed003);
  writeFileSync(join(dir, "coll", "b", "x.txt"), seed003);
  for (const name of ["a.txt", "a.md", "a.text"]) writeFileSync(join(dir, "coll", "a", name), seed000);
  return dir;
}

function dataset(dir: string, inputs: string[], out: string) {
  const result = spawnSync(process.execPath, [CLI, "dataset", ...inputs, "--out", join(dir, out), "--jobs", "2"], { cwd: dir, encoding: "utf8", env: { ...process.env, CI: "1" } });
  expect(result.status, `${result.signal ?? ""} ${result.stderr}`).toBe(0);
  return Object.fromEntries(
    ENTITIES.map((entity) => {
      const text = readFileSync(join(dir, out, `${entity}.jsonl`), "utf8").trim();
      return [entity, text === "" ? [] : text.split("\n").map((line) => JSON.parse(line) as Record<string, unknown>)];
    }),
  ) as Record<(typeof ENTITIES)[number], Array<Record<string, unknown>>>;
}

const duplicates = (values: unknown[]) => values.filter((value, index) => values.indexOf(value) !== index);

describe("dataset ids", () => {
  const dir = collisions();

  describe.each([
    ["two roots", ["coll/a", "coll/b"]],
    ["their parent", ["coll"]],
    ["files named one by one", ["coll/a/a.txt", "coll/a/a.md", "coll/a/a.text", "coll/a/x.txt", "coll/b/x.txt"]],
    ["overlapping roots", ["coll", "coll/a", "coll/b/x.txt"]],
  ])("given %s", (name, inputs) => {
    let rows: ReturnType<typeof dataset>;
    beforeAll(() => {
      rows = dataset(dir, inputs, `out-${name.replaceAll(" ", "-")}`);
    }, 60_000);

    it("reads every file once", () => {
      expect(rows.issues).toHaveLength(2);
      expect(new Set(rows.documents.map((row) => row.file)).size).toBe(5);
    });

    it.each(ENTITIES.map((entity) => [entity]))("are unique in %s, the primary key", (entity) => {
      expect(rows[entity].length).toBeGreaterThan(entity === "tables" || entity === "issues" ? 1 : 0);
      expect(duplicates(rows[entity].map((row) => row.id))).toEqual([]);
    });

    it("link every row to a document that exists", () => {
      const documents = new Set(rows.documents.map((row) => row.id));
      for (const entity of ENTITIES) for (const row of rows[entity]) if (typeof row.document_id === "string") expect(documents.has(row.document_id), `${entity} ${String(row.id)}`).toBe(true);
    });
  });

  it("keep the extension and the folder that tells two roots apart", () => {
    const rows = dataset(dir, ["coll/a", "coll/b"], "out-names");
    expect([...new Set(rows.documents.map((row) => row.file))]).toEqual(["a/a.md", "a/a.text", "a/a.txt", "a/x.txt", "b/x.txt"]);
    expect(rows.tasks[0]?.id).toBe("a/x.txt#doc4/task1");
    expect(rows.tasks.at(-1)?.id).toBe("b/x.txt#doc4/task147");
  });

  it("are the same on every run", () => {
    dataset(dir, ["coll/a", "coll/b"], "out-again-1");
    dataset(dir, ["coll/a", "coll/b"], "out-again-2");
    for (const entity of ENTITIES) expect(readFileSync(join(dir, "out-again-2", `${entity}.jsonl`))).toEqual(readFileSync(join(dir, "out-again-1", `${entity}.jsonl`)));
  });
});
