import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { LONGEST_QUOTED_PASSAGE, NUMBERING_SCOPES, RESTARTED_BY, RESTARTED_BY_PARAGRAPH, findQuotedPassages } from "../../src/structure/scopes.js";
import { MARKER_KINDS } from "../../src/tokenize/types.js";
import { walk } from "../helpers.js";

describe("the numbering scope table", () => {
  it("has a row for every marker kind, restarted only by outer kinds", () => {
    const rank = (kind: string) => MARKER_KINDS.indexOf(kind as (typeof MARKER_KINDS)[number]);
    for (const kind of MARKER_KINDS) {
      for (const outer of NUMBERING_SCOPES[kind].restartsAfter) expect(rank(outer)).toBeLessThan(rank(kind));
    }
  });

  it("never restarts articles or parts, and restarts only items after a paragraph", () => {
    expect(NUMBERING_SCOPES.article.restartsAfter.size).toBe(0);
    expect(NUMBERING_SCOPES.part.restartsAfter.size).toBe(0);
    expect(RESTARTED_BY_PARAGRAPH).toEqual(["han-paren", "arabic-enum", "arabic-paren", "circled"]);
    expect(RESTARTED_BY.part).toEqual(["chapter", "section", "han-enum", "han-paren", "arabic-enum", "arabic-paren", "circled"]);
    expect(RESTARTED_BY.chapter).not.toContain("article");
  });
});

describe("findQuotedPassages", () => {
  it("finds a passage led in by a colon, the quoted paragraphs opening again", () => {
    const texts = ["1.将第七条修改为：", "“公司应当成立清算组。", "“有下列情形之一的：", "（一）逾期不成立的；", "（二）故意拖延的。”", "2.将第九条修改为："];
    expect(findQuotedPassages(texts)).toEqual([{ first: 1, last: 4 }]);
  });

  it("takes the block that opens the quotation mid-line as the one the passage belongs to", () => {
    const texts = ["一、将第五条修改为：“第五条 有下列情形之一的：", "（一）材料不全的；", "（二）逾期申请的。”", "二、本决定自公布之日起施行。"];
    expect(findQuotedPassages(texts)).toEqual([{ first: 1, last: 2 }]);
  });

  it("does not take a quotation closed on its own line for a passage", () => {
    expect(findQuotedPassages(["坚持“稳中求进”工作总基调。", "（一）加快建设。"])).toEqual([]);
    expect(findQuotedPassages(["将第五条修改为：", "“第五条 本条例自公布之日起施行。”", "（一）加快建设。"])).toEqual([]);
  });

  it("does not take a stray quote mark for a passage", () => {
    const texts = ["坚持“稳中求进的总基调。", ...Array.from({ length: LONGEST_QUOTED_PASSAGE + 5 }, (_, index) => `（${index + 1}）加快建设。`), "完毕。”"];
    expect(findQuotedPassages(texts)).toEqual([]);
  });

  it("reads 「」 and 『』 as quotation marks too", () => {
    expect(findQuotedPassages(["修改为：", "「第一条 为了规范管理，", "制定本条例。」"])).toEqual([{ first: 1, last: 2 }]);
  });
});

describe("quoted passages in the outline", () => {
  const text = [
    "关于修改某某条例的决定",
    "",
    "一、将第五条修改为：",
    "“第五条 有下列情形之一的，不予登记：",
    "（一）材料不全的；",
    "（二）逾期申请的。”",
    "二、本决定自公布之日起施行。",
    "",
  ].join("\n");
  const document = parse(text).documents[0];

  it("nests the passage under its lead-in, each line marked quoted", () => {
    const leadIn = document?.outline.find((node) => node.text.startsWith("一、"));
    expect(leadIn?.quoted).toBeUndefined();
    const quoted = [...walk(leadIn?.children ?? [])];
    expect(quoted.map((node) => node.text)).toEqual(["“第五条 有下列情形之一的，不予登记：", "（一）材料不全的；", "（二）逾期申请的。”"]);
    expect(quoted.every((node) => node.quoted === true)).toBe(true);
    expect(document?.outline.find((node) => node.text.startsWith("二、"))?.quoted).toBeUndefined();
  });

  it("does not read a quoted article as the document's own", () => {
    const amended = parse(["某某条例", "", "第一条 为了规范管理，制定本条例。", "第二条 将原第五条修改为：", "“第五条 本条例自公布之日起施行。", "第六条 本条例由市政府负责解释。”", "第三条 本条例自公布之日起施行。", ""].join("\n"));
    const articles = amended.documents[0]?.articles ?? [];
    expect(articles.map((article) => article.number)).toEqual([1, 2, 3]);
    expect(articles[1]?.paragraphs.map((paragraph) => paragraph.text)).toEqual(["将原第五条修改为：", "“第五条 本条例自公布之日起施行。", "第六条 本条例由市政府负责解释。”"]);
  });
});
