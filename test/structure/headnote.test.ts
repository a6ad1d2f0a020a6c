import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../src/diagnostics.js";
import { splitLines } from "../../src/input/lines.js";
import { HEADNOTE_ACTIONS, isHeadnoteLine, readHeadnote } from "../../src/structure/headnote.js";
import { readHeader } from "../../src/structure/header.js";
import { fold } from "../../src/util/chars.js";
import { slice } from "../helpers.js";

function headnoteOf(text: string) {
  const lines = splitLines(text, true);
  return readHeadnote(lines, new DiagnosticSink());
}

function header(text: string) {
  return readHeader(splitLines(text, true), new DiagnosticSink());
}

describe("HEADNOTE_ACTIONS", () => {
  it.each(HEADNOTE_ACTIONS.map((row) => [row.example, row.action] as const))("reads %s as %s", (example, action) => {
    const note = headnoteOf(example);
    if (action === "effective") expect(note.effectiveFrom?.source).toBe("headnote");
    else expect(note.history.map((entry) => entry.action)).toEqual([action]);
  });
});

describe("readHeadnote", () => {
  it("reads a bracketed headnote with a 根据…修正 chain, positions slicing back to each clause", () => {
    const text =
      "（1989年2月21日第七届全国人民代表大会常务委员会第六次会议通过　根据2002年4月28日第九届全国人民代表大会常务委员会第二十七次会议《关于修改〈中华人民共和国进出口商品检验法〉的决定》第一次修正　根据2021年4月29日第十三届全国人民代表大会常务委员会第二十八次会议《关于修改〈中华人民共和国道路交通安全法〉等八部法律的决定》第二次修正）";
    const note = headnoteOf(text);
    expect(note.history.map((entry) => [entry.action, entry.date, entry.ordinal])).toEqual([
      ["adopted", "1989-02-21", null],
      ["amended", "2002-04-28", 1],
      ["amended", "2021-04-29", 2],
    ]);
    expect(note.history[1]).toMatchObject({
      body: "第九届全国人民代表大会常务委员会",
      meeting: "第二十七次会议",
      instrument: "关于修改〈中华人民共和国进出口商品检验法〉的决定",
    });
    for (const entry of note.history) expect(slice(text, entry.position)).toBe(entry.text);
    expect(note.history[1]?.text.startsWith("根据2002年")).toBe(true);
  });

  it("reads one clause a line, as law databases print them, with approval, promulgation and effect", () => {
    const note = headnoteOf(
      "2011年6月30日 杭州市第十一届人民代表大会常务委员会第三十三次会议通过\n2011年9月30日 浙江省第十一届人民代表大会常务委员会第二十八次会议批准\n2011年10月17日 杭州市第十一届人民代表大会常务委员会公告第54号公布\n2011年12月1日 施行",
    );
    expect(note.history.map((entry) => entry.action)).toEqual(["adopted", "approved", "promulgated"]);
    expect(note.history[2]).toMatchObject({ body: "杭州市第十一届人民代表大会常务委员会", instrument: "杭州市第十一届人民代表大会常务委员会公告第54号" });
    expect(note.effectiveFrom).toMatchObject({ date: "2011-12-01", source: "headnote" });
  });

  it("reads a State Council regulation's decree and its revisions", () => {
    const note = headnoteOf(
      "1997年8月11日 中华人民共和国国务院令第228号发布\n2013年12月7日 《国务院关于修改部分行政法规的决定》第一次修订\n2017年3月1日 《国务院关于修改和废止部分行政法规的决定》第二次修订  根据",
    );
    expect(note.history.map((entry) => [entry.action, entry.body, entry.instrument, entry.ordinal])).toEqual([
      ["promulgated", "中华人民共和国国务院", "中华人民共和国国务院令第228号", null],
      ["revised", null, "国务院关于修改部分行政法规的决定", 1],
      ["revised", null, "国务院关于修改和废止部分行政法规的决定", 2],
    ]);
  });

  it("gives a clause with no action of its own the action of the clause after it", () => {
    const note = headnoteOf("2004年11月2日 最高人民法院审判委员会第1331次会议、2004年11月11日最高人民检察院第十届检察委员会第28次会议通过");
    expect(note.history.map((entry) => [entry.action, entry.body, entry.meeting])).toEqual([
      ["adopted", "最高人民法院审判委员会", "第1331次会议"],
      ["adopted", "最高人民检察院第十届检察委员会", "第28次会议"],
    ]);
  });

  it("splits two clauses printed on one line", () => {
    const note = headnoteOf("2016年9月29日 浙江省第十二届人民代表大会常务委员会第三十三次会议批准2019年6月21日湖州市第八届人民代表大会常务委员会第二十次会议修订");
    expect(note.history.map((entry) => [entry.action, entry.date])).toEqual([
      ["approved", "2016-09-29"],
      ["revised", "2019-06-21"],
    ]);
  });

  it("reads 自…起施行 inside a bracketed headnote as the effect, not history", () => {
    const note = headnoteOf("（2024年12月16日省政府第47次常务会议通过　2025年1月2日河南省人民政府令第231号公布　自2025年3月1日起施行）");
    expect(note.history.map((entry) => entry.action)).toEqual(["adopted", "promulgated"]);
    expect(note.history[0]).toMatchObject({ body: "省政府", meeting: "第47次常务会议" });
    expect(note.effectiveFrom?.date).toBe("2025-03-01");
  });

  it("records a corrected date as null and reads no history from a line without a date", () => {
    expect(headnoteOf("（2025年2月30日某市人民代表大会常务委员会第一次会议通过）").history[0]?.date).toBeNull();
    expect(headnoteOf("（经市人民代表大会常务委员会会议通过）").history).toEqual([]);
  });
});

describe("isHeadnoteLine", () => {
  it.each([
    "（2024年6月28日第十四届全国人民代表大会常务委员会第十次会议通过）",
    "2022年9月2日 第十三届全国人民代表大会常务委员会第三十六次会议通过",
    "2024年7月10日 中华人民共和国国务院令第786号修订）",
    "2011年12月1日 施行",
    "（1989年2月21日第七届全国人民代表大会常务委员会第六次会议通过",
  ])("is one: %s", (line) => {
    expect(isHeadnoteLine(fold(line))).toBe(true);
  });

  it.each([
    "2025年3月1日",
    "2025年3月1日前，各单位报送实施方案。",
    "中华人民共和国反电信网络诈骗法",
    "（以下简称湿地公园）",
    "目　　录",
  ])("is not one: %s", (line) => {
    expect(isHeadnoteLine(fold(line))).toBe(false);
  });
});

describe("readHeader on a law", () => {
  it("keeps the headnote out of the title, and reads adoption and history", () => {
    const h = header("中华人民共和国某某法\n（2024年6月28日第十四届全国人民代表大会常务委员会第十次会议通过）\n第一条 为了……，制定本法。");
    expect(h.title).toBe("中华人民共和国某某法");
    expect(h.kind).toBe("law");
    expect(h.adoption).toMatchObject({ date: "2024-06-28", body: "第十四届全国人民代表大会常务委员会", meeting: "第十次会议" });
    expect(h.history).toHaveLength(1);
    expect(h.nodes.map((node) => node.role)).toEqual(["title", "headnote"]);
  });

  it("reads a headnote of several clause lines, the first adoption being the adoption", () => {
    const h = header(
      "郑州市水资源管理条例\n2002年12月26日 郑州市第十一届人民代表大会常务委员会第三十四次会议通过\n2003年5月29日 河南省第十届人民代表大会常务委员会第三次会议批准\n2008年8月22日 郑州市第十二届人民代表大会常务委员会第三十九次会议通过\n第一条 为了……，制定本条例。",
    );
    expect(h.title).toBe("郑州市水资源管理条例");
    expect(h.kind).toBe("regulation");
    expect(h.adoption?.date).toBe("2002-12-26");
    expect(h.decree?.adoptedOn).toBe("2002-12-26");
    expect(h.history?.map((entry) => entry.action)).toEqual(["adopted", "approved", "adopted"]);
    expect(h.bodyStart).toBe(4);
  });

  it("reads a headnote printed over several lines in one pair of brackets", () => {
    const h = header("某某法\n（2001年10月27日第九届全国人民代表大会常务委员会第二十四次会议通过\n根据2011年12月31日第十一届全国人民代表大会常务委员会第二十四次会议《关于修改〈某某法〉的决定》修正）\n第一条 为了……。");
    expect(h.history?.map((entry) => entry.action)).toEqual(["adopted", "amended"]);
    expect(h.nodes.map((node) => node.role)).toEqual(["title", "headnote", "headnote"]);
  });

  it("takes effectiveFrom from the decree before the headnote", () => {
    const h = header(
      "河南省人民政府令\n第231号\n《某规定》已经2025年1月6日省政府第49次常务会议审议通过，现予公布，自2025年3月1日起施行。\n省长　王凯\n2025年1月15日\n某规定\n（2025年1月6日省政府第49次常务会议通过　2025年1月15日河南省人民政府令第231号公布　自2025年4月1日起施行）\n第一条 为了……",
    );
    expect(h.effectiveFrom).toMatchObject({ date: "2025-03-01", source: "decree" });
  });

  it("reads a title printed again under it as title, not as a new paragraph", () => {
    const h = header("中华人民共和国某某豁免法\n中华人民共和国某某\n豁免法\n2005年10月25日 第十届全国人民代表大会常务委员会第十八次会议通过\n第一条 ……。");
    expect(h.title).toBe("中华人民共和国某某豁免法");
    expect(h.history).toHaveLength(1);
  });
});

describe("a title line ending in 法", () => {
  it("ends a law's title", () => {
    expect(header("中华人民共和国某某法\n第一条 为了……。").title).toBe("中华人民共和国某某法");
  });

  it("does not end a title when it ends inside 《》", () => {
    const h = header("国务院关于暂时调整实施《中华人民共和国药品管理法\n实施条例》有关规定的决定\n国发〔2018〕43号\n正文。");
    expect(h.title).toBe("国务院关于暂时调整实施《中华人民共和国药品管理法实施条例》有关规定的决定");
    expect(h.kind).toBe("decision");
  });
});

describe("a law promulgated by a presidential order", () => {
  it("reads the order's heading, preamble (meeting before date) and signature, then the law's headnote", () => {
    const h = header(
      "中华人民共和国主席令\n第二十五号\n《中华人民共和国某某法》已由中华人民共和国第十四届全国人民代表大会常务委员会第十次会议于2024年6月28日通过，现予公布，自2025年1月1日起施行。\n中华人民共和国主席　习近平\n2024年6月28日\n中华人民共和国某某法\n第一条 为了……。",
    );
    expect(h.kind).toBe("decree");
    expect(h.title).toBe("中华人民共和国某某法");
    expect(h.decree).toMatchObject({ authority: "中华人民共和国主席", number: 25, adoptedOn: "2024-06-28", effectiveFrom: "2025-01-01", signatory: { title: "中华人民共和国主席", name: "习近平" } });
    expect(h.decree?.meeting).toBe("中华人民共和国第十四届全国人民代表大会常务委员会第十次会议");
    expect(h.decreeNumber?.text).toBe("中华人民共和国主席令第二十五号");
    expect(h.effectiveFrom?.source).toBe("decree");
  });

  it("does not read a preamble without 已由…于…通过 as an adoption", () => {
    const h = header("中华人民共和国主席令\n第二十五号\n现公布某某法，自2025年1月1日起施行。\n中华人民共和国某某法\n第一条 为了……。");
    expect(h.decree?.adoptedOn).toBeNull();
    expect(h.decree?.effectiveFrom).toBe("2025-01-01");
  });
});

describe("a page that prints the text again under its headnote", () => {
  it("reads the title printed again and the 文号 under it as header, zero-width lines between", () => {
    const h = header("最高人民法院关于审理某类案件适用法律若干问题的解释\n2023年6月5日 最高人民法院审判委员会第1890次会议通过\n\u200b\n最高人民法院关于审理某类案件\n适用法律若干问题的解释\n\u200b\n法释〔2023〕5号\n为正确审理某类案件，制定本解释。\n第一条 ……。");
    expect(h.docNumber?.text).toBe("法释〔2023〕5号");
    expect(h.kind).toBe("judicial-interpretation");
    expect(h.nodes.map((node) => node.role)).toEqual(["title", "headnote", "paragraph", "title", "title", "paragraph", "doc-number"]);
  });

  it("leaves other lines after the headnote to the body", () => {
    const h = header("某某条例\n2019年11月29日 某省人民代表大会常务委员会第十三次会议通过\n\u200b\n为了加强管理，制定本条例。");
    expect(h.nodes.map((node) => node.role)).toEqual(["title", "headnote"]);
    expect(h.bodyStart).toBe(2);
  });
});

describe("自公布之日起施行 in a headnote", () => {
  it("keeps the promulgation and takes its day as the effect", () => {
    const text = "（2018年10月26日第十三届全国人民代表大会常务委员会第六次会议通过　2018年10月26日中华人民共和国主席令第十一号公布　自公布之日起施行）";
    const note = headnoteOf(text);
    expect(note.history.map((entry) => [entry.action, entry.instrument])).toEqual([
      ["adopted", null],
      ["promulgated", "中华人民共和国主席令第十一号"],
    ]);
    expect(note.effectiveFrom).toMatchObject({ date: "2018-10-26", source: "headnote" });
    expect(slice(text, note.effectiveFrom?.position as NonNullable<typeof note.effectiveFrom>["position"])).toBe("自公布之日起施行");
  });
});
