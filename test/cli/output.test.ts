import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type WatchedStream, writeResultInSteps } from "../../src/cli/output.js";
import { parse, parseInSteps } from "../../src/parse.js";
import { withOffsets } from "../../src/schema/offsets.js";
import { corpus, readBytes } from "../helpers.js";

/** A stream that keeps what is written; `closeAfter` closes it after that many writes. */
function memoryStream(closeAfter = Number.POSITIVE_INFINITY): WatchedStream & { text: () => string; writes: number } {
  const parts: string[] = [];
  let closed = false;
  return {
    async write(text) {
      if (closed) return;
      parts.push(text);
      if (parts.length >= closeAfter) closed = true;
    },
    get closed() {
      return closed;
    },
    stop() {},
    text: () => parts.join(""),
    get writes() {
      return parts.length;
    },
  };
}

const pages = (folder: string) => readdirSync(new URL(`../../fixtures/${folder}`, import.meta.url)).map((name) => `fixtures/${folder}/${name}`);
const inputs = [...corpus(), ...pages("html"), ...pages("markdown")];

describe("writeResultInSteps", () => {
  it.each(inputs)("writes %s as JSON.stringify writes its parse (indent 0 and 2)", async (path) => {
    const bytes = readBytes(path);
    const name = path.split("/").pop() as string;
    const whole = parse(bytes, { name });
    for (const indent of [0, 2]) {
      const out = memoryStream();
      const seen: number[] = [];
      const result = await writeResultInSteps(out, parseInSteps(bytes, { name }), indent, (step) => seen.push(step.index));
      expect(out.text()).toBe(JSON.stringify(whole, null, indent));
      // The documents were given out one by one and not kept.
      expect(seen).toEqual(whole.documents.map((_, index) => index));
      expect(result.documents).toEqual([]);
      expect(result.diagnostics).toEqual(whole.diagnostics);
      // Positions as offsets: the same text as withOffsets of the whole result.
      const compact = memoryStream();
      await writeResultInSteps(compact, parseInSteps(bytes, { name }), indent, undefined, "offsets");
      expect(compact.text()).toBe(JSON.stringify(withOffsets(whole), null, indent));
    }
  });

  it("writes a result with no documents whole", async () => {
    for (const input of ["", "\n\n", "\u0000\u0001\u0002binary\u0000"]) {
      const out = memoryStream();
      await writeResultInSteps(out, parseInSteps(input), 2);
      expect(out.text()).toBe(JSON.stringify(parse(input), null, 2));
      const compact = memoryStream();
      await writeResultInSteps(compact, parseInSteps(input), 2, undefined, "offsets");
      expect(compact.text()).toBe(JSON.stringify(withOffsets(parse(input)), null, 2));
    }
  });

  it("keeps to the order of the result's fields and its metadata's diagnostics", async () => {
    // A page whose metadata gives an impossible date: reported after the documents' diagnostics, with no document index.
    const page = `<html><head><title>关于开展工作的通知_某某市人民政府</title></head><body><table><tr><td>发文机关：</td><td>某某市人民政府</td></tr><tr><td>成文日期：</td><td>2024年2月30日</td></tr></table><div id="zoom"><p>关于开展工作的通知</p><p>各区人民政府：</p><p>一、总体要求</p><p>做好工作。</p></div></body></html>`;
    const whole = parse(page, { name: "page.html" });
    expect(whole.diagnostics.some((diagnostic) => diagnostic.code === "invalid-date" && diagnostic.document === undefined)).toBe(true);
    const out = memoryStream();
    await writeResultInSteps(out, parseInSteps(page, { name: "page.html" }), 2);
    expect(out.text()).toBe(JSON.stringify(whole, null, 2));
  });

  it("runs the parse to its end when the stream closes early, for the diagnostics", async () => {
    const bytes = readBytes("seeds/luoyang-gazette-2025-02.txt");
    const whole = parse(bytes);
    const out = memoryStream(1);
    const seen: number[] = [];
    const result = await writeResultInSteps(out, parseInSteps(bytes), 0, (step) => seen.push(step.index));
    expect(out.writes).toBe(1);
    expect(seen).toEqual(whole.documents.map((_, index) => index));
    expect(result.diagnostics).toEqual(whole.diagnostics);
  });
});
