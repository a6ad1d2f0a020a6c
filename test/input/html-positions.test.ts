import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { readBytes } from "../helpers.js";

/** Every position in a value, with where it is. */
function* positions(value: unknown, path = ""): Generator<[string, { start: { offset: number }; end: { offset: number } }]> {
  if (value === null || typeof value !== "object") return;
  const record = value as Record<string, unknown>;
  const start = record.start as { offset?: unknown } | undefined;
  const end = record.end as { offset?: unknown } | undefined;
  if (typeof start?.offset === "number" && typeof end?.offset === "number") yield [path, record as never];
  for (const [key, child] of Object.entries(record)) yield* positions(child, `${path}.${key}`);
}

const pages = readdirSync(new URL("../../fixtures/html", import.meta.url)).map((name) => `fixtures/html/${name}`);

describe("positions from HTML", () => {
  it.each(pages)("never end before they start (%s)", (path) => {
    const backward = [...positions(parse(readBytes(path), { name: path }))].filter(([, span]) => span.start.offset > span.end.offset).map(([at]) => at);
    expect(backward).toEqual([]);
  });

  it("cover the cell a rowspan carries down where it is printed", () => {
    const page = '<html><body><div id="zoom"><table><tr><th>序号</th><th>网点</th><th>营业时间</th></tr><tr><td>1</td><td>甲网点</td><td rowspan="2">9:00-17:00</td></tr><tr><td>2</td><td>乙网点</td></tr></table></div></body></html>';
    const result = parse(page, { format: "html" });
    const table = result.documents[0]?.tables?.[0];
    const carried = table?.rowPositions[1];
    const printed = page.indexOf("9:00-17:00");
    expect(carried?.start.offset).toBeLessThanOrEqual(printed);
    expect(carried?.end.offset).toBeGreaterThanOrEqual(page.indexOf("乙网点") + 3);
  });

  it("reads one row of 5,000 cells, every cell", () => {
    const page = `<html><body><div id="zoom"><table><tr>${Array.from({ length: 5_000 }, (_, i) => `<td>格${i}</td>`).join("")}</tr></table></div></body></html>`;
    const result = parse(page, { format: "html" });
    const text = JSON.stringify(result);
    expect(text).toContain("格0");
    expect(text).toContain("格4999");
  });
});
