import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, parseEach, parseWithText } from "../src/parse.js";
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

describe("parseEach holds one document at a time", () => {
  it("does not grow the heap by the documents already handed out", () => {
    // Seed 003 eight times in one input, in a child process with --expose-gc:
    // at the first document of each copy, the heap after a full collection.
    // Kept documents would add about 0.9 MB a copy; the diagnostics the
    // result gathers add under 0.1 MB.
    const script = `
      const { parseEach } = require(${JSON.stringify(new URL("../dist/index.cjs", import.meta.url).pathname)});
      const seed = require("node:fs").readFileSync(${JSON.stringify(new URL("../seeds/luoyang-gazette-2025-02.txt", import.meta.url).pathname)}, "utf8");
      const input = Array.from({ length: 8 }, () => seed).join("\\n");
      const heap = [];
      let documents = 0;
      parseEach(input, () => {
        if (documents++ % 6 === 0) { globalThis.gc(); heap.push(process.memoryUsage().heapUsed); }
      });
      process.stdout.write(JSON.stringify({ heap, documents }));
    `;
    const run = spawnSync(process.execPath, ["--expose-gc", "-e", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    const { heap, documents } = JSON.parse(run.stdout) as { heap: number[]; documents: number };
    expect(documents).toBeGreaterThanOrEqual(40);
    const growth = ((heap[heap.length - 1] as number) - (heap[1] as number)) / (heap.length - 2);
    expect(growth).toBeLessThan(300_000);
  });
});

describe("parseWithText", () => {
  it("gives the text the positions point into, as the parser decoded it", () => {
    for (const path of ["seeds/luoyang-gazette-2025-02.txt", "fixtures/html/luoyang-jiyuan-33-measures.gbk.html", "fixtures/markdown/henan-decree-232.md"]) {
      const bytes = readBytes(path);
      const { result, text } = parseWithText(bytes, { name: path });
      expect(result).toEqual(parse(bytes, { name: path }));
      expect(text.length).toBe(result.source.length);
    }
    // In plain text a one-piece node's position slices its own text back out.
    const { result, text } = parseWithText(readBytes("seeds/luoyang-gazette-2025-02.txt"));
    let sliced = 0;
    for (const document of result.documents) {
      for (const node of document.outline) {
        if (node.spans !== undefined) continue;
        expect(text.slice(node.position.start.offset, node.position.end.offset)).toBe(node.text);
        sliced++;
      }
    }
    expect(sliced).toBeGreaterThan(20);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("第一条 内容。")]);
    expect(parseWithText(withBom).text).toBe("第一条 内容。");
  });

  it("gives no text for an input it does not decode, and the text of one too large to parse", () => {
    expect(parseWithText(new Uint8Array(20), { maxInputBytes: 10 }).text).toBe("");
    expect(parseWithText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])).text).toBe("");
    const tooMany = parseWithText(new TextEncoder().encode("甲\n乙\n丙\n"), { maxLines: 2 });
    expect(tooMany.result.diagnostics[0]?.code).toBe("result-too-large");
    expect(tooMany.text).toBe("甲\n乙\n丙\n");
  });
});
