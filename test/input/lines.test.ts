import { describe, expect, it } from "vitest";
import { countNonBlankLines, splitLines } from "../../src/input/lines.js";

describe("countNonBlankLines", () => {
  it.each([
    "",
    "\n\n",
    "一、总则\n\n（一）内容。\r\n\u3000\u3000\r（二）要求。",
    "a\r\n\r\nb\rc\n \t\n",
    "末行没有换行",
    "\ufeff\n甲",
  ])("counts what splitLines returns (%j)", (text) => {
    expect(countNonBlankLines(text)).toBe(splitLines(text, true).length);
  });
});
