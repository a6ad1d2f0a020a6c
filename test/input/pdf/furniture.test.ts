import { describe, expect, it } from "vitest";
import { findFurniture } from "../../../src/input/pdf/furniture.js";
import type { PdfLine, PdfPage } from "../../../src/input/pdf/types.js";

const line = (page: number, text: string, y: number): PdfLine => ({ page, text, x: 100, end: 100 + text.length * 10, y, size: 10, left: 80, right: 520, tabbed: false, cellX: [100] });
const page = (number: number, lines: PdfLine[]): PdfPage => ({ number, width: 595, height: 842, lines });

describe("findFurniture", () => {
  it("a header repeated in the top band and a page number in the bottom band", () => {
    const pages = [1, 2, 3].map((n) => page(n, [line(n, "洛阳市人民政府公报  市政府文件", 800), line(n, "正文", 600), line(n, `— ${n} —`, 40)]));
    const found = findFurniture(pages);
    expect(pages.flatMap((each) => each.lines).map((each) => found.get(each) ?? "text")).toEqual(["running-header", "text", "page-number", "running-header", "text", "page-number", "running-header", "text", "page-number"]);
  });

  it("a header whose page number changes is still one header", () => {
    const pages = [1, 2].map((n) => page(n, [line(n, `洛阳市人民政府公报 第${n}页`, 40)]));
    const found = findFurniture(pages);
    expect(pages.map((each) => found.get(each.lines[0] as PdfLine))).toEqual(["running-header", "running-header"]);
  });

  it("near miss: a line in the top band printed once (a title set high) stays text", () => {
    const pages = [page(1, [line(1, "洛阳市人民政府公报", 800)]), page(2, [line(2, "正文", 600)])];
    expect(findFurniture(pages).size).toBe(0);
  });

  it("near miss: the same line repeated in the body is text", () => {
    const pages = [1, 2].map((n) => page(n, [line(n, "牵头单位：市发改委", 500)]));
    expect(findFurniture(pages).size).toBe(0);
  });

  it("near miss: a line repeated at the top of two pages, at the leading of the text under it, is text", () => {
    const pages = [1, 2].map((n) => page(n, [line(n, "牵头单位：市发改委", 770), line(n, "责任单位：各县区政府", 752), line(n, `— ${n} —`, 40)]));
    const found = findFurniture(pages);
    expect(pages.flatMap((each) => each.lines).map((each) => found.get(each) ?? "text")).toEqual(["text", "text", "page-number", "text", "text", "page-number"]);
  });

  it("near miss: a number in the body is not a page number", () => {
    expect(findFurniture([page(1, [line(1, "12", 400)])]).size).toBe(0);
  });
});
