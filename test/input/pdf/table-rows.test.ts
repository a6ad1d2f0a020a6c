import { describe, expect, it } from "vitest";
import { mergeIntoRow, startRow } from "../../../src/input/pdf/table-rows.js";
import type { PdfLine } from "../../../src/input/pdf/types.js";

/** A line of cells at the given x positions on baseline y (10-point text). */
function cells(y: number, pieces: Array<[number, string]>, options: Partial<PdfLine> = {}): PdfLine {
  const [first] = pieces;
  return { page: 1, text: pieces.map(([, text]) => text).join("\t"), x: first?.[0] ?? 0, end: 500, y, size: 10, left: 80, right: 520, tabbed: pieces.length > 1, cellX: pieces.map(([x]) => x), ...options };
}
const ROW = cells(700, [[80, "1"], [110, "公交IC卡充值中心"], [260, "洛阳市解放路16号(解放路"], [420, "周一至周日"]]);

describe("mergeIntoRow: cells that wrap onto a second line", () => {
  it("appends each piece of the next line to the cell of its column", () => {
    const row = startRow(ROW);
    expect(mergeIntoRow(row, cells(688, [[260, "与春晴路交叉口)"], [420, "8:30-17:00"]]))).toBe(true);
    expect(row.cells).toEqual(["1", "公交IC卡充值中心", "洛阳市解放路16号(解放路与春晴路交叉口)", "周一至周日8:30-17:00"]);
  });

  it("a line with one piece under one column (one cell wrapped)", () => {
    const row = startRow(ROW);
    expect(mergeIntoRow(row, cells(688, [[262, "与春晴路交叉口)"]]))).toBe(true);
    expect(row.cells[2]).toBe("洛阳市解放路16号(解放路与春晴路交叉口)");
  });

  it("near miss: the next row fills the first column (its 序号)", () => {
    expect(mergeIntoRow(startRow(ROW), cells(680, [[80, "2"], [110, "中原银行"], [260, "九都西路"]]))).toBe(false);
  });

  it("near miss: a paragraph after the table, further down", () => {
    expect(mergeIntoRow(startRow(ROW), cells(640, [[110, "二、使用指南"]]))).toBe(false);
  });

  it("near miss: a line on the next page", () => {
    expect(mergeIntoRow(startRow(ROW), cells(800, [[260, "与春晴路交叉口)"]], { page: 2 }))).toBe(false);
  });
});
