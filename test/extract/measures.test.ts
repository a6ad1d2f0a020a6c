import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { findNote } from "../../src/extract/measures.js";
import { parse } from "../../src/parse.js";
import { fold } from "../../src/util/chars.js";

describe("findNote", () => {
  it.each([
    ["1.某措施。（责任单位：市发改委）", "责任单位"],
    ["1.某措施。(责任单位:市发改委)", "责任单位"],
    ["1.某措施。（牵头单位：市发改委）。", "牵头单位"],
    ["1.某措施。（责任单位：市公安局（交警支队））", "责任单位"],
    ["1.某措施（洛济快速通道)设计变更。(责任单位:市交通运输局)", "责任单位"],
  ])("finds the note of %s", (text, label) => {
    expect(findNote(text)?.label).toBe(label);
  });

  it.each(["1.加快推进改建工程（洛济快速通道)", "1.某措施。", "1.某措施（试行）", "1.某措施。（见附件）", "1.某措施。（责任单位：市发改委"])("finds no note in %s", (text) => {
    expect(findNote(text)).toBeNull();
  });
});

describe("measures", () => {
  const doc = (body: string) => parse(`某某若干措施\n\n${body}`).documents[0];

  it("reads measures with their section, text without the note, and units", () => {
    const document = doc("一、产业共建\n1.甲措施。（责任单位：市发改委、工信局）\n2.乙措施。（责任单位：市工信局）\n二、交通共联\n3.丙措施。（责任单位：市交通局）");
    expect(document?.measures?.map((m) => [m.number, m.section?.title, m.text, m.responsibleUnits.map((u) => u.name)])).toEqual([
      [1, "产业共建", "甲措施。", ["市发改委", "市工信局"]],
      [2, "产业共建", "乙措施。", ["市工信局"]],
      [3, "交通共联", "丙措施。", ["市交通局"]],
    ]);
  });

  it("keeps an item of the same kind without a note, with no units", () => {
    const document = doc("1.甲措施。（责任单位：市发改委）\n2.乙措施。\n3.丙措施。（责任单位：市交通局）");
    expect(document?.measures?.map((m) => [m.number, m.responsibleUnits.length])).toEqual([
      [1, 1],
      [2, 0],
      [3, 1],
    ]);
  });

  it("reads nothing when only a few items end with a bracket", () => {
    const document = doc("1.甲。\n2.乙。\n3.丙。\n4.丁。（责任单位：市发改委）");
    expect(document?.measures).toBeUndefined();
  });
});

describe("measures as real documents print them", () => {
  const document = parse(readFileSync(new URL("../../fixtures/measures-verb-notes.txt", import.meta.url), "utf8")).documents[0];
  const measures = document?.measures ?? [];
  const names = (units: Array<{ name: string }> | undefined) => (units ?? []).map((unit) => unit.name);

  it("reads verb-suffixed notes: lead, cooperating, responsible", () => {
    expect(names(measures[0]?.leadUnits)).toEqual(["省政务服务办"]);
    expect(names(measures[0]?.cooperatingUnits)).toEqual(["省发展改革委", "省公安厅"]);
    expect(names(measures[2]?.responsibleUnits)).toEqual(["省发展改革委", "省财政厅"]);
  });

  it("ends a list at 等, which is not a unit, and marks the unit before it", () => {
    expect(measures[0]?.cooperatingUnits?.map((unit) => [unit.name, unit.etc])).toEqual([
      ["省发展改革委", undefined],
      ["省公安厅", true],
    ]);
  });

  it("reads a note on its own line right after its item", () => {
    expect(measures[1]?.note?.raw).toBe("（省市场监管局负责）");
    expect(names(measures[1]?.responsibleUnits)).toEqual(["省市场监管局"]);
  });

  it("keeps every note of an item, in order, each with its position", () => {
    expect(measures[3]?.notes?.map((note) => note.raw)).toEqual(["（省自然资源厅负责）", "（省自然资源厅会同省发展改革委负责）"]);
    expect(measures[3]?.notes?.[0]?.position.start.line).toBe(13);
    expect(names(measures[3]?.leadUnits)).toEqual(["省自然资源厅"]);
  });

  it("reads 配合单位 as cooperating units and flags collective units", () => {
    expect(names(measures[4]?.cooperatingUnits)).toEqual(["人民银行某省分行", "各市人民政府"]);
    expect(measures[4]?.cooperatingUnits?.[1]?.kind).toBe("collective");
    expect(measures[5]?.responsibleUnits.map((unit) => [unit.name, unit.kind])).toEqual([
      ["各有关部门", "collective"],
      ["各市人民政府", "collective"],
    ]);
  });

  it("skips a bracket that is not a note before the note (（详见附件）)", () => {
    expect(measures[5]?.note?.raw).toBe("（各有关部门、各市人民政府负责）");
  });

  it("gives every measure its whole path: 一、（一） and 二、（一） differ", () => {
    expect(measures.map((measure) => measure.path?.map((entry) => entry.marker).join(""))).toEqual(["一、", "一、", "一、", "二、", "二、", "二、", ""]);
    expect(measures[3]?.path?.[0]).toEqual({ marker: "二、", number: 2, title: "强化要素保障" });
  });

  it("reads a heading with a note and no noted items below it as a measure", () => {
    expect(measures[6]).toMatchObject({ number: 3, text: "加强组织实施" });
    expect(names(measures[6]?.responsibleUnits)).toEqual(["各市人民政府"]);
  });

  it("does not read a heading over noted items as a measure", () => {
    expect(measures.some((measure) => measure.text.startsWith("提升政务服务效能"))).toBe(false);
  });
});

describe("note-not-read", () => {
  const codes = (text: string) => parse(`某某若干措施\n\n${text}`).diagnostics.map((d) => d.code);

  it("says when an item carries a note that no extractor read", () => {
    expect(codes("1.甲。\n2.乙。\n3.丙。\n4.丁。（责任单位：市发改委）")).toContain("note-not-read");
  });

  it("is silent when the notes are read as measures", () => {
    expect(codes("1.甲。（市发改委负责）\n2.乙。（市财政局负责）")).not.toContain("note-not-read");
  });

  it("is silent for an item read as a task", () => {
    expect(codes("1.甲任务（试点）。\n牵头单位：市发改委\n2.乙任务。\n牵头单位：市财政局")).not.toContain("note-not-read");
  });
});

describe("measures in HTML and Markdown", () => {
  it("reads verb-suffixed notes in an HTML page, a note in its own <p>", () => {
    const page = `<html><body><div id="UCAP-CONTENT"><p>某省若干措施</p><p>1.甲措施。（省发展改革委牵头，省财政厅参与）</p><p>2.乙措施。</p><p>（省教育厅负责）</p><p>3.丙措施。（省商务厅负责）</p></div></body></html>`;
    const measures = parse(page, { format: "html" }).documents[0]?.measures;
    expect(measures?.map((m) => m.responsibleUnits.map((u) => u.name).join())).toEqual(["省发展改革委", "省教育厅", "省商务厅"]);
  });

  it("reads notes in Markdown list items", () => {
    const measures = parse("# 某市若干措施\n\n1. 甲措施。（市发展改革委负责）\n2. 乙措施。（牵头单位：市财政局；配合单位：市税务局）\n", { format: "markdown" }).documents[0]?.measures;
    expect(measures?.map((m) => [m.number, m.responsibleUnits.map((u) => u.name).join(), (m.cooperatingUnits ?? []).map((u) => u.name).join()])).toEqual([
      [1, "市发展改革委", ""],
      [2, "市财政局", "市税务局"],
    ]);
  });
});

describe("positional lead rule", () => {
  const doc = (body: string) => parse(`某市若干措施\n\n${body}`).documents[0];

  it.each([
    ["in the first note", "1.甲措施。（市发展改革委、市财政局负责，列第一位者为牵头单位，下同）\n2.乙措施。（市教育局、市人社局负责）", "列第一位者为牵头单位,下同"],
    ["in a sentence", "各项措施中排在第一位的部门为牵头部门。\n1.甲措施。（市发展改革委、市财政局负责）\n2.乙措施。（市教育局、市人社局负责）", "排在第一位的部门为牵头部门"],
    ["as 第一个单位", "第一个单位为牵头单位。\n1.甲措施。（责任单位：市发展改革委、市财政局）\n2.乙措施。（责任单位：市教育局、市人社局）", "第一个单位为牵头单位"],
  ])("gives every note its first unit as lead when the rule is stated %s", (_, body, raw) => {
    const measures = doc(body)?.measures ?? [];
    expect(measures.map((m) => m.leadUnits?.map((u) => u.name))).toEqual([["市发展改革委"], ["市教育局"]]);
    expect(fold(measures[1]?.leadRule?.raw ?? "")).toBe(raw);
  });

  it("keeps the units of a note that states the rule", () => {
    expect(doc("1.甲措施。（市发展改革委、市财政局负责，列第一位者为牵头单位，下同）\n2.乙措施。（市教育局负责）")?.measures?.[0]?.responsibleUnits.map((u) => u.name)).toEqual(["市发展改革委", "市财政局"]);
  });

  it("gives no lead without the rule", () => {
    expect(doc("1.甲措施。（市发展改革委、市财政局负责）\n2.乙措施。（市教育局、市人社局负责）")?.measures?.map((m) => m.leadUnits)).toEqual([undefined, undefined]);
  });

  it("does not override a lead the note names", () => {
    const measures = doc("列第一位者为牵头单位。\n1.甲措施。（市财政局牵头，市发展改革委参与）\n2.乙措施。（市教育局、市人社局负责）")?.measures ?? [];
    expect(measures[0]?.leadUnits?.map((u) => u.name)).toEqual(["市财政局"]);
    expect(measures[0]?.leadRule).toBeUndefined();
  });
});

describe("a note split across a page break", () => {
  it.each([
    ["after a list separator", "1.甲措施。（省发展改革委、\n省财政厅负责）\n2.乙措施。（省教育厅负责）"],
    ["inside an open bracket", "1.甲措施。（省发展改革委牵头，省财政厅\n参与）\n2.乙措施。（省教育厅负责）"],
  ])("is read whole %s", (_, body) => {
    const measures = parse(`某省若干措施\n\n${body}`).documents[0]?.measures ?? [];
    expect(measures[0]?.note?.spans?.length ?? 0).toBeGreaterThan(1);
    expect(measures[0]?.responsibleUnits.map((u) => u.name).join()).toMatch(/^省发展改革委,?/);
    expect([...(measures[0]?.responsibleUnits ?? []), ...(measures[0]?.cooperatingUnits ?? [])].map((u) => u.name)).toContain("省财政厅");
  });
});

describe("tasks and measures in one document", () => {
  it("reads field-line tasks and bracket-note measures side by side", () => {
    const document = parse("某市工作方案\n\n一、重点任务\n1.推进甲项目。\n牵头单位：市发改委\n责任单位：市财政局\n2.推进乙项目。\n牵头单位：市住建局\n二、保障措施\n（一）加强资金保障。（市财政局负责）\n（二）加强用地保障。（市自然资源局负责）\n").documents[0];
    expect(document?.tasks?.map((task) => task.leadUnits.map((u) => u.name).join())).toEqual(["市发改委", "市住建局"]);
    expect(document?.measures?.map((measure) => [measure.path?.[0]?.marker, measure.responsibleUnits.map((u) => u.name).join()])).toEqual([
      ["二、", "市财政局"],
      ["二、", "市自然资源局"],
    ]);
  });
});
