import { describe, expect, it } from "vitest";
import { DEADLINE_FORMS, readDeadline } from "../../src/extract/deadlines.js";
import { parse } from "../../src/parse.js";

describe("readDeadline", () => {
  it.each(DEADLINE_FORMS.map((form) => form.example))("reads the example %s", (example) => {
    expect(readDeadline(example)).not.toBeNull();
  });

  it.each([
    ["2025年6月底前完成", "2025-06-30"],
    ["2024年2月底前", "2024-02-29"],
    ["2025年12月前", "2025-12-31"],
    ["2025年第三季度末前完成", "2025-09-30"],
    ["2025年1季度", "2025-03-31"],
    ["2025年上半年完成", "2025-06-30"],
    ["2025年下半年", "2025-12-31"],
    ["2025年底前", "2025-12-31"],
    ["２０２５年底前完成", "2025-12-31"],
  ])("reads %s as due %s", (raw, date) => {
    expect(readDeadline(raw)).toEqual({ raw, date });
  });

  it.each(["长期坚持", "持续推进"])("reads %s as ongoing", (raw) => {
    expect(readDeadline(raw)).toEqual({ raw, kind: "ongoing" });
  });

  it.each(["2024年", "2025年6月", "2025年13月底前", "市发改委", "2025年6月底前完成项目建设并投入使用"])("reads no deadline in %s", (raw) => {
    expect(readDeadline(raw)).toBeNull();
  });
});

describe("deadlines of measures and tasks", () => {
  it("reads a deadline bracket ending a measure and a deadline clause of a note", () => {
    const measures = parse("某市若干措施\n\n1.甲措施。（市发展改革委负责，2025年6月底前完成）\n2.乙措施。（市财政局负责）（长期坚持）\n3.丙措施（2024年）。（市教育局负责）").documents[0]?.measures;
    expect(measures?.map((m) => [m.deadline?.raw, m.deadline?.date ?? m.deadline?.kind])).toEqual([
      ["2025年6月底前完成", "2025-06-30"],
      ["长期坚持", "ongoing"],
      [undefined, undefined],
    ]);
    expect(measures?.[0]?.responsibleUnits.map((u) => u.name)).toEqual(["市发展改革委"]);
  });

  it("reads a 完成时限 line of a task", () => {
    const task = parse("某市任务分解\n\n1.推进甲项目。\n牵头单位：市发改委\n完成时限：2025年12月底前\n").documents[0]?.tasks?.[0];
    expect(task?.deadline).toMatchObject({ raw: "2025年12月底前", date: "2025-12-31" });
  });
});
