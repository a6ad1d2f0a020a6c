import { describe, expect, it } from "vitest";
import { readDocNumber } from "../../src/structure/doc-number.js";

describe("readDocNumber", () => {
  it.each([
    ["洛政〔2025〕7号", { text: "洛政〔2025〕7号", issuer: "洛政", year: 2025, seq: 7 }],
    ["洛政办[2025]3号", { text: "洛政办[2025]3号", issuer: "洛政办", year: 2025, seq: 3 }],
    ["豫政（2016）76号", { text: "豫政（2016）76号", issuer: "豫政", year: 2016, seq: 76 }],
    ["国办发(2024)12号", { text: "国办发(2024)12号", issuer: "国办发", year: 2024, seq: 12 }],
    ["豫政［2023］第5号", { text: "豫政［2023］第5号", issuer: "豫政", year: 2023, seq: 5 }],
  ])("reads %s", (text, expected) => {
    expect(readDocNumber(text)).toMatchObject(expected);
  });

  it("finds a 文号 inside a sentence, with its offset", () => {
    expect(readDocNumber("《河南省居住证实施办法》（豫政〔2016〕76号），持续")).toMatchObject({ issuer: "豫政", seq: 76 });
  });

  it.each(["(豫)LC101003", "第231号", "2025年第2号", "洛政〔25〕7号", "洛政〔2025〕号"])("rejects %s", (text) => {
    expect(readDocNumber(text)).toBeNull();
  });
});
