import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { jsonChunks } from "../../src/util/json-chunks.js";
import { SEED_003, readText } from "../helpers.js";

const joined = (value: unknown, indent?: number) => [...jsonChunks(value, indent)].join("");

describe("jsonChunks", () => {
  it.each([0, 2])("writes seed 003's result exactly as JSON.stringify does (indent %i)", (indent) => {
    const result = parse(readText(SEED_003));
    expect(joined(result, indent)).toBe(JSON.stringify(result, null, indent));
  });

  it("writes the edge cases as JSON.stringify does", () => {
    const value = { a: undefined, b: [undefined, null, 1.5, -0, Number.NaN, "引号\"\n\u2028"], c: {}, d: [], e: { f: [{}, []] }, g: true, "键 \"x\"": false };
    for (const indent of [0, 2, 4]) expect(joined(value, indent)).toBe(JSON.stringify(value, null, indent));
    for (const scalar of [null, 0, "x", true]) expect(joined(scalar, 2)).toBe(JSON.stringify(scalar, null, 2));
  });

  it("writes nesting deeper than the call stack allows", () => {
    let deep: unknown = [];
    for (let level = 0; level < 100_000; level++) deep = [deep];
    const text = joined(deep);
    expect(text.length).toBe(200_002);
    expect(text.startsWith("[[[")).toBe(true);
  });

  it("gives many pieces, none longer than a key and a string value", () => {
    const result = parse(readText(SEED_003));
    let longest = 0;
    for (const piece of jsonChunks(result)) longest = Math.max(longest, piece.length);
    expect(longest).toBeLessThan(20_000);
  });
});
