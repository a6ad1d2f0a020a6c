import { describe, expect, it } from "vitest";
import { countNonBlankLines, splitLines, splitNonBlankLinesWithin } from "../../src/input/lines.js";

const TEXTS = ["", "\n\n", "一、总则\n\n（一）内容。\r\n\u3000\u3000\r（二）要求。", "a\r\n\r\nb\rc\n \t\n", "末行没有换行", "\ufeff\n甲", "\r\n甲\r\n\r\n乙\r丙\n\n丁"];

describe("countNonBlankLines", () => {
  it.each(TEXTS)("counts what splitLines returns (%j)", (text) => {
    expect(countNonBlankLines(text)).toBe(splitLines(text, true).length);
  });

  it("counts from a line's start on", () => {
    const text = "甲\n\n乙\r\n丙";
    const lines = splitLines(text, true);
    lines.forEach((line, index) => expect(countNonBlankLines(text, line.start)).toBe(lines.length - index));
  });
});

describe("splitNonBlankLinesWithin", () => {
  it.each(TEXTS)("gives the lines within the budget, the whole count past it (%j)", (text) => {
    const all = splitLines(text, true);
    for (let limit = 0; limit <= all.length + 1; limit++) {
      const within = splitNonBlankLinesWithin(text, limit);
      if (all.length <= limit) expect(within).toEqual(all);
      else expect(within).toBe(all.length);
    }
  });
});
