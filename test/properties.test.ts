import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzCase } from "./fuzz/arbitraries.js";
import { checkCase } from "./fuzz/violations.js";

/**
 * Property tests over generated inputs: random strings and bytes, marker
 * soups, mutated seeds and fixtures, bytes cut inside characters, HTML and
 * Markdown soups. Seeded, so a failure replays; `npm run fuzz` runs the same
 * property for as long as asked.
 */
const SEED = 20251123;
const RUNS = 5000;

describe("every generated input", () => {
  it(`parses without throwing into a sound result (${RUNS} cases, seed ${SEED})`, () => {
    fc.assert(
      fc.property(fuzzCase, (generated) => {
        const found = checkCase(generated.input, generated.options);
        if (found.length > 0) throw new Error(`${generated.kind}: ${found.slice(0, 5).join("\n")}`);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: false },
    );
  });
});

describe("the checker itself", () => {
  it("catches a result that loses a line, slices wrong or breaks the schema", async () => {
    const { parse } = await import("../src/parse.js");
    const { violations } = await import("./fuzz/violations.js");
    const text = "一、总则\n第一条　内容。\n";
    const sound = parse(text, { format: "text" });
    expect(violations(sound, text, true)).toEqual([]);
    const lost = structuredClone(sound);
    lost.unclassified = [];
    lost.documents = [];
    expect(violations(lost, text, true).some((message) => message.includes("placed 0 times"))).toBe(true);
    const shifted = structuredClone(sound);
    const node = shifted.documents[0]?.outline[0];
    if (node) node.position.start.offset += 1;
    expect(violations(shifted, text, true).length).toBeGreaterThan(0);
    const broken = structuredClone(sound) as unknown as { schemaVersion: number };
    broken.schemaVersion = 7;
    expect(violations(broken as never, text, true).some((message) => message.startsWith("zod"))).toBe(true);
  });
});
