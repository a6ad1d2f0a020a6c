import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { slice } from "../helpers.js";

const effective = (text: string) => parse(text, { format: "text" }).documents[0]?.effectiveFrom;

describe("effectiveFrom", () => {
  it("comes from the article that says 本法自…起施行, pointing at those words", () => {
    const text = "中华人民共和国某某法\n第一条 为了……，制定本法。\n第二条 本法自2025年1月1日起施行。";
    const found = effective(text);
    expect(found).toMatchObject({ date: "2025-01-01", source: "article" });
    expect(slice(text, found?.position as NonNullable<typeof found>["position"])).toBe("本法自2025年1月1日起施行");
  });

  it("comes from the headnote before an article", () => {
    const text = "某某条例\n2011年10月17日 某市人民代表大会常务委员会公告第54号公布\n2011年12月1日 施行\n第一条 为了……。\n第二条 本条例自2012年1月1日起施行。";
    expect(effective(text)).toMatchObject({ date: "2011-12-01", source: "headnote" });
  });

  it("takes the promulgation date for 自公布之日起施行", () => {
    const text = "某某条例\n2011年10月17日 某市人民代表大会常务委员会公告第54号公布\n第一条 为了……。\n第二条 本条例自公布之日起施行。";
    expect(effective(text)).toMatchObject({ date: "2011-10-17", source: "article" });
  });

  it("is absent when nothing says it, or when 自公布之日起施行 has no promulgation date", () => {
    expect(effective("某某条例\n第一条 为了……。\n第二条 本条例由市人民政府负责解释。")).toBeUndefined();
    expect(effective("某某条例\n第一条 为了……。\n第二条 本条例自公布之日起施行。")).toBeUndefined();
  });

  it("is not read from a paragraph outside the articles", () => {
    expect(effective("关于某事的通知\n各单位：\n本办法自2025年1月1日起施行。")).toBeUndefined();
  });
});

describe("effectiveFrom of a text without articles", () => {
  const decision = "全国人民代表大会常务委员会关于修改《中华人民共和国某某法》的决定\n一、将第十条修改为：\n“第十条 本法自2020年1月1日起施行。”\n二、本决定自2025年1月1日起施行。";

  it("comes from a paragraph of a decision, never from the passage it quotes", () => {
    const found = effective(decision);
    expect(found).toMatchObject({ date: "2025-01-01", source: "article" });
  });

  it("is not read from a notice's paragraph", () => {
    expect(effective("关于印发某办法的通知\n各单位：\n本办法自2025年1月1日起施行。")).toBeUndefined();
  });
});
