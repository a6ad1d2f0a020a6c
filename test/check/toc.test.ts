import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import { parse } from "../../src/parse.js";

const HEAD = "中华人民共和国某某法\n（2024年6月28日第十四届全国人民代表大会常务委员会第十次会议通过）\n";
const BODY = "第一章　总　　则\n第一条　为了……，制定本法。\n第二章　管理职责\n第一节　一般规定\n第二条　国务院有关部门负责管理。\n第二节　特别规定\n第三条　……。\n第三章　附　　则\n第四条　本法自2025年1月1日起施行。\n";

function found(toc: string, body = BODY) {
  return check(parse(`${HEAD}目　　录\n${toc}${body}`, { format: "text" }));
}

describe("toc rule", () => {
  it("finds nothing when the 目录 matches the body, with or without page numbers", () => {
    const clean = found("第一章　总　　则\n第二章　管理职责\n第一节　一般规定\n第二节　特别规定\n第三章　附　　则\n");
    expect(clean.filter((d) => d.severity !== "info")).toEqual([]);
    const paged = found("第一章　总　　则……1\n第二章　管理职责……2\n第一节　一般规定……2\n第二节　特别规定……3\n第三章　附　　则……4\n");
    expect(paged.filter((d) => d.severity !== "info")).toEqual([]);
  });

  it("reports an entry the body lacks", () => {
    const diagnostics = found("第一章　总　　则\n第二章　管理职责\n第一节　一般规定\n第二节　特别规定\n第三节　其他规定\n第三章　附　　则\n");
    expect(diagnostics.map((d) => [d.code, d.severity, d.expected])).toEqual([["toc-mismatch", "warning", "第3节 其他规定"]]);
  });

  it("reports a heading the 目录 lacks", () => {
    const diagnostics = found("第一章　总　　则\n第二章　管理职责\n第三章　附　　则\n");
    expect(diagnostics.map((d) => d.code)).toEqual([]);
    const missing = found("第一章　总　　则\n第二章　管理职责\n第一节　一般规定\n第三章　附　　则\n");
    expect(missing.map((d) => [d.code, d.actual])).toEqual([["toc-mismatch", "第2节 特别规定"]]);
  });

  it("reports a heading titled differently, ignoring blanks", () => {
    const diagnostics = found("第一章　总则\n第二章　管理职能\n第一节　一般规定\n第二节　特别规定\n第三章　附则\n");
    expect(diagnostics.map((d) => [d.code, d.actual, d.expected])).toEqual([["toc-mismatch", "管理职责", "管理职能"]]);
  });

  it("reads no chapters from the 目录, so numbering finds no error on a valid law", () => {
    const result = parse(`${HEAD}目　　录\n第一章　总　　则\n第二章　管理职责\n第三章　附　　则\n${BODY}`, { format: "text" });
    expect(result.documents[0]?.chapters).toHaveLength(3);
    expect(result.documents[0]?.toc).toHaveLength(3);
    expect(check(result).filter((d) => d.severity === "error")).toEqual([]);
  });

  it("still reports a genuinely missing article, with its number", () => {
    const body = BODY.replace("第三条　……。\n", "");
    const errors = found("第一章　总　　则\n第二章　管理职责\n第一节　一般规定\n第二节　特别规定\n第三章　附　　则\n", body).filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.code, d.expected])).toEqual([["numbering-gap", "3"]]);
  });

  it("can be switched off", () => {
    const result = parse(`${HEAD}目录\n第一章　总则\n第九章　另章\n${BODY}`, { format: "text" });
    expect(check(result).some((d) => d.code === "toc-mismatch")).toBe(true);
    expect(check(result, { rules: { "toc-mismatch": "off" } }).some((d) => d.code === "toc-mismatch")).toBe(false);
  });
});
