import { describe, expect, it } from "vitest";
import { KIND_BY_DOC_NUMBER_ISSUER, KIND_TABLE, kindOfDocNumberIssuer, kindOfTitle } from "../../src/structure/kinds.js";
import { parse } from "../../src/parse.js";

describe("KIND_TABLE", () => {
  it.each(KIND_TABLE.map((row) => [row.example, row.kind] as const))("reads its example %s as %s", (example, kind) => {
    expect(kindOfTitle(example)).toBe(kind);
  });

  it.each([
    // law
    ["中华人民共和国反电信网络诈骗法", "law"],
    ["中华人民共和国民法典", "law"],
    ["中华人民共和国民法典婚姻家庭编", "law"],
    ["中华人民共和国刑法修正案（六）", "law"],
    ["中华人民共和国商标法（2019年修正）", "law"],
    // regulation, not law: 办法 and 实施条例 of a law
    ["北京市实施《中华人民共和国消费者权益保护法》办法", "regulation"],
    ["中华人民共和国保守国家秘密法实施条例", "regulation"],
    ["上海市区县和乡镇人民代表大会代表直接选举实施细则", "regulation"],
    ["城市维护建设税暂行条例", "regulation"],
    ["仲裁委员会登记暂行办法（试行）", "regulation"],
    // judicial interpretation
    ["最高人民法院关于适用《中华人民共和国企业破产法》若干问题的规定（三）", "judicial-interpretation"],
    ["最高人民法院关于适用《中华人民共和国民法典》总则编若干问题的解释", "judicial-interpretation"],
    ["最高人民检察院关于人民检察院办理案件若干问题的批复", "judicial-interpretation"],
    // decision, amendment decisions among them
    ["全国人民代表大会常务委员会关于修改《中华人民共和国商标法》的决定", "decision"],
    ["最高人民法院关于修改《最高人民法院关于破产企业国有划拨土地使用权应否列入破产财产等问题的批复》等二十九件商事类司法解释的决定", "decision"],
  ])("%s is %s", (title, kind) => {
    expect(kindOfTitle(title)).toBe(kind);
  });

  it.each([
    // 办法, 方法, 做法 end in 法 but are not laws.
    ["某某管理办法", "regulation"],
    ["关于改进工作方法", "other"],
    ["推广先进做法", "other"],
    // A court's notice is a notice, a province's 规定 a regulation.
    ["最高人民法院关于印发某规定的通知", "notice"],
    ["河南省关于某事项的若干规定", "regulation"],
    // 解释 by someone other than the courts is no judicial interpretation.
    ["关于某条款的解释", "other"],
    ["某某目录", "other"],
  ])("near miss: %s is %s", (title, kind) => {
    expect(kindOfTitle(title)).toBe(kind);
  });
});

describe("KIND_BY_DOC_NUMBER_ISSUER", () => {
  it.each(KIND_BY_DOC_NUMBER_ISSUER.map((row) => [row.issuer, row.kind] as const))("%s gives %s", (issuer, kind) => {
    expect(kindOfDocNumberIssuer(issuer)).toBe(kind);
  });

  it("gives nothing for another issuer", () => {
    expect(kindOfDocNumberIssuer("法")).toBeNull();
    expect(kindOfDocNumberIssuer("豫政")).toBeNull();
  });

  it("makes a document with a 法释 文号 a judicial interpretation, whatever its title", () => {
    const result = parse("关于审理某类案件适用法律问题的答复\n法释〔2021〕1号\n第一条 人民法院审理某类案件，适用本答复。\n第二条 本答复自2021年3月1日起施行。", { format: "text" });
    expect(result.documents[0]?.kind).toBe("judicial-interpretation");
  });
});

describe("README", () => {
  it("documents every kind of the table", async () => {
    const { readText } = await import("../helpers.js");
    const readme = readText("README.md");
    for (const kind of new Set(KIND_TABLE.map((row) => row.kind))) expect(readme).toContain(`\`${kind}\``);
  });
});
