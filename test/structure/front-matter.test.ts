import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { readLeader } from "../../src/structure/front-matter.js";

describe("readLeader", () => {
  it.each([
    ["2025年洛阳市人民政府工作报告.....1", "2025年洛阳市人民政府工作报告", 1],
    ["通知.....\t45", "通知", 45],
    ["Work Report.....\t1", "Work Report", 1],
    ["某办法……12", "某办法", 12],
  ])("reads %j", (text, title, page) => {
    expect(readLeader(text)).toEqual({ title, page });
  });

  it.each(["高于全省3.8个百分点", "版本2.0", "电话:63928312", "1.5"])("finds no leader in %j", (text) => {
    expect(readLeader(text)).toBeNull();
  });
});

const ISSUE = ["某某市人民政府公报", "", "2025年第1号", "(总第100号)", "2025年1月20日", "", "目 录", "", "市政府文件", "", "某某市人民政府关于甲的通知.....1", ""];

describe("front matter", () => {
  it("is not read from a document that does not open like a gazette", () => {
    const result = parse("关于某某的通知\n\n各单位：\n\n一、总体要求\n");
    expect(result.issue).toBeNull();
    expect(result.contents).toEqual([]);
  });

  it("needs both a gazette title and an issue number", () => {
    expect(parse("某某市人民政府公报\n\n关于某某的通知\n").issue).toBeNull();
  });

  it("reports a contents entry whose document is not in the body", () => {
    const result = parse([...ISSUE, "某某市人民政府关于乙的通知", "各单位：", "内容。"].join("\n"));
    expect(result.contents[0]?.document).toBeNull();
    expect(result.diagnostics.map((d) => d.code)).toContain("contents-entry-not-found");
  });

  it("reports an impossible issue date", () => {
    const result = parse(ISSUE.map((line) => line.replace("2025年1月20日", "2025年2月30日")).join("\n"));
    expect(result.issue?.date).toBeNull();
    expect(result.diagnostics.map((d) => d.code)).toContain("invalid-date");
  });

  it("reports English contents that do not line up", () => {
    const lines = [...ISSUE.slice(0, 11), "某某市人民政府关于丙的通知.....3", "编辑委员会", "主编:甲乙", "CONTENTS", "Circular A.....1"];
    const result = parse([...lines, "某某市人民政府关于甲的通知", "各单位：", "内容。"].join("\n"));
    expect(result.diagnostics.map((d) => d.code)).toContain("contents-english-mismatch");
    expect(result.contents[0]?.titleEn).toBe("Circular A");
    expect(result.contents[1]?.titleEn).toBeUndefined();
  });
});

describe("front matter places every line once (found by the property run)", () => {
  const texts = (items: Array<{ text: string }>) => items.map((item) => item.text);

  it("keeps an English contents entry with no Chinese entry to pair with, as unclassified", () => {
    const lines = [...ISSUE, "CONTENTS", "", "Circular on A.....1", "Circular on Something Else.....9", "", "某某市人民政府关于甲的通知", "各单位：", "内容。"];
    const result = parse(lines.join("\n"));
    expect(result.contents[0]?.rawEn).toBe("Circular on A.....1");
    expect(texts(result.unclassified)).toContain("Circular on Something Else.....9");
  });

  it("does not stretch an editorial-board entry over a line that is not its continuation", () => {
    const lines = [...ISSUE, "编辑委员会", "", "主编:袁剑", "副主编:杨建文 王改红", "- 3 -", "郭正映 张民楷"];
    const result = parse(lines.join("\n"));
    const deputy = result.issue?.editorialBoard.find((entry) => entry.role === "副主编");
    expect(deputy?.raw).toBe("副主编:杨建文 王改红");
    expect(deputy?.position.end.line).toBe(deputy?.position.start.line);
  });

  it("leaves a contents title broken by a slogan unclassified instead of covering the slogan", () => {
    const lines = ["某某市人民政府公报", "", "2025年第1号", "目 录", "", "某某市人民政府关于甲", "服务社会 指导工作", "的通知.....1", ""];
    const result = parse(lines.join("\n"));
    expect(result.furniture.map((item) => item.text)).toContain("服务社会 指导工作");
    for (const entry of result.contents) expect(entry.raw).not.toContain("服务社会");
    expect(texts(result.unclassified)).toContain("某某市人民政府关于甲");
  });
});
