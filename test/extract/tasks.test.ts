import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const doc = (body: string) => parse(`某县人民政府关于任务分解的通知\n\n${body}`).documents[0];

describe("tasks", () => {
  it("reads fields in any order and either colon width", () => {
    const document = doc("一、甲方面\n（一）乙项\n1.丙任务。\n责任单位:县住建局、自然资源局\n牵头单位：县住建局\n牵头领导：李四");
    expect(document?.tasks?.[0]).toMatchObject({
      number: 1,
      section: { number: 1, title: "甲方面" },
      subsection: { number: 1, title: "乙项" },
      text: "丙任务。",
      leadOfficials: ["李四"],
    });
    expect(document?.tasks?.[0]?.leadUnits.map((u) => u.name)).toEqual(["县住建局"]);
    expect(document?.tasks?.[0]?.responsibleUnits.map((u) => u.name)).toEqual(["县住建局", "县自然资源局"]);
  });

  it("gives an empty list for a missing field, not an error", () => {
    const document = doc("1.甲任务。\n牵头领导：张三\n牵头单位：县发改委");
    expect(document?.tasks?.[0]?.responsibleUnits).toEqual([]);
    expect(parse("某通知\n\n1.甲任务。\n牵头领导：张三").diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("has no subsection when the document has one level above tasks", () => {
    expect(doc("一、甲\n1.乙。\n牵头单位：丙局")?.tasks?.[0]).toMatchObject({ section: { number: 1 }, subsection: null });
  });

  it("does not read a numbered item with other fields as a task", () => {
    expect(doc("1.甲。\n联系电话：12345")?.tasks).toBeUndefined();
  });

  it("covers the task and its field lines with its position", () => {
    const result = parse("通知\n\n1.甲任务。\n牵头单位：县发改委\n责任单位：各乡镇");
    const task = result.documents[0]?.tasks?.[0];
    expect(task?.position.start.line).toBe(3);
    expect(task?.position.end.line).toBe(5);
  });
});
