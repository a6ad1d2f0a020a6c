import { describe, expect, it } from "vitest";
import { rowsOf } from "../../src/dataset/rows.js";
import { parse } from "../../src/parse.js";
import { readDecreeNumber } from "../../src/structure/decree-number.js";

describe("readDecreeNumber", () => {
  it.each([
    ["国务院令第707号", "国务院", 707],
    ["中华人民共和国国务院令　第706号", "中华人民共和国国务院", 706],
    ["河南省人民政府令第二百三十一号", "河南省人民政府", 231],
    ["中华人民共和国国务院、中华人民共和国中央军事委员会令第582号", "中华人民共和国国务院、中华人民共和国中央军事委员会", 582],
  ])("reads %s", (text, authority, number) => {
    expect(readDecreeNumber(text)).toMatchObject({ authority, number });
  });

  it.each(["国发〔2019〕5号", "第707号", "令第707号", "现公布国务院令第707号，自公布之日起施行。", "国务院令"])("reads nothing from %s", (text) => {
    expect(readDecreeNumber(text)).toBeNull();
  });
});

describe("a decree's number as the document's number", () => {
  it("comes from a heading over two lines, leaving every decree field as before", () => {
    const document = parse("河南省人民政府令\n第231号\n《某规定》已经2025年1月6日省政府第49次常务会议审议通过，现予公布，自2025年3月1日起施行。\n省长　王凯\n2025年1月15日\n某规定\n第一条 为了……", { format: "text" }).documents[0];
    expect(document?.decreeNumber).toEqual({ text: "河南省人民政府令第231号", authority: "河南省人民政府", number: 231 });
    expect(document?.decree).toMatchObject({ authority: "河南省人民政府", number: 231, adoptedOn: "2025-01-06", signedOn: "2025-01-15" });
  });

  it("comes from a heading on one line", () => {
    const document = parse("中华人民共和国国务院令　第706号\n国务院关于修改部分行政法规的决定\n一、将某条修改为……", { format: "text" }).documents[0];
    expect(document?.kind).toBe("decree");
    expect(document?.decreeNumber).toMatchObject({ text: "中华人民共和国国务院令第706号", number: 706 });
    expect(document?.title).toBe("国务院关于修改部分行政法规的决定");
  });

  it("comes from the decree that promulgated a regulation, in its headnote", () => {
    const document = parse("公共文化体育设施条例\n2003年6月18日 国务院第12次常务会议通过\n2003年6月26日 中华人民共和国国务院令第382号公布\n第一条 为了……。", { format: "text" }).documents[0];
    expect(document?.kind).toBe("regulation");
    expect(document?.decreeNumber).toMatchObject({ authority: "中华人民共和国国务院", number: 382 });
  });

  it("comes from a page's 发文字号, and fills the dataset's doc_number column", () => {
    const html = `<html><head><meta charset="utf-8"><title>国务院关于修改部分行政法规的决定</title></head><body>
<table><tr><td>标　　题：</td><td>国务院关于修改部分行政法规的决定</td></tr><tr><td>发文字号：</td><td>国务院令第709号</td></tr></table>
<div id="UCAP-CONTENT"><p>国务院关于修改部分行政法规的决定</p><p>一、将某条修改为……</p></div></body></html>`;
    const result = parse(html, { format: "html" });
    expect(result.documents[0]?.decreeNumber).toMatchObject({ text: "国务院令第709号", number: 709 });
    expect(result.documents[0]?.docNumber).toBeUndefined();
    const row = rowsOf(result, "page", "page.html").documents[0];
    expect(row).toMatchObject({ doc_number: "国务院令第709号", doc_number_issuer: "国务院", doc_number_year: null, doc_number_seq: 709 });
  });

  it("is absent from a document with a 文号", () => {
    const document = parse("某某市人民政府\n关于某事的通知\n某政〔2025〕3号\n各单位：\n正文。", { format: "text" }).documents[0];
    expect(document?.decreeNumber).toBeUndefined();
  });
});
