import { describe, expect, it } from "vitest";
import { NOTE_LABELS, NOTE_VERBS } from "../../src/extract/note-forms.js";
import { findNotes } from "../../src/extract/notes.js";
import { fold } from "../../src/util/chars.js";

/** The units of each part of the notes found in `text`, as `role:text`. */
function parts(text: string): string[] {
  const folded = fold(text);
  return findNotes(text).flatMap((note) => note.parts.map((part) => `${part.role}:${folded.slice(part.from, part.to)}`));
}

describe("note forms (one row, one example)", () => {
  it.each(NOTE_LABELS.map((row) => [row.example, row.role] as const))("reads the labelled example %s", (example, role) => {
    expect(findNotes(`甲措施。${example}`)[0]?.parts.some((part) => part.role === role)).toBe(true);
  });

  it.each(NOTE_VERBS.map((row) => [row.example, row.role] as const))("reads the verb example %s", (example, role) => {
    expect(findNotes(`甲措施。${example}`)[0]?.parts.some((part) => part.role === role)).toBe(true);
  });
});

describe("labelled notes", () => {
  it.each([
    ["（责任单位：市发展改革委、市财政局）", ["responsible:市发展改革委、市财政局"]],
    ["(责任单位:市发改委)", ["responsible:市发改委"]],
    ["（牵头单位：甲局；责任单位：乙局、丙局）", ["lead:甲局", "responsible:乙局、丙局"]],
    ["（牵头单位：甲局，责任单位：乙局）", ["lead:甲局", "responsible:乙局"]],
    ["（牵头单位：甲局；配合单位：乙局）", ["lead:甲局", "cooperating:乙局"]],
    ["（牵头单位：甲局；参与单位：乙局、丙局）", ["lead:甲局", "cooperating:乙局、丙局"]],
    ["（责任部门：市教育局）", ["responsible:市教育局"]],
    ["（责任单位：市发改委，市财政局）", ["responsible:市发改委,市财政局"]],
  ])("reads %s", (note, expected) => {
    expect(parts(`1.某措施。${note}`)).toEqual(expected);
  });

  it("keeps a labelled part that is not a unit list as a field", () => {
    const [note] = findNotes("1.某措施。（负责部门：市民政局；适用范围：全市）");
    expect(note?.parts).toHaveLength(1);
    expect(note?.fields).toEqual([{ label: "适用范围", value: "全市" }]);
  });

  it("reads no note from a labelled bracket that names no units", () => {
    expect(findNotes("1.某措施。（适用范围：全市）")).toEqual([]);
  });
});

describe("verb-suffixed notes", () => {
  it.each([
    ["（国家发展改革委、财政部负责）", ["responsible:国家发展改革委、财政部"]],
    ["（教育部牵头，人力资源社会保障部等参与）", ["lead:教育部", "cooperating:人力资源社会保障部等"]],
    ["（自然资源部牵头负责）", ["lead:自然资源部"]],
    ["（各省级人民政府负责）", ["responsible:各省级人民政府"]],
    ["（商务部、海关总署等按职责分工负责）", ["responsible:商务部、海关总署等"]],
    ["（甲局会同乙局负责）", ["lead:甲局", "responsible:甲局", "responsible:乙局"]],
    ["（商务部指导，供销合作总社参与）", ["responsible:商务部", "cooperating:供销合作总社"]],
    ["（各县（市、区）政府负责）", ["responsible:各县(市、区)政府"]],
  ])("reads %s", (note, expected) => {
    expect(parts(`1.某措施。${note}`)).toEqual(expected);
  });
});

describe("near misses: brackets that are not notes", () => {
  it.each([
    "1.某措施。（详见附件）",
    "1.某措施（2024年）",
    "1.某措施（试行）",
    "1.某措施。（见附件）",
    "1.某措施。（责任单位：市发改委",
    "1.加快推进改建工程（洛济快速通道)",
    "1.由市财政局负责资金保障（具体办法另行制定）",
    "1.某措施。（技工院校内由人力资源社会保障行政部门负责）。",
    "1.某措施。（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）",
    "1.某措施（市发改委负责）的落实情况要定期通报",
    "1.某措施。（2025年6月底前完成）",
  ])("finds no note in %s", (text) => {
    expect(findNotes(text)).toEqual([]);
  });
});

describe("placement inside a text", () => {
  it("finds notes that close sentences in the middle of a text, in order", () => {
    const text = "甲工作。（工业和信息化部、商务部指导）乙工作。（市场监管总局负责）";
    expect(findNotes(text).map((note) => text.slice(note.open, note.close))).toEqual(["（工业和信息化部、商务部指导）", "（市场监管总局负责）"]);
  });

  it("finds a note followed by a full stop", () => {
    expect(findNotes("某措施（责任单位：市发改委）。")).toHaveLength(1);
  });
});
