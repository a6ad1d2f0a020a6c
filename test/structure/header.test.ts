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
  ])("%s is %s", (title, kind) => {
    expect(kindOfTitle(title)).toBe(kind);
  });
});
