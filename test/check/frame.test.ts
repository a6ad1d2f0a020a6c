import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import { frame } from "../../src/check/rules/frame.js";
import { parse } from "../../src/parse.js";
import { readText } from "../helpers.js";

const found = (text: string, options = {}) => check(parse(text), options).filter((d) => frame.codes.includes(d.code));

describe("check: the frame of a document", () => {
  it("reports each listed attachment whose text is absent, once, as a warning at its title", () => {
    const text = readText("fixtures/attachments-absent.txt");
    const missing = found(text);
    expect(missing.map((d) => [d.code, d.severity, d.expected])).toEqual([
      ["attachment-missing", "warning", "2025年第一批市级重点项目名单"],
      ["attachment-missing", "warning", "2025年第一批市级重点前期项目名单"],
    ]);
    expect(missing[0]?.position?.start.line).toBe(9);
  });

  it("near miss: a listed attachment printed after the signature is not missing", () => {
    expect(found(readText("fixtures/issuing-notice-labelled.txt"))).toEqual([]);
  });

  it("reports a notice without a date", () => {
    const text = "某某市人民政府办公室\n关于做好某项工作的通知\n各县区人民政府：\n请认真做好有关工作。\n某某市人民政府办公室";
    expect(found(text).map((d) => [d.code, d.severity, d.document])).toEqual([["document-without-date", "warning", 0]]);
  });

  it("near miss: a dated notice, and a plan issued without a date of its own, are fine", () => {
    expect(found(readText("fixtures/issuing-notice.txt"))).toEqual([]);
    expect(found(readText("fixtures/reply.txt"))).toEqual([]);
  });

  it("reports a document with a 文号 and no date", () => {
    const text = "某某市人民政府办公室\n关于做好某项工作的通知\n某政办〔2025〕3号\n各县区人民政府：\n请认真做好有关工作。";
    expect(found(text).map((d) => d.code)).toEqual(["document-without-date"]);
  });

  it("near miss: a judicial interpretation with a 文号 is not held to a date here", () => {
    expect(found("最高人民法院关于审理某类案件适用法律若干问题的解释\n法释〔2023〕5号\n第一条 为正确审理某类案件，制定本解释。")).toEqual([]);
  });

  it("near miss: a titled text that is no official document needs no date", () => {
    expect(found("某某市城市更新实施方案\n一、总体要求\n坚持以人民为中心。")).toEqual([]);
  });

  it("near miss: an unsigned notice without 文号 (an excerpt) needs no date", () => {
    expect(found("某某市人民政府办公室\n关于做好某项工作的通知\n各县区人民政府：\n请认真做好有关工作。")).toEqual([]);
  });

  it("can be switched off or raised like any rule", () => {
    const text = readText("fixtures/attachments-absent.txt");
    expect(found(text, { rules: { "attachment-missing": "off" } })).toEqual([]);
    expect(found(text, { rules: { "attachment-missing": "error" } }).map((d) => d.severity)).toEqual(["error", "error"]);
  });
});
