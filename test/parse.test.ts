import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, parseEach } from "../src/parse.js";
import type { GazetteDocument, GongbaoResult } from "../src/schema/result.js";
import { corpus, readBytes, readText } from "./helpers.js";

const pages = (folder: string) => readdirSync(new URL(`../fixtures/${folder}`, import.meta.url)).map((name) => `fixtures/${folder}/${name}`);

describe("parseEach", () => {
  it.each([...corpus(), ...pages("html"), ...pages("markdown")])("gives %s's documents one by one, and the rest of parse()'s result", (path) => {
    const bytes = readBytes(path);
    const name = path.split("/").pop() as string;
    const whole = parse(bytes, { name });
    const documents: GazetteDocument[] = [];
    const result = parseEach(bytes, (document, index) => {
      expect(index).toBe(documents.length);
      documents.push(document);
    }, { name });
    expect(documents).toEqual(whole.documents);
    expect(result.documents).toEqual([]);
    expect({ ...result, documents: whole.documents }).toEqual(whole);
    // Every field before documents is final when the first document comes.
    expect(JSON.stringify(Object.keys(result))).toBe(JSON.stringify(Object.keys(whole)));
  });

  it("has source, issue and contents final when the first document comes, in the result it returns", () => {
    const text = readText("seeds/luoyang-gazette-2025-02.txt");
    const whole = parse(text);
    let head: string | undefined;
    let during: GongbaoResult | undefined;
    const result = parseEach(text, (_document, index, building) => {
      if (index === 0) head = JSON.stringify([building.source, building.issue, building.contents]);
      during = building;
    });
    expect(during).toBe(result);
    expect(head).toBe(JSON.stringify([whole.source, whole.issue, whole.contents]));
    expect(whole.contents.filter((entry) => entry.document !== null).length).toBeGreaterThan(0);
  });

  it("gives no document and the whole result for input with none, and for input it does not parse", () => {
    for (const input of ["", "\n\u3000\n", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])]) {
      let calls = 0;
      const result = parseEach(input, () => calls++);
      expect(calls).toBe(0);
      expect(result).toEqual(parse(input));
    }
  });

  it("throws the TypeError parse() throws on what is not text or bytes", () => {
    expect(() => parseEach(42 as unknown as string, () => undefined)).toThrow(TypeError);
  });

  it("lets an error of the callback through", () => {
    expect(() =>
      parseEach(readText("seeds/luoyang-gazette-2025-02.txt"), () => {
        throw new RangeError("stop");
      }),
    ).toThrow(RangeError);
  });
});
