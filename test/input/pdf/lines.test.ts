import { describe, expect, it } from "vitest";
import { findGutter, joinFragments, linesOf, rowsOf } from "../../../src/input/pdf/lines.js";
import type { Fragment } from "../../../src/input/pdf/types.js";

/** A run of CJK text at x, y: each character one font size wide. */
const cjk = (text: string, x: number, y: number, size = 10): Fragment => ({ text, x, end: x + text.length * size, y, size });
/** A run of Latin text: each character half a font size wide. */
const latin = (text: string, x: number, y: number, size = 10): Fragment => ({ text, x, end: x + (text.length * size) / 2, y, size });

describe("joinFragments", () => {
  it("joins CJK runs without a space", () => {
    expect(joinFragments([cjk("洛阳市", 0, 0), cjk("人民政府", 30, 0)], 10)).toEqual({ text: "洛阳市人民政府", tabbed: false, cellX: [0] });
  });

  it("puts a space between Latin words drawn apart", () => {
    expect(joinFragments([latin("Issue", 0, 0), latin("No.2", 28, 0)], 10).text).toBe("Issue No.2");
  });

  it("keeps a blank drawn on its own as a space (`的 通知`)", () => {
    expect(joinFragments([cjk("的", 0, 0), latin(" ", 10, 0), cjk("通知", 13, 0)], 10).text).toBe("的 通知");
  });

  it("makes a wide gap a tab: table cells and a contents page number", () => {
    expect(joinFragments([cjk("序号", 0, 0), cjk("充值网点", 40, 0), cjk("地址", 100, 0)], 10)).toEqual({ text: "序号\t充值网点\t地址", tabbed: true, cellX: [0, 40, 100] });
  });

  it("near miss: a gap of one character alone on its line is a space, not a column", () => {
    expect(joinFragments([cjk("第一条", 0, 0), cjk("内容", 40, 0)], 10)).toEqual({ text: "第一条 内容", tabbed: false, cellX: [0] });
  });

  it("near miss: a gap under a character between CJK runs joins them", () => {
    expect(joinFragments([cjk("第一条", 0, 0), cjk("内容", 35, 0)], 10).text).toBe("第一条内容");
  });

  it("gaps of about a character are cells when a line has two or more (a table row, padded)", () => {
    expect(joinFragments([cjk("1", 0, 0), cjk("公交中心", 20, 0), cjk("解放路", 69, 0)], 10)).toEqual({ text: "1\t公交中心\t解放路", tabbed: true, cellX: [0, 20, 69] });
  });
});

describe("rowsOf", () => {
  it("groups runs on one baseline, top first, left to right", () => {
    const rows = rowsOf([cjk("乙", 20, 100), cjk("甲", 0, 101), cjk("丙", 0, 80)]);
    expect(rows.map((row) => row.fragments.map((fragment) => fragment.text).join(""))).toEqual(["甲乙", "丙"]);
  });

  it("near miss: baselines half a size apart are two lines", () => {
    expect(rowsOf([cjk("甲", 0, 100), cjk("乙", 20, 95)])).toHaveLength(2);
  });
});

/** A page of `rows` lines of two columns of running text (left at 50, right at 320, 250 wide). */
function twoColumns(rows: number, title = false): Fragment[] {
  const fragments: Fragment[] = title ? [cjk("洛阳市人民政府关于开展督导工作的通知而且很长的标题", 60, 800, 16)] : [];
  for (let row = 0; row < rows; row++) {
    fragments.push(cjk(`左栏第${row}行的文字内容足够长了`.padEnd(24, "字"), 50, 700 - row * 18));
    fragments.push(cjk(`右栏第${row}行的文字内容足够长了`.padEnd(24, "字"), 320, 700 - row * 18));
  }
  return fragments;
}

describe("two columns", () => {
  it("finds the gutter of a two-column page and reads the left column first", () => {
    const lines = linesOf(1, twoColumns(6), 595);
    expect(lines.map((line) => line.text.slice(0, 4))).toEqual([...Array.from({ length: 6 }, (_, row) => `左栏第${row}`), ...Array.from({ length: 6 }, (_, row) => `右栏第${row}`)]);
    expect(lines[0]?.column).toBe(0);
    expect(lines[6]?.column).toBe(1);
  });

  it("reads a title across both columns before them", () => {
    const lines = linesOf(1, twoColumns(6, true), 595);
    expect(lines[0]?.text.startsWith("洛阳市人民政府")).toBe(true);
    expect(lines[0]?.column).toBeUndefined();
    expect(lines[1]?.text.startsWith("左栏第0")).toBe(true);
  });

  it("near miss: a single-column page has no gutter", () => {
    const rows = rowsOf(Array.from({ length: 10 }, (_, row) => cjk("单栏正文的一行文字一直排到右边的页边距为止了啊", 80, 700 - row * 18)));
    expect(findGutter(rows, 595)).toBeNull();
  });

  it("near miss: a table whose cells leave a gap in the middle is not two columns", () => {
    const fragments: Fragment[] = [];
    for (let row = 0; row < 8; row++) {
      fragments.push(cjk(`${row}`, 60, 700 - row * 18), cjk("公交充值中心", 100, 700 - row * 18), cjk("解放路十六号", 330, 700 - row * 18), cjk("新办充值", 460, 700 - row * 18));
    }
    expect(findGutter(rowsOf(fragments), 595)).toBeNull();
    expect(linesOf(1, fragments, 595).every((line) => line.tabbed && line.column === undefined)).toBe(true);
  });

  it("near miss: a few right-aligned lines (a signature and date) do not make a column", () => {
    const fragments = Array.from({ length: 8 }, (_, row) => cjk("单栏正文的一行文字一直排到", 80, 700 - row * 18));
    fragments.push(cjk("洛阳市人民政府", 400, 500), cjk("2025年3月5日", 400, 480));
    expect(findGutter(rowsOf(fragments), 595)).toBeNull();
  });
});
