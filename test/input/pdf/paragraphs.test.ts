import { describe, expect, it } from "vitest";
import { continues, joinerOf, marginsOf } from "../../../src/input/pdf/paragraphs.js";
import type { PdfLine } from "../../../src/input/pdf/types.js";

/** A line of CJK text (one size per character) at x on baseline y, in a body from 80 to 520. */
function line(text: string, x: number, y: number, options: Partial<PdfLine> = {}): PdfLine {
  return { page: 1, text, x, end: x + text.length * 10, y, size: 10, left: 80, right: 520, tabbed: false, cellX: [x], ...options };
}
const FULL = "一".repeat(44);

describe("continues: a wrapped paragraph is one paragraph", () => {
  it("a line that reaches the right margin continues on a line at the left margin", () => {
    expect(continues(line(FULL, 80, 700), line("续行。", 80, 682))).toBe(true);
  });

  it("within a character of the margin still reaches it (a character that did not fit)", () => {
    expect(continues(line("一".repeat(43), 80, 700), line("续行。", 80, 682))).toBe(true);
  });

  it("across a page: the last line of one page, the first of the next", () => {
    expect(continues(line(FULL, 80, 110), line("续行。", 80, 730, { page: 2 }))).toBe(true);
  });

  it("near miss: a short line ends its paragraph", () => {
    expect(continues(line("一".repeat(30), 80, 700), line("下一段。", 80, 682))).toBe(false);
  });

  it("near miss: the next line indented two characters starts a paragraph", () => {
    expect(continues(line(FULL, 80, 700), line("新的一段。", 100, 682))).toBe(false);
  });

  it("near miss: a sentence that ends at the margin, then a numbered item set without an indent", () => {
    for (const item of ["2.第二项。", "（二）第二项。", "二、第二部分", "第二条 内容。", "（2）内容。"]) expect(continues(line(`${"一".repeat(43)}。`, 80, 700), line(item, 80, 682)), item).toBe(false);
  });

  it("a marker-like start continues a line that ends mid-sentence (`增长` / `1.5倍`)", () => {
    expect(continues(line(FULL, 80, 700), line("2.第二项。", 80, 682))).toBe(true);
    expect(continues(line(`${"一".repeat(43)}。`, 80, 700), line("1.5倍以上。", 80, 682))).toBe(true);
  });

  it("near miss: a table row or a contents entry (a wide gap) is never continued", () => {
    expect(continues(line(FULL, 80, 700, { tabbed: true }), line("续行。", 80, 682))).toBe(false);
  });

  it("near miss: a heading in a larger size over its text", () => {
    expect(continues(line(FULL, 80, 700, { size: 14 }), line("正文。", 80, 682))).toBe(false);
  });

  it("near miss: a blank line between them on the page", () => {
    expect(continues(line(FULL, 80, 700), line("另一段。", 80, 650))).toBe(false);
  });

  it("a Latin line wrapped at a space short of the margin, when the next word would not have fitted", () => {
    const english: PdfLine = { ...line("", 80, 700), text: "Circular of the General Office of the People's", end: 500 };
    const next: PdfLine = { ...line("", 80, 682), text: "Government of Luoyang City", end: 80 + 26 * 5 };
    expect(continues(english, next)).toBe(true);
    expect(joinerOf(english, next)).toBe(" ");
  });

  it("joins CJK lines without a space, and digits without one", () => {
    expect(joinerOf(line("经济增速", 80, 0), line("上升", 80, 0))).toBe("");
    expect(joinerOf(line("增长12", 80, 0), line("3亿元", 80, 0))).toBe("");
  });
});

describe("marginsOf", () => {
  it("takes the outermost start and end that several lines share", () => {
    const lines = [line(FULL, 80, 700), line(FULL, 80, 682), line("短。", 100, 664), line("居中标题", 250, 646)];
    expect(marginsOf(lines)).toEqual({ left: 80, right: 520 });
  });

  it("near miss: lines that share no end give no right margin, so none continues", () => {
    const margins = marginsOf([line("第一页", 80, 700), line("第二页的字", 80, 682)]);
    expect(margins?.right).toBe(Number.POSITIVE_INFINITY);
  });
});
