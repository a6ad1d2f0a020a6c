import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COLUMNS } from "../../src/dataset/columns.js";
import { descriptor } from "../../src/dataset/descriptor.js";
import { ENTITIES, rowsOf } from "../../src/dataset/rows.js";
import { parse } from "../../src/parse.js";
import { generateJsonSchema } from "../../src/schema/json-schema.js";
import { SEED_003, readBytes, root } from "../helpers.js";

const CLI = join(root, "dist/cli.js");

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: "utf8", input, env: { ...process.env, CI: "true", ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A folder of inputs: the seeds, the fixtures, a nested folder, an empty file and a dangling link. */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "gongbao-dataset-"));
  cpSync(join(root, "seeds"), join(dir, "seeds"), { recursive: true });
  cpSync(join(root, "fixtures"), join(dir, "fixtures"), { recursive: true, filter: (path) => !path.endsWith(".json") });
  mkdirSync(join(dir, "nested", "deeper"), { recursive: true });
  writeFileSync(join(dir, "nested", "deeper", "empty.txt"), "");
  symlinkSync(join(dir, "missing-target.txt"), join(dir, "nested", "dangling.txt"));
  return dir;
}

const readLines = (path: string) => readFileSync(path, "utf8").trim().split("\n").map((line) => JSON.parse(line));

describe("rows", () => {
  const result = parse(readBytes(SEED_003));
  const rows = rowsOf(result, "luoyang-gazette-2025-02", "luoyang-gazette-2025-02.txt");

  it("gives stable ids that link rows to their document and file", () => {
    expect(rows.tasks).toHaveLength(147);
    expect(rows.tasks[146]).toMatchObject({ id: "luoyang-gazette-2025-02#doc4/task147", document_id: "luoyang-gazette-2025-02#doc4", file: "luoyang-gazette-2025-02.txt", number: 147 });
    expect(rows.outlets[0]).toMatchObject({ id: "luoyang-gazette-2025-02#doc5/att1/outlet1", document_id: "luoyang-gazette-2025-02#doc5/att1" });
    expect(rows.documents.find((row) => row.id === "luoyang-gazette-2025-02#doc5/att1")?.parent_id).toBe("luoyang-gazette-2025-02#doc5");
    expect(rows.contents.map((row) => row.document_id)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `luoyang-gazette-2025-02#doc${n}`));
  });

  it("keeps lists as arrays", () => {
    expect(rows.tasks[18]?.responsible_units).toEqual(["市工信局", "市人社局", "市科技局", "市政府办公室（金融）", "各县区政府"]);
    expect(rows.tasks[18]?.responsible_units_raw).toEqual(["市工信局", "人社局", "科技局", "市政府办公室（金融）", "各县区政府"]);
  });

  it("fills exactly the columns each entity declares", () => {
    for (const entity of ENTITIES) {
      for (const row of rows[entity]) expect(Object.keys(row).sort()).toEqual(COLUMNS[entity].map((column) => column.name).sort());
    }
  });
});

describe("datapackage.json", () => {
  it("derives field types from the JSON Schema", () => {
    const json = descriptor(generateJsonSchema() as Parameters<typeof descriptor>[0], "jsonl", "0.0.0") as { resources: Array<{ name: string; schema: { fields: Array<{ name: string; type: string; constraints?: { enum: string[] } }> } }> };
    const fields = (entity: string) => Object.fromEntries((json.resources.find((r) => r.name === entity)?.schema.fields ?? []).map((f) => [f.name, f]));
    expect(fields("tasks").number?.type).toBe("integer");
    expect(fields("tasks").lead_units?.type).toBe("array");
    expect(fields("documents").date?.type).toBe("date");
    expect(fields("documents").kind?.constraints?.enum).toContain("decree");
    expect(fields("diagnostics").severity?.constraints?.enum).toEqual(["error", "warning", "info"]);
    const csv = descriptor(generateJsonSchema() as Parameters<typeof descriptor>[0], "csv", "0.0.0") as typeof json;
    expect(csv.resources.find((r) => r.name === "tasks")?.schema.fields.find((f) => f.name === "lead_units")?.type).toBe("string");
  });
});

describe("gongbao dataset (built by pretest)", () => {
  const dir = corpus();

  it("writes one JSON Lines file per entity and a datapackage.json", () => {
    const out = join(dir, "out-jsonl");
    const { code, stdout } = run(["dataset", dir, "--out", out, "--jobs", "2"]);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...ENTITIES.map((entity) => `${entity}.jsonl`), "datapackage.json"].sort());
    const tasks = readLines(join(out, "tasks.jsonl"));
    expect(tasks.filter((row) => row.file === "seeds/luoyang-gazette-2025-02.txt")).toHaveLength(147);
    expect(tasks.find((row) => row.id === "seeds/luoyang-gazette-2025-02.txt#doc4/task86")?.lead_units).toEqual(["市商务局", "市人社局", "团委", "国晟集团"]);
    const documents = readLines(join(out, "documents.jsonl"));
    const measures = readLines(join(out, "measures.jsonl"));
    for (const measure of measures) expect(documents.some((doc) => doc.id === measure.document_id)).toBe(true);
    expect(stdout).toMatch(/files .* documents/);
  });

  it("skips unreadable files and files with no document with a diagnostic row", () => {
    const out = join(dir, "out-skip");
    expect(run(["dataset", dir, "--out", out, "--jobs", "2"]).code).toBe(0);
    const diagnostics = readLines(join(out, "diagnostics.jsonl"));
    expect(diagnostics.find((row) => row.file === "nested/dangling.txt")).toMatchObject({ code: "unreadable-file", severity: "error" });
    expect(diagnostics.find((row) => row.file === "nested/deeper/empty.txt" && row.code === "no-documents")).toBeDefined();
    expect(readLines(join(out, "documents.jsonl")).some((row) => row.file === "nested/deeper/empty.txt")).toBe(false);
  });

  it("writes byte-identical files whatever the number of jobs", () => {
    const one = join(dir, "out-1");
    const two = join(dir, "out-2");
    expect(run(["dataset", dir, "--out", one, "--jobs", "1", "--to", "csv"]).code).toBe(0);
    expect(run(["dataset", dir, "--out", two, "--jobs", "2", "--to", "csv"]).code).toBe(0);
    for (const name of readdirSync(one)) expect(readFileSync(join(two, name)), name).toEqual(readFileSync(join(one, name)));
  });

  it("joins lists into cells in CSV, with a header row", () => {
    const out = join(dir, "out-csv");
    run(["dataset", join(dir, "seeds"), "--out", out, "--to", "csv"]);
    const lines = readFileSync(join(out, "tasks.csv"), "utf8").split("\n");
    expect(lines[0]).toBe(COLUMNS.tasks.map((column) => column.name).join(","));
    expect(lines.find((line) => line.startsWith("luoyang-gazette-2025-02.txt#doc4/task19,"))).toContain("市工信局|市人社局|市科技局|市政府办公室（金融）|各县区政府");
  });

  it("writes JSON arrays with --to json", () => {
    const out = join(dir, "out-json");
    run(["dataset", join(dir, "seeds"), "--out", out, "--to", "json"]);
    // Seed 003 as text and as PDF: 24 + 30 articles from each.
    const articles = JSON.parse(readFileSync(join(out, "articles.json"), "utf8")) as Array<{ file: string }>;
    expect(articles.filter((row) => row.file === "luoyang-gazette-2025-02.txt")).toHaveLength(54);
    expect(articles.filter((row) => row.file === "luoyang-gazette-2025-02.pdf")).toHaveLength(54);
    expect(JSON.parse(readFileSync(join(out, "issues.json"), "utf8"))).toHaveLength(2);
    const tasks = JSON.parse(readFileSync(join(out, "tasks.json"), "utf8")) as Array<{ id: string; file: string; line: number }>;
    expect(tasks.filter((row) => row.file === "luoyang-gazette-2025-02.pdf")).toHaveLength(147);
    expect(tasks.find((row) => row.id === "luoyang-gazette-2025-02.pdf#doc4/task147")).toBeDefined();
  });

  it("leaves no temporary files behind", () => {
    const out = join(dir, "out-clean");
    run(["dataset", join(dir, "seeds"), "--out", out]);
    expect(readdirSync(out).filter((name) => name.startsWith("."))).toEqual([]);
  });

  it("prints plain progress lines when not on a terminal and not in CI", () => {
    const out = join(dir, "out-progress");
    const { stderr } = run(["dataset", join(dir, "seeds"), "--out", out], undefined, { CI: "" });
    // Two texts, two PDFs and the README.
    expect(stderr).toMatch(/files 5\/5 \(100%\)/);
    expect(run(["dataset", join(dir, "seeds"), "--out", out]).stderr).toBe("");
  });

  it("prints no warning in a run of 60 files (no listener left behind on each wait for the disk)", () => {
    const input = join(dir, "many");
    mkdirSync(input);
    const text = readFileSync(join(root, SEED_003));
    for (let index = 0; index < 60; index++) writeFileSync(join(input, `issue-${index}.txt`), text);
    const { code, stderr } = run(["dataset", input, "--out", join(dir, "out-many"), "--jobs", "2"]);
    expect(code).toBe(0);
    expect(stderr).not.toContain("MaxListenersExceededWarning");
    expect(stderr).toBe("");
  });

  it("exits 2 on usage errors", () => {
    expect(run(["dataset", "no-such-folder", "--out", join(dir, "x")]).code).toBe(2);
    expect(run(["dataset", dir]).code).toBe(2);
    expect(run(["dataset", dir, "--out", join(dir, "y"), "--jobs", "0"]).code).toBe(2);
    expect(run(["dataset", dir, "--out", join(dir, "y"), "--to", "xlsx"]).code).toBe(2);
  });
});

describe("gongbao parse --jsonl", () => {
  it("answers one line per request, in order, by text or by path", () => {
    const input = [
      JSON.stringify({ id: "a", text: "第一条 甲。\n第二条 乙。" }),
      JSON.stringify({ id: "b", path: join(root, "seeds/luoyang-jiyuan-33-measures.txt") }),
      "not json",
      JSON.stringify({ id: "d", path: "no/such/file.txt" }),
      JSON.stringify({ id: "e" }),
    ].join("\n");
    const { code, stdout } = run(["parse", "--jsonl"], `${input}\n`);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(["a", "b", null, "d", "e"]);
    expect(lines[0].result.documents[0].articles).toHaveLength(2);
    expect(lines[1].result.documents[0].attachments[0].measures).toHaveLength(33);
    expect(lines[2].error).toMatch(/not valid JSON/);
    expect(lines[3].error).toMatch(/cannot read/);
    expect(lines[4].error).toMatch(/expected "text" or "path"/);
  });
});

describe("runDataset", () => {
  it("reports a file whose worker crashed as a parse-failed row and carries on", async () => {
    const { runDataset } = await import("../../src/dataset/run.js");
    const dir = mkdtempSync(join(tmpdir(), "gongbao-crash-"));
    for (const name of ["a.txt", "b-crash.txt", "c.txt", "d-crash.txt", "e.txt"]) writeFileSync(join(dir, name), "第一条 甲。");
    const out = join(dir, "out");
    const summary = await runDataset([dir], {
      out,
      format: "jsonl",
      jobs: 2,
      progress: "silent",
      version: "0.0.0",
      schema: generateJsonSchema() as Parameters<typeof runDataset>[1]["schema"],
      log: () => {},
      workerUrl: new URL("./crashing-worker.mjs", import.meta.url),
    });
    expect(summary.files).toBe(5);
    expect(summary.skipped).toBe(2);
    const rows = readLines(join(out, "diagnostics.jsonl"));
    expect(rows.map((row) => [row.file, row.code])).toEqual([
      ["b-crash.txt", "parse-failed"],
      ["d-crash.txt", "parse-failed"],
    ]);
  });
});
