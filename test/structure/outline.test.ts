import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import type { OutlineNode } from "../../src/schema/result.js";

function tree(nodes: OutlineNode[]): unknown[] {
  return nodes.map((node) => {
    const label = node.marker ? `${node.marker.kind}:${node.marker.value}` : node.role;
    return node.children.length > 0 ? { [label]: tree(node.children) } : label;
  });
}

function outline(body: string) {
  return tree(parse(`关于某事的通知\n\n${body}`).documents[0]?.outline ?? []).slice(1);
}

describe("buildOutline", () => {
  it("nests 一、 > （一） > 1. > （1）", () => {
    expect(outline("一、甲\n（一）乙\n1.丙。\n（1）丁。\n（2）戊。\n2.己。\n（二）庚\n二、辛")).toEqual([
      { "han-enum:1": [{ "han-paren:1": [{ "arabic-enum:1": ["arabic-paren:1", "arabic-paren:2"] }, "arabic-enum:2"] }, "han-paren:2"] },
      "han-enum:2",
    ]);
  });

  it("nests a level that skips one under the nearest outer kind", () => {
    expect(outline("一、甲\n1.乙。\n2.丙。\n二、丁\n（一）戊")).toEqual([{ "han-enum:1": ["arabic-enum:1", "arabic-enum:2"] }, { "han-enum:2": ["han-paren:1"] }]);
  });

  it("treats full- and half-width brackets as one kind", () => {
    expect(outline("（一）甲\n(二)乙\n（三）丙")).toEqual(["han-paren:1", "han-paren:2", "han-paren:3"]);
  });

  it("puts un-numbered paragraphs under the nearest heading, not under a numbered paragraph", () => {
    expect(outline("一、回顾\n(一) 抓项目。做了很多。\n(二) 促消费。做了很多。\n一年来，我们还做了很多。\n二、目标")).toEqual([
      { "han-enum:1": ["han-paren:1", "han-paren:2", "paragraph"] },
      "han-enum:2",
    ]);
  });

  it("puts field lines under the numbered item they follow", () => {
    expect(outline("（一）用好政策\n1.完善机制。\n牵头领导：甲\n牵头单位：乙\n2.加强服务。\n责任单位：丙")).toEqual([
      { "han-paren:1": [{ "arabic-enum:1": ["field", "field"] }, { "arabic-enum:2": ["field"] }] },
    ]);
  });

  it("nests 第X编 > 第X章 > 第X节 > 第X条 > （一） and keeps 款 under their article", () => {
    const result = parse("某条例\n第一章 总则\n第一节 一般规定\n第一条 甲应当：\n（一）乙；\n（二）丙。\n违反前款规定的，责令改正。\n第二条 丁。\n第二章 附则\n第三条 戊。");
    expect(tree(result.documents[0]?.outline ?? []).slice(1)).toEqual([
      { "chapter:1": [{ "section:1": [{ "article:1": ["han-paren:1", "han-paren:2", "paragraph"] }, "article:2"] }] },
      { "chapter:2": ["article:3"] },
    ]);
  });

  it("closes the open headings at a document title printed without an 附件 label", () => {
    expect(outline("一、甲\n（一）乙。\n进一步支持文化企业发展的规定\n一、丙\n（一）丁。")).toEqual([
      { "han-enum:1": ["han-paren:1"] },
      "paragraph",
      { "han-enum:1": ["han-paren:1"] },
    ]);
  });

  it("keeps a title listed under 附件： in the list, and a figure caption under its heading", () => {
    expect(outline("一、甲\n（一）乙。\n附件：\n老年优惠卡办理及使用规定")).toEqual([{ "han-enum:1": ["han-paren:1"] }, { "attachment-list": ["paragraph"] }]);
    expect(outline("一、号牌编码\n图1　汽车号牌编码规则\n（二）摩托车号牌。")).toEqual([{ "han-enum:1": ["paragraph", "han-paren:2"] }]);
  });
});
