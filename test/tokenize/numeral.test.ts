import { describe, expect, it } from "vitest";
import { readNumeral } from "../../src/tokenize/numeral.js";

describe("readNumeral", () => {
  it.each([
    ["一", 1],
    ["十", 10],
    ["十一", 11],
    ["二十", 20],
    ["二十四", 24],
    ["一百", 100],
    ["一百零五", 105],
    ["一百四十七", 147],
    ["一千二百五十九", 1259],
    ["两百", 200],
    ["三十九", 39],
    ["二〇二五", 2025],
    ["〇", 0],
    ["零", 0],
    ["147", 147],
  ])("reads %s as %i", (text, value) => {
    expect(readNumeral(text)).toEqual({ value });
  });

  it("reads a digit repeated without a unit as the number meant, with a typo note", () => {
    const reading = readNumeral("十一一");
    expect(reading?.value).toBe(11);
    expect(reading?.typo).toBeTypeOf("string");
  });

  it.each(["", "第", "十a", "abc", "一条"])("rejects %j", (text) => {
    expect(readNumeral(text)).toBeNull();
  });
});
