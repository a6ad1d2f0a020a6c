import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

describe("articles", () => {
  it("reads chapters, sections, articles, 第X条之一, paragraphs and items", () => {
    const document = parse("某条例\n第一章 总则\n第一节 一般规定\n第一条　甲应当：\n（一）乙；\n（二）丙：\n（1）丁；\n（2）戊。\n违反前款规定的，责令改正。\n第一条之一 己。\n第二章 附则\n第二条 庚。").documents[0];
    expect(document?.chapters?.map((c) => [c.number, c.title])).toEqual([
      [1, "总则"],
      [2, "附则"],
    ]);
    expect(document?.sections?.map((s) => [s.number, s.title])).toEqual([[1, "一般规定"]]);
    const [first, firstA, second] = document?.articles ?? [];
    expect(first).toMatchObject({ number: 1, chapter: { number: 1, title: "总则" }, section: { number: 1, title: "一般规定" } });
    expect(first?.paragraphs.map((p) => p.text)).toEqual(["甲应当：", "违反前款规定的，责令改正。"]);
    expect(first?.paragraphs[0]?.items.map((i) => [i.number, i.text, i.items?.map((s) => s.number)])).toEqual([
      [1, "乙；", undefined],
      [2, "丙：", [1, 2]],
    ]);
    expect(firstA).toMatchObject({ number: 1, sub: 1 });
    expect(second).toMatchObject({ number: 2, chapter: { number: 2 } });
    expect(second?.section).toBeUndefined();
  });

  it("reads numbering that does not start at 1", () => {
    expect(parse("某办法（修正）\n第十二条 甲。\n第十三条 乙。").documents[0]?.articles?.map((a) => a.number)).toEqual([12, 13]);
  });

  it("re-attaches a fragment printed before an article that breaks off mid-sentence", () => {
    const result = parse("某办法\n第一章 总则\n结合本省实际，制定本办法。\n第一条 为了健全制度，根据《某某\n第二条 乙。");
    const [first] = result.documents[0]?.articles ?? [];
    expect(first?.text).toBe("为了健全制度，根据《某某结合本省实际，制定本办法。");
    expect(first?.paragraphs[0]?.spans).toHaveLength(2);
    expect(result.diagnostics.map((d) => d.code)).toContain("fragment-reattached");
  });

  it("leaves a paragraph before a complete article where it is", () => {
    const result = parse("某办法\n第一章 总则\n本章说明。\n第一条 为了健全制度，制定本办法。");
    expect(result.documents[0]?.articles?.[0]?.text).toBe("为了健全制度，制定本办法。");
    expect(result.diagnostics.map((d) => d.code)).not.toContain("fragment-reattached");
  });

  it("reads nothing from a document without articles", () => {
    expect(parse("某通知\n一、甲\n1.乙。").documents[0]?.articles).toBeUndefined();
  });
});
