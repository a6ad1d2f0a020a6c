import { describe, expect, it } from "vitest";
import { splitLines } from "../../src/input/lines.js";
import { tokenizeField, tokenizeMarker } from "../../src/tokenize/tokenize.js";

function marker(text: string) {
  const line = splitLines(text)[0];
  if (line === undefined) throw new Error("no line");
  return tokenizeMarker(line);
}

describe("tokenizeMarker", () => {
  it.each([
    ["一、产业项目共建", "han-enum", 1, "一、"],
    ["十二、其他", "han-enum", 12, "十二、"],
    ["（一）用足用好政策机遇", "han-paren", 1, "（一）"],
    ["(十一)法律、法规", "han-paren", 11, "(十一)"],
    ["(三十九)提升社会治理水平", "han-paren", 39, "(三十九)"],
    ["1.将济源纳入", "arabic-enum", 1, "1."],
    ["12．共建共享", "arabic-enum", 12, "12．"],
    ["3、支持济源", "arabic-enum", 3, "3、"],
    ["147.完善社会治安", "arabic-enum", 147, "147."],
    ["（1）申请材料", "arabic-paren", 1, "（1）"],
    ["(2)审核", "arabic-paren", 2, "(2)"],
    ["③办理", "circled", 3, "③"],
    ["第一编 总则", "part", 1, "第一编"],
    ["第二章 制度创新", "chapter", 2, "第二章"],
    ["第三节 监督", "section", 3, "第三节"],
    ["第一章总则", "chapter", 1, "第一章"],
    ["第十二条 生产经营单位", "article", 12, "第十二条"],
    ["第五条　本办法", "article", 5, "第五条"],
    ["第一百四十七条 附则", "article", 147, "第一百四十七条"],
  ])("%s is %s %i", (text, kind, value, raw) => {
    expect(marker(text)).toMatchObject({ kind, value, raw });
  });

  it("reads 第十一条之一 as article 11, sub 1", () => {
    expect(marker("第十一条之一 新增条款")).toMatchObject({ kind: "article", value: 11, sub: 1, raw: "第十一条之一" });
  });

  it("reads 第十一一条 as article 11 with a typo", () => {
    const token = marker("第十一一条 生产经营单位应当");
    expect(token).toMatchObject({ kind: "article", value: 11, raw: "第十一一条" });
    expect(token?.typo).toBeTypeOf("string");
  });

  it("gives offsets into the source, after leading blanks", () => {
    const line = splitLines("ab\n\u3000\u3000一、总体要求")[1];
    const token = line && tokenizeMarker(line);
    expect(token).toMatchObject({ start: 5, end: 7 });
  });

  it.each([
    ["1.5%上升至全年4.9%", "a decimal number"],
    ["2025年洛阳市", "a year"],
    ["12.5元", "an amount"],
    ["(含居住证持有人)", "a parenthetical"],
    ["(7点至9点)", "a time range"],
    ["(豫)LC101003", "a licence number"],
    ["第二轮土地承包", "an ordinal word"],
    ["第三次会议", "a meeting"],
    ["第一节课程安排，请按时到场。", "a sentence starting with 第一节"],
    ["第十二条例", "the word 条例"],
    ["一年来，主要做了以下工作：", "a sentence starting with a numeral"],
    ["5G基站", "a product name"],
    ["“1+6”工业互联网", "a quotation"],
  ])("%s is not a marker (%s)", (text) => {
    expect(marker(text)).toBeNull();
  });
});

describe("tokenizeField", () => {
  function field(text: string) {
    const line = splitLines(text)[0];
    if (line === undefined) throw new Error("no line");
    return tokenizeField(line);
  }

  it.each([
    ["牵头领导：潘开名", "牵头领导"],
    ["牵头单位:市发改委", "牵头单位"],
    ["责任单位：各县区政府", "责任单位"],
    ["副中心办联系电话：63926916", "副中心办联系电话"],
  ])("%s has label %s", (text, label) => {
    expect(field(text)?.label).toBe(label);
  });

  it.each(["主要预期目标是：经济增长6%", "各位代表：", "责任单位：", "附件：洛阳济源同城一体深度融合三十三条"])("%s is not a field", (text) => {
    expect(field(text)).toBeNull();
  });
});
