import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import { parse } from "../../src/parse.js";
import type { OutlineNode } from "../../src/schema/result.js";
import { readText, slice, walk } from "../helpers.js";

const html = (body: string) => `<html><body><div id="UCAP-CONTENT"><p>某市人民政府关于印发某方案的通知</p>${body}</div></body></html>`;
const nodes = (outline: OutlineNode[]) => [...walk(outline)];

describe("HTML tables", () => {
  const page = readText("fixtures/html/indicator-table.html");
  const result = parse(page, { name: "indicator-table.html" });
  const document = result.documents[0];
  const table = document?.tables?.[0];

  it("reads a multi-row header as column paths, not as a first row of data", () => {
    expect(table?.columnPaths).toEqual([["序号"], ["指标"], ["供水能力", "日均"], ["供水能力", "年度"], ["属性"]]);
    expect(table?.columns).toEqual(["序号", "指标", "供水能力/日均", "供水能力/年度", "属性"]);
    expect(table?.headerRows).toBe(3);
    expect(table?.caption).toBe("表1 “十四五”水安全保障主要指标");
  });

  it("keeps rows whose cells start with 一、 and 1. as table rows, never as numbered outline items", () => {
    const numbered = nodes(document?.outline ?? []).filter((node) => node.marker !== undefined).map((node) => node.text);
    expect(numbered).toEqual(["一、主要目标", "二、保障措施"]);
    expect(table?.rows.map((row) => row[0])).toEqual(["一、约束性指标", "1.", "2.", "二、预期性指标", "3.", "3.", "4."]);
  });

  it("marks rows that span the table as group rows and gives their text to the records below", () => {
    expect(table?.groupRows).toEqual([0, 3]);
    expect(table?.records?.map((record) => [record.group, record.values["指标"]])).toEqual([
      ["一、约束性指标", "城市供水（万吨）"],
      ["一、约束性指标", "农村自来水普及率 （%）"],
      ["二、预期性指标", "新增供水能力（万吨）"],
      ["二、预期性指标", "新增灌溉面积（万亩）"],
      ["二、预期性指标", "水土保持率（%）"],
    ]);
  });

  it("expands rowspan: the merged cell's text fills each slot and points at the cell as printed", () => {
    const [first, second] = [table?.cells?.[4]?.[0], table?.cells?.[5]?.[0]];
    expect(first).toEqual(second);
    expect(slice(page, first as NonNullable<typeof first>)).toBe("3.");
  });

  it("gives every cell a position that slices back to its text", () => {
    table?.rows.forEach((row, at) => {
      row.forEach((cell, column) => {
        const position = table.cells?.[at]?.[column];
        if (cell === "" || position == null) return;
        expect(slice(page, position).replace(/\s+/g, " ")).toBe(cell);
      });
    });
  });

  it("keeps an empty cell as an empty string in its slot", () => {
    expect(table?.rows[2]).toEqual(["2.", "农村自来水普及率 （%）", "95", "", "约束性"]);
  });

  it("reports only the really short row, not merged cells or group rows", () => {
    const widths = check(result).filter((diagnostic) => diagnostic.code === "table-row-width");
    expect(widths).toHaveLength(1);
    expect(widths[0]).toMatchObject({ actual: "2", expected: "5" });
    expect(widths[0]?.position?.start.line).toBe(23);
  });

  it("reads two tables in a row as two tables", () => {
    const two = parse(html("<table><tr><td>甲</td><td>乙</td></tr><tr><td>1</td><td>2</td></tr></table><table><tr><td>丙</td><td>丁</td></tr><tr><td>3</td><td>4</td></tr></table>"), { format: "html" });
    expect(two.documents[0]?.tables?.map((t) => t.columns)).toEqual([["甲", "乙"], ["丙", "丁"]]);
  });

  it("reads a header of <th> cells over several rows as the header", () => {
    const th = parse(html("<table><tr><th>地区</th><th>指标</th></tr><tr><th>（单位）</th><th>（%）</th></tr><tr><td>甲市</td><td>5</td></tr></table>"), { format: "html" });
    expect(th.documents[0]?.tables?.[0]).toMatchObject({ columnPaths: [["地区", "（单位）"], ["指标", "（%）"]], rows: [["甲市", "5"]] });
  });

  it("reads a one-column table (a frame around text) as paragraphs, not as a table", () => {
    const framed = parse(html("<table><tr><td><p>一、总体要求</p><p>坚持稳中求进。</p></td></tr></table>"), { format: "html" });
    expect(framed.documents[0]?.tables).toBeUndefined();
    expect(nodes(framed.documents[0]?.outline ?? []).some((node) => node.marker?.raw === "一、")).toBe(true);
  });

  it("reads a table whose only row is its header as no table", () => {
    const headerOnly = parse(html("<table><tr><td>附件：</td><td>重点项目表</td></tr></table>"), { format: "html" });
    expect(headerOnly.documents[0]?.tables).toBeUndefined();
  });
});

describe("Markdown pipe tables", () => {
  const source = "# 某市重点任务分解方案\n\n一、重点任务\n\n| 序号 | 重点任务 | 牵头单位 |\n| :--- | --- | ---: |\n| 1 | 一、推进项目建设 | 市发展改革委 |\n| 2 | 完善制度 \\| 规范 | 市财政局 |\n\n二、保障措施\n";
  const result = parse(source, { format: "markdown" });
  const table = result.documents[0]?.tables?.[0];

  it("reads the header, drops the delimiter row and keeps cells that start with 一、 as cells", () => {
    expect(table?.columns).toEqual(["序号", "重点任务", "牵头单位"]);
    expect(table?.rows).toEqual([
      ["1", "一、推进项目建设", "市发展改革委"],
      ["2", "完善制度 \\| 规范", "市财政局"],
    ]);
    expect(table?.records?.[0]?.values).toEqual({ 序号: "1", 重点任务: "一、推进项目建设", 牵头单位: "市发展改革委" });
  });

  it("points each cell at its text in the Markdown source", () => {
    expect(slice(source, table?.cells?.[0]?.[1] as NonNullable<unknown> as { start: { offset: number }; end: { offset: number } })).toBe("一、推进项目建设");
  });

  it("reads the text after the table as before", () => {
    expect(result.documents[0]?.outline.map((node) => node.text)).toContain("二、保障措施");
  });

  it("does not read a thematic break or a line with pipes but no delimiter row as a table", () => {
    expect(parse("# 某通知\n\n甲 | 乙\n\n---\n\n丙\n", { format: "markdown" }).documents[0]?.tables).toBeUndefined();
    expect(parse("# 某通知\n\n| 甲 | 乙 |\n| 丙 | 丁 |\n", { format: "markdown" }).documents[0]?.tables).toBeUndefined();
  });
});

describe("text tables", () => {
  const source = "某目录\n\n序号\t文件名称\t文号\n1\t甲办法\t某政〔2010〕1号\n2\t乙办法\n";
  const result = parse(source);
  const table = result.documents[0]?.tables?.[0];

  it("reads the first row as the header, one-element column paths, and records", () => {
    expect(table).toMatchObject({ columns: ["序号", "文件名称", "文号"], columnPaths: [["序号"], ["文件名称"], ["文号"]], headerRows: 1 });
    expect(table?.records?.[0]?.values).toEqual({ 序号: "1", 文件名称: "甲办法", 文号: "某政〔2010〕1号" });
  });

  it("gives each cell a position that slices back to its text", () => {
    expect(table?.cells?.[0]?.map((position) => slice(source, position as NonNullable<typeof position>))).toEqual(["1", "甲办法", "某政〔2010〕1号"]);
  });

  it("still reports a short row of a text table", () => {
    expect(check(result).filter((diagnostic) => diagnostic.code === "table-row-width")).toHaveLength(1);
  });
});
