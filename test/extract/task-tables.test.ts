import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import { TASK_COLUMNS } from "../../src/extract/task-tables.js";
import { parse } from "../../src/parse.js";
import { slice } from "../helpers.js";

const names = (units: Array<{ name: string }> | undefined) => (units ?? []).map((unit) => unit.name);

describe("task tables", () => {
  it.each(TASK_COLUMNS.map((row) => row.example))("knows the column %s", (example) => {
    expect(TASK_COLUMNS.some((row) => row.pattern.test(example))).toBe(true);
  });

  it("reads each row of a text task table as a task with units and deadline", () => {
    const source = "某市重点任务分解表\n\n序号\t重点任务\t牵头单位\t责任单位\t完成时限\n1\t推进甲项目建设\t市发展改革委\t市财政局、自然资源局\t2025年6月底前\n2\t完善乙制度\t市司法局\t各县（市、区）政府\t长期坚持\n";
    const tasks = parse(source).documents[0]?.tasks ?? [];
    expect(tasks.map((task) => [task.number, task.text, names(task.leadUnits), names(task.responsibleUnits), task.deadline?.date ?? task.deadline?.kind])).toEqual([
      [1, "推进甲项目建设", ["市发展改革委"], ["市财政局", "市自然资源局"], "2025-06-30"],
      [2, "完善乙制度", ["市司法局"], ["各县（市、区）政府"], "ongoing"],
    ]);
    expect(slice(source, tasks[0]?.responsibleUnits[1]?.position as NonNullable<unknown> as { start: { offset: number }; end: { offset: number } })).toBe("自然资源局");
  });

  it("reads an HTML task table whose cells start with 一、 and 1., with group rows as sections and rowspan units", () => {
    const page = `<html><body><div id="UCAP-CONTENT"><p>某省重点任务分工方案</p><table>
<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>
<tr><td colspan="5">一、优化政务服务</td></tr>
<tr><td>1.</td><td>1.推行一网通办</td><td rowspan="2">省政务服务办</td><td>省公安厅等</td><td>2025年底前</td></tr>
<tr><td>2.</td><td>2.压减办理时限</td><td>各市人民政府</td><td>2025年第三季度</td></tr>
</table></div></body></html>`;
    const result = parse(page, { format: "html" });
    const tasks = result.documents[0]?.tasks ?? [];
    expect(tasks.map((task) => [task.number, task.section?.title, task.text, names(task.leadUnits), names(task.cooperatingUnits), task.deadline?.date])).toEqual([
      [1, "一、优化政务服务", "1.推行一网通办", ["省政务服务办"], ["省公安厅"], "2025-12-31"],
      [2, "一、优化政务服务", "2.压减办理时限", ["省政务服务办"], ["各市人民政府"], "2025-09-30"],
    ]);
    expect(slice(page, tasks[1]?.leadUnits[0]?.position as NonNullable<unknown> as { start: { offset: number }; end: { offset: number } })).toBe("省政务服务办");
    expect(check(result).filter((d) => d.code.startsWith("task-missing-lead") || d.code === "table-row-width")).toEqual([]);
  });

  it("reads a Markdown task table", () => {
    const tasks = parse("# 某市任务清单\n\n| 序号 | 工作任务 | 责任单位 | 完成时间 |\n| --- | --- | --- | --- |\n| 1 | 建设甲平台 | 市数据局 | 2025年12月底前 |\n", { format: "markdown" }).documents[0]?.tasks;
    expect(tasks?.map((task) => [task.text, names(task.responsibleUnits), task.deadline?.date])).toEqual([["建设甲平台", ["市数据局"], "2025-12-31"]]);
  });

  it("reads no tasks from a table that names no units (an indicator table)", () => {
    expect(parse("某规划\n\n序号\t指标\t目标值\n1\t城市供水\t120\n").documents[0]?.tasks).toBeUndefined();
  });

  it("does not report missing leads where the table has no 牵头单位 column", () => {
    const result = parse("某市任务清单\n\n序号\t工作任务\t责任单位\n1\t建设甲平台\t市数据局\n");
    expect(check(result).map((d) => d.code)).not.toContain("task-missing-lead-unit");
  });
});
