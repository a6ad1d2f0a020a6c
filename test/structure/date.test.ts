import { describe, expect, it } from "vitest";
import { isValidDate, readDate } from "../../src/structure/date.js";

describe("readDate", () => {
  it.each([
    ["2025年3月5日", "2025-03-05"],
    ["2025年12月31日", "2025-12-31"],
    ["二〇二五年三月五日", "2025-03-05"],
    ["二〇二四年十二月三十一日", "2024-12-31"],
    ["已经2024年12月16日省政府第47次常务会议通过", "2024-12-16"],
    ["2024年2月29日", "2024-02-29"],
  ])("reads %s as %s", (text, iso) => {
    expect(readDate(text)?.iso).toBe(iso);
  });

  it.each(["2025年2月30日", "2023年2月29日", "2025年13月1日", "2025年4月31日"])("reads %s but gives no ISO date: it does not exist", (text) => {
    const date = readDate(text);
    expect(date?.raw).toBe(text);
    expect(date?.iso).toBeNull();
  });

  it.each(["2025年3月", "3月5日", "2025-03-05"])("finds no full Chinese date in %s", (text) => {
    expect(readDate(text)).toBeNull();
  });

  it("knows leap years", () => {
    expect(isValidDate(2000, 2, 29)).toBe(true);
    expect(isValidDate(1900, 2, 29)).toBe(false);
  });
});
