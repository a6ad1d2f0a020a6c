import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../src/diagnostics.js";
import { splitLines } from "../../src/input/lines.js";
import { REFERENCE_CONTINUATIONS, splitGluedArticles } from "../../src/normalize/glued-articles.js";
import { parse } from "../../src/parse.js";
import { lineSpan } from "../../src/util/position.js";
import { slice } from "../helpers.js";

function split(text: string) {
  const sink = new DiagnosticSink();
  const lines = splitGluedArticles(splitLines(text, true), sink);
  return { texts: lines.map((line) => line.text), lines, codes: sink.list.map((d) => d.code) };
}

describe("splitGluedArticles", () => {
  it("splits an article glued after 。 with a blank, and one glued without", () => {
    const text = "第十五条 市人民代表大会常务委员会会议决定。 第十六条市人民代表大会……\n第十七条 审批。第十八条历史文化街区……";
    const { texts, lines, codes } = split(text);
    expect(texts).toEqual(["第十五条 市人民代表大会常务委员会会议决定。", "第十六条市人民代表大会……", "第十七条 审批。", "第十八条历史文化街区……"]);
    expect(codes).toEqual(["split-article", "split-article"]);
    for (const line of lines) expect(slice(text, lineSpan(line))).toBe(line.text);
    expect(lineSpan(lines[1] as (typeof lines)[number]).start).toMatchObject({ line: 1, column: 24, offset: 23 });
  });

  it("splits after ；", () => {
    expect(split("第三条 由市人民政府划定；第四条 市人民代表大会……").texts).toEqual(["第三条 由市人民政府划定；", "第四条 市人民代表大会……"]);
  });

  it("reads a whole chapter printed as one line article by article", () => {
    const { texts } = split("第二章 保护措施\n第六条 甲。第七条 乙。第八条 丙；第九条 丁。");
    expect(texts).toEqual(["第二章 保护措施", "第六条 甲。", "第七条 乙。", "第八条 丙；", "第九条 丁。"]);
  });

  it("splits a chapter heading from the article glued to it", () => {
    expect(split("第一条 甲。\n第二章 管理 第二条 乙。第三条 丙。").texts).toEqual(["第一条 甲。", "第二章 管理", "第二条 乙。", "第三条 丙。"]);
  });

  it("splits 第X条之一 after article X", () => {
    expect(split("第十一条 甲。第十一条之一 乙。").texts).toEqual(["第十一条 甲。", "第十一条之一 乙。"]);
  });

  it("never splits a reference that is not after a sentence end", () => {
    expect(split("第十五条 依照第十六条规定的程序办理。").texts).toHaveLength(1);
    expect(split("第十五条 有下列情形之一的，依照第十六条处理。").texts).toHaveLength(1);
  });

  it.each(REFERENCE_CONTINUATIONS.map((row) => [row.words, row.example] as const))("never splits a reference continued by %s", (_, example) => {
    expect(split(`第十五条 甲${example}`).texts).toHaveLength(1);
  });

  it("never splits an article whose number is not the next one", () => {
    expect(split("第十五条 甲。第十七条 乙。").texts).toHaveLength(1);
    expect(split("第十五条 甲。第十五条 乙。").texts).toHaveLength(1);
    expect(split("第十五条 甲。第三条 乙。").texts).toHaveLength(1);
  });

  it("leaves a line alone when the marker ends it", () => {
    expect(split("第十五条 甲。第十六条").texts).toHaveLength(1);
  });
});

describe("glued articles in a document", () => {
  it("finds every article, each with a position that slices back to it", () => {
    const text = "某市历史文化名城保护条例\n第一条 为了保护，制定本条例。第二条 依照第三条规定的程序办理。第三条 本条例自2020年5月1日起施行。";
    const result = parse(text, { format: "text" });
    const articles = result.documents[0]?.articles ?? [];
    expect(articles.map((article) => article.number)).toEqual([1, 2, 3]);
    for (const article of articles) expect(slice(text, article.position)).toBe(`${"第" + "一二三"[article.number - 1] + "条"} ${article.text}`);
    expect(result.diagnostics.filter((d) => d.code === "split-article")).toHaveLength(2);
    expect(result.documents[0]?.effectiveFrom).toMatchObject({ date: "2020-05-01", source: "article" });
  });
});
