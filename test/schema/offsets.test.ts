import { readFileSync, readdirSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { readAndParsePdf } from "../../src/parse-pdf.js";
import { parse } from "../../src/parse.js";
import { generateJsonSchema } from "../../src/schema/json-schema.js";
import { offsetsOf, withOffsets } from "../../src/schema/offsets.js";
import type { GongbaoResult, Position } from "../../src/schema/result.js";
import { corpus, readBytes, readText } from "../helpers.js";

// One validator per schema: a schema's $id is the same in its strict and published forms.
const compile = (schema: Record<string, unknown>) => new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const offsetsStrict = compile(generateJsonSchema({ strict: true, positions: "offsets" }));
const offsetsPublished = compile(generateJsonSchema({ positions: "offsets" }));
const fullStrict = compile(generateJsonSchema({ strict: true }));

/** Every position in a value, in walk order. */
function positions(value: unknown, out: Position[] = []): Position[] {
  if (Array.isArray(value)) for (const item of value) positions(item, out);
  else if (value !== null && typeof value === "object") {
    const keys = Object.keys(value);
    const { start, end } = value as Partial<Position>;
    if (keys.length === 2 && typeof start?.offset === "number" && typeof end?.offset === "number") out.push(value as Position);
    else for (const key of keys) positions((value as Record<string, unknown>)[key], out);
  }
  return out;
}

/** Every position of `full` next to what `compact` holds in its place; everything else must be equal. */
function pairs(full: unknown, compact: unknown, out: Array<[Position, unknown]> = []): Array<[Position, unknown]> {
  if (Array.isArray(full)) {
    expect(Array.isArray(compact) && compact.length === full.length).toBe(true);
    full.forEach((item, index) => pairs(item, (compact as unknown[])[index], out));
  } else if (full !== null && typeof full === "object") {
    if (positions(full).length === 1 && positions(full)[0] === full) out.push([full as Position, compact]);
    else {
      expect(Object.keys(compact as object)).toEqual(expect.arrayContaining(Object.keys(full)));
      for (const [key, item] of Object.entries(full)) pairs(item, (compact as Record<string, unknown>)[key], out);
    }
  } else expect(compact).toBe(full);
  return out;
}

const pages = (folder: string) => readdirSync(new URL(`../../fixtures/${folder}`, import.meta.url)).map((name) => `fixtures/${folder}/${name}`);

describe("withOffsets", () => {
  it.each([...corpus(), ...pages("html"), ...pages("markdown")])("writes every position of %s as [start, end], and validates against the offsets schema only", (path) => {
    const result = parse(readBytes(path), { name: path.split("/").pop() as string });
    const before = JSON.stringify(result);
    const compact = withOffsets(result);
    // The result itself is left as it was.
    expect(JSON.stringify(result)).toBe(before);
    expect(compact.source.positions).toBe("offsets");
    const found = pairs(result, compact);
    expect(found.length).toBe(positions(result).length);
    for (const [position, span] of found) expect(span).toEqual([position.start.offset, position.end.offset]);
    expect(offsetsStrict(compact), JSON.stringify(offsetsStrict.errors?.slice(0, 3))).toBe(true);
    expect(offsetsPublished(compact)).toBe(true);
    expect(fullStrict(compact)).toBe(false);
    expect(offsetsStrict(result)).toBe(false);
  });

  it("takes a third fewer characters of JSON on seed 003", () => {
    const result = parse(readText("seeds/luoyang-gazette-2025-02.txt"));
    const ratio = JSON.stringify(withOffsets(result)).length / JSON.stringify(result).length;
    expect(ratio).toBeLessThan(0.75);
  });

  it("gives the pages of a PDF's positions as [start, end, startPage, endPage]", async () => {
    const { result } = await readAndParsePdf(readBytes("seeds/luoyang-jiyuan-33-measures.pdf"));
    const compact = withOffsets(result);
    const found = pairs(result, compact);
    expect(found.length).toBeGreaterThan(100);
    for (const [position, span] of found) expect(span).toEqual([position.start.offset, position.end.offset, position.start.page, position.end.page]);
    expect(offsetsStrict(compact), JSON.stringify(offsetsStrict.errors?.slice(0, 3))).toBe(true);
  });

  it("leaves objects that only look like positions alone, and copies shared points once per place", () => {
    const point = { line: 1, column: 1, offset: 0 };
    const value = {
      position: { start: point, end: point },
      again: { start: point, end: point },
      hours: { start: "09:00", end: "17:00" },
      wider: { start: point, end: point, label: "x" },
    };
    expect(offsetsOf(value)).toEqual({ position: [0, 0], again: [0, 0], hours: { start: "09:00", end: "17:00" }, wider: { start: point, end: point, label: "x" } });
  });

  it("walks nesting deeper than the call stack allows", () => {
    let deep: unknown = { start: { line: 1, column: 1, offset: 3 }, end: { line: 1, column: 2, offset: 4 } };
    for (let level = 0; level < 100_000; level++) deep = { children: [deep] };
    let copy = offsetsOf(deep) as { children: unknown[] } | number[];
    for (let level = 0; level < 100_000; level++) copy = (copy as { children: unknown[] }).children[0] as typeof copy;
    expect(copy).toEqual([3, 4]);
  });

  it("is what the committed offsets schema says (run `npm run schema` after changing the zod schemas)", () => {
    const committed = JSON.parse(readFileSync(new URL("../../schema/gongbao-offsets.schema.json", import.meta.url), "utf8"));
    expect(committed).toEqual(generateJsonSchema({ positions: "offsets" }));
    expect(committed.$id).toMatch(/\/schema\/gongbao-offsets\.schema\.json$/);
    expect(committed.$defs.Point).toBeUndefined();
    expect(committed.$defs.Source.required).toContain("positions");
  });

  it("rejects spans of the wrong length or with negative offsets", () => {
    const compact = withOffsets(parse("第一条 本规定自公布之日起施行。") as GongbaoResult) as unknown as { documents: Array<{ position: unknown }> };
    const document = compact.documents[0] as { position: unknown };
    for (const bad of [[1], [1, 2, 3], [-1, 2], [1, 2, 0, 1], [1.5, 2], { start: 1, end: 2 }]) {
      document.position = bad;
      expect(offsetsStrict(compact)).toBe(false);
    }
  });
});
