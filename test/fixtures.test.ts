import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../src/parse.js";
import { corpus, readBytes } from "./helpers.js";

/**
 * Fixture pairs: `fixtures/name.txt` → `fixtures/name.json`, the whole result
 * with positions. `UPDATE=1 npm test` rewrites the JSON; review the diff.
 */
const update = process.env.UPDATE === "1";

describe.each(corpus().filter((path) => path.startsWith("fixtures/")))("%s", (path) => {
  it("parses to its expected JSON", () => {
    const expectedPath = new URL(`../${path.replace(/\.txt$/, ".json")}`, import.meta.url);
    const actual = JSON.parse(JSON.stringify(parse(readBytes(path), { name: path.slice("fixtures/".length) })));
    if (update || !existsSync(expectedPath)) {
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      if (!update) throw new Error(`${path}: no expected JSON; wrote one, review it and run again`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
  });
});
