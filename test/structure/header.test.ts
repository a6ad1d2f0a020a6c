import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../src/diagnostics.js";
import { splitLines } from "../../src/input/lines.js";
import { kindOfTitle, readHeader } from "../../src/structure/header.js";

function header(text: string) {
  const sink = new DiagnosticSink();
  const lines = splitLines(text).filter((line) => line.text.length > 0);
  return { header: readHeader(lines, sink), codes: sink.list.map((d) => d.code) };
}

describe("readHeader", () => {
  it("reads a notice: title over two lines, 文号 with date, recipients", () => {
    const { header: h } = header("某某市人民政府\n关于做好某项工作的通知\n某政〔2025〕3号 2025年3月5日\n各县（市、区）人民政府，市直各单位：\n正文。");
    expect(h).toMatchObject({
      title: "某某市人民政府关于做好某项工作的通知",
      kind: "notice",
      issuer: "某某市人民政府",
      date: "2025-03-05",
      recipients: ["各县（市、区）人民政府", "市直各单位"],
      bodyStart: 4,
    });
    expect(h.nodes.map((node) => node.role)).toEqual(["title", "title", "doc-number", "recipients"]);
  });

  it("reads a decree's heading block", () => {
    const text = "河南省人民政府令\n第二百三十一号\n《某规定》已经2025年1月6日省政府第49次常务会议审议通过，现予公布，自2025年3月1日起施行。\n省长　王凯\n2025年1月15日\n某规定\n第一条 为了……";
    const { header: h } = header(text);
    expect(h.kind).toBe("decree");
    expect(h.decree).toEqual({
      authority: "河南省人民政府",
      number: 231,
      adoptedOn: "2025-01-06",
      meeting: "省政府第49次常务会议",
      effectiveFrom: "2025-03-01",
      signatory: { title: "省长", name: "王凯" },
      signedOn: "2025-01-15",
    });
    expect(h.title).toBe("某规定");
  });

  it("reports an impossible date in a header", () => {
    expect(header("关于某事的通知\n某政〔2025〕3号 2025年2月30日\n正文。").codes).toEqual(["invalid-date"]);
  });

  it("stops the title at a paragraph", () => {
    const { header: h } = header("为了加强管理，制定本办法。\n第一条 本办法适用于本市。");
    expect(h.title).toBe("");
    expect(h.bodyStart).toBe(0);
  });

  it("uses a salutation, not recipients, in a speech", () => {
    const { header: h } = header("政府工作报告\n——2025年2月9日在某市第十六届人民代表大会第三次会议上\n某市人民政府市长 张三\n各位代表：\n现在。");
    expect(h.recipients).toBeUndefined();
    expect(h.report).toEqual({ date: "2025-02-09", occasion: "某市第十六届人民代表大会第三次会议", speaker: { title: "某市人民政府市长", name: "张三" } });
    expect(h.issuer).toBe("某市人民政府");
  });
});

describe("readHeader: recipients and joint issuers", () => {
  it("reads recipients printed over two lines", () => {
    const { header: h } = header("某某市人民政府\n关于做好某项工作的通知\n各省、自治区、直辖市人民政府，\n国务院各部委、各直属机构：\n正文。");
    expect(h.recipients).toEqual(["各省、自治区、直辖市人民政府", "国务院各部委", "各直属机构"]);
    expect(h.nodes.map((node) => node.role)).toEqual(["title", "title", "recipients", "recipients"]);
  });

  it("reads a reply's recipient after the 文号", () => {
    const { header: h } = header("河南省人民政府关于同意设立某开发区的批复\n豫政文〔2025〕36号\n洛阳市人民政府：\n你市《关于设立某开发区的请示》收悉。");
    expect(h).toMatchObject({ kind: "reply", recipients: ["洛阳市人民政府"] });
  });

  it("reads a letter addressed to a person", () => {
    expect(header("某某关于科技节水建议的复函\n国办函〔2005〕21号\n马万祺副主席：\n正文。").header.recipients).toEqual(["马万祺副主席"]);
  });

  it("near miss: a lead-in ending with a colon under a title is no recipient", () => {
    const { header: h } = header("某某规定\n为进一步深化文化体制改革，特制定以下规定：\n一、总则。");
    expect(h.recipients).toBeUndefined();
  });

  it("reads the organs of a joint document from its title", () => {
    expect(header("国务院办公厅、中央军委办公厅\n关于加强某项工作的通知\n正文。").header).toMatchObject({ issuer: "国务院办公厅", issuers: ["国务院办公厅", "中央军委办公厅"] });
    expect(header("洛阳市人民政府办公室  洛阳市财政局\n关于做好某项工作的通知\n正文。").header).toMatchObject({ issuer: "洛阳市人民政府办公室", issuers: ["洛阳市人民政府办公室", "洛阳市财政局"] });
  });

  it("near miss: one organ's name is no joint document", () => {
    const { header: h } = header("洛阳市人民政府办公室\n关于做好某项工作的通知\n正文。");
    expect(h.issuer).toBe("洛阳市人民政府办公室");
    expect(h.issuers).toBeUndefined();
  });
});

describe("kindOfTitle", () => {
  it.each([
    ["关于印发某方案的通知", "notice"],
    ["某某实施方案（试行）", "plan"],
    ["某某管理办法", "regulation"],
    ["政府工作报告", "report"],
    ["关于某事的意见", "opinion"],
    ["洛阳济源同城一体深度融合三十三条", "measures"],
    ["老年优惠卡办理及使用指南", "guide"],
    ["某某目录", "other"],
    ["国务院关于河北雄安新区总体规划的批复", "reply"],
    ["国务院办公厅关于科技节水建议的复函", "reply"],
    ["国务院办公厅对十届全国人大四次会议第7240号建议的答复", "reply"],
    ["国务院办公厅关于湖北省在温家宝总理考察工作时所提问题和建议办理情况的函", "letter"],
    // Near misses: the word inside a title, not at its end.
    ["关于做好复函办理工作的通知", "notice"],
    ["答复口径", "other"],
  ])("%s is %s", (title, kind) => {
    expect(kindOfTitle(title)).toBe(kind);
  });
});
