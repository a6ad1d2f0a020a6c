import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const page = (body: string) => `<html><body><div class="TRS_Editor">${body}</div></body></html>`;
const outlineText = (html: string) => {
  const result = parse(html, { format: "html" });
  return { result, lines: (result.documents[0]?.outline ?? []).flatMap(function flat(node): string[] {
    return [node.text, ...node.children.flatMap(flat)];
  }) };
};

describe("every text of an HTML body is claimed", () => {
  it("reads a body that is only a table", () => {
    const { result, lines } = outlineText(page("<table><tr><td>序号</td><td>名称</td></tr><tr><td>1</td><td>洛阳市某某单位</td></tr></table>"));
    expect(result.diagnostics.map((d) => d.code)).not.toContain("empty-input");
    expect(lines).toEqual(["序号\t名称", "1\t洛阳市某某单位"]);
  });

  it("reads a paragraph and the table after it", () => {
    const { lines } = outlineText(page("<p>关于某事的说明</p><table><tr><td>序号</td><td>名称</td></tr><tr><td>1</td><td>洛阳市某某单位</td></tr></table>"));
    expect(lines).toEqual(["关于某事的说明", "序号\t名称", "1\t洛阳市某某单位"]);
  });

  it("reads a table of 5,000 rows, every row", () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => `<tr><td>${i + 1}</td><td>单位${i + 1}</td></tr>`).join("");
    const { result } = outlineText(page(`<table><tr><td>序号</td><td>名称</td></tr>${rows}</table>`));
    expect(result.documents[0]?.tables?.[0]?.rows).toHaveLength(5_000);
  });

  it("reads text given as HTML with no tags at all", () => {
    const { result, lines } = outlineText("一、总则\n（一）内容。\n");
    expect(result.documents).toHaveLength(1);
    expect(lines.join("")).toContain("（一）内容。");
    expect(result.diagnostics.map((d) => d.code)).toEqual(["html-no-article-body"]);
  });

  it("reads text outside any element when no body is found", () => {
    const { lines } = outlineText("<p>前言部分</p>一、总则<br>（一）内容。");
    expect(lines).toEqual(["前言部分", "一、总则", "（一）内容。"]);
  });
});
