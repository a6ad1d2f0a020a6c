import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import { parse } from "../../src/parse.js";
import { SEED_000, SEED_003, readText } from "../helpers.js";

const codes = (text: string, options = {}) => check(parse(text), options).map((d) => d.code);
const errors = (text: string) => check(parse(text)).filter((d) => d.severity === "error");

/** The seed with the lines `from`–`to` (1-based, inclusive) cut out. */
function without(text: string, from: number, to: number): string {
  const lines = text.split("\n");
  return [...lines.slice(0, from - 1), ...lines.slice(to)].join("\n");
}

describe("check on the seeds", () => {
  it.each([SEED_003, SEED_000])("finds no errors in %s", (path) => {
    expect(errors(readText(path))).toEqual([]);
  });

  it("keeps the parser's typo warning and the info about tasks without 责任单位", () => {
    const found = check(parse(readText(SEED_003)));
    expect(found.filter((d) => d.severity === "warning").map((d) => d.code)).toEqual(["numbering-typo"]);
    expect(found.filter((d) => d.code === "task-missing-responsible-units")).toHaveLength(4);
  });
});

describe("check on mutated seeds", () => {
  const seed = readText(SEED_003);
  const lines = seed.split("\n");
  const lineOf = (prefix: string) => lines.findIndex((line) => line.startsWith(prefix)) + 1;

  it("reports a deleted task as a gap at the next task's line and a stated-count error", () => {
    const start = lineOf("50.");
    const next = lineOf("51.");
    const found = check(parse(without(seed, start, next - 1)));
    const gap = found.find((d) => d.code === "numbering-gap");
    expect(gap?.severity).toBe("error");
    expect(gap?.position?.start.line).toBe(start);
    expect(gap).toMatchObject({ actual: "51", expected: "50", document: 3 });
    const count = found.find((d) => d.code === "stated-count-mismatch");
    expect(count).toMatchObject({ severity: "error", actual: "146", expected: "147", document: 3 });
  });

  it("reports a duplicated article", () => {
    const at = lineOf("第六条 ");
    const mutated = [...lines.slice(0, at), "", lines[at - 1], ...lines.slice(at)].join("\n");
    const duplicate = check(parse(mutated)).find((d) => d.code === "numbering-duplicate");
    expect(duplicate).toMatchObject({ severity: "error", document: 1 });
    expect(duplicate?.position?.start.line).toBe(at + 2);
  });

  it("reports the last document cut off as a contents error", () => {
    const found = check(parse(without(seed, lineOf("洛阳市人民政府办公室 关于印发洛阳市城中村改造"), lines.length)));
    const missing = found.find((d) => d.code === "contents-entry-not-found");
    expect(missing?.severity).toBe("error");
    expect(missing?.position?.start.line).toBe(38);
  });

  it("reports contents pages out of order", () => {
    expect(codes(seed.replace("中国(河南)自由贸易试验区制度创新实施\n\n保障办法.....21", "中国(河南)自由贸易试验区制度创新实施\n\n保障办法.....12"))).toContain("contents-page-order");
  });

  it("reports a measure removed from seed 000 against its title's 三十三条", () => {
    const text = readText(SEED_000).replace(/\n24\.统一两市电话区号。（责任单位：市工信局）\n/, "\n");
    expect(codes(text)).toEqual(expect.arrayContaining(["numbering-gap", "stated-count-mismatch"]));
  });
});

describe("numbering", () => {
  it("accepts lists that restart under a new parent or run on across parents", () => {
    expect(errors("某通知\n一、甲\n（一）乙\n1.丙。\n2.丁。\n（二）戊\n3.己。\n二、庚\n（三）辛\n1.壬。")).toEqual([]);
  });

  it("reports gaps, duplicates and numbers out of order", () => {
    expect(codes("某通知\n1.甲。\n3.乙。")).toContain("numbering-gap");
    expect(codes("某通知\n1.甲。\n1.乙。")).toContain("numbering-duplicate");
    expect(codes("某通知\n1.甲。\n2.乙。\n1.丙。")).toContain("numbering-out-of-order");
  });

  it("accepts 第X条之一 after its article, and a regulation that starts past 1", () => {
    expect(errors("某办法\n第十条 甲。\n第十条之一 乙。\n第十一条 丙。")).toEqual([]);
  });

  it("reports 第X条之一 that does not follow its article", () => {
    expect(codes("某办法\n第一条 甲。\n第三条之一 乙。")).toContain("numbering-gap");
  });
});

describe("other rules", () => {
  it("reports a task without 牵头单位 as an error, and without 责任单位 as info", () => {
    const found = check(parse("某通知\n1.甲任务。\n牵头领导：张三\n责任单位：某局"));
    expect(found.find((d) => d.code === "task-missing-lead-unit")?.severity).toBe("error");
    const info = check(parse("某通知\n1.甲任务。\n牵头单位：某局"));
    expect(info.find((d) => d.code === "task-missing-responsible-units")?.severity).toBe("info");
  });

  it("reports an empty unit and units that did not split", () => {
    expect(codes("某通知\n1.甲任务。\n牵头单位：市发改委、、市财政局")).toContain("unit-empty");
    expect(codes("某通知\n1.甲任务。\n牵头单位：市发改委 市财政局")).toContain("unit-list-unsplit");
    expect(codes("某通知\n1.甲任务。\n牵头单位：市发改委、市财政局")).not.toContain("unit-list-unsplit");
  });

  it("reports a malformed 文号 and an impossible date", () => {
    expect(codes("某某市人民政府\n关于某事的通知\n某政〔25〕7号\n各单位：\n正文。")).toContain("doc-number-malformed");
    expect(codes("某某市人民政府\n关于某事的通知\n某政〔2025〕7号\n各单位：\n请于2025年2月30日前报送。")).toContain("invalid-date");
    expect(codes("某某市人民政府\n关于某事的通知\n某政〔2025〕7号\n各单位：\n请于2024年2月29日前报送。")).not.toContain("invalid-date");
  });

  it("reports a table row whose width differs from the header", () => {
    expect(codes("某表\n\n序号\t名称\t地址\n1\t甲\t甲路\n2\t乙\n")).toContain("table-row-width");
  });

  it("reports a document the contents do not list", () => {
    const issue = "某某市人民政府公报\n2025年第1号\n(总第1号)\n2025年1月1日\n目 录\n市政府文件\n某某市人民政府关于甲的通知.....1\n";
    const body = "某某市人民政府\n关于甲的通知\n某政〔2025〕1号 2025年1月1日\n各单位：\n正文。\n某某市人民政府\n关于乙的通知\n某政〔2025〕2号 2025年1月2日\n各单位：\n正文。";
    expect(codes(issue + body)).toContain("document-not-in-contents");
  });
});

describe("options", () => {
  it("switches a rule off and changes a severity", () => {
    const text = "某通知\n1.甲。\n3.乙。";
    expect(codes(text, { rules: { "numbering-gap": "off" } })).not.toContain("numbering-gap");
    expect(check(parse(text), { rules: { "numbering-gap": "warning" } }).find((d) => d.code === "numbering-gap")?.severity).toBe("warning");
  });

  it("returns diagnostics sorted by position", () => {
    const offsets = check(parse(readText(SEED_003))).map((d) => d.position?.start.offset ?? -1);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });
});
