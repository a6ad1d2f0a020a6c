import { describe, expect, it } from "vitest";
import { findNote } from "../../src/extract/measures.js";
import { parse } from "../../src/parse.js";

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
