import { describe, expect, it } from "vitest";
import { readPreambleAdoption } from "../../src/structure/decree-preamble.js";
import { fold } from "../../src/util/chars.js";

describe("readPreambleAdoption", () => {
  it.each([
    ["《某规定》已经2025年1月6日省政府第49次常务会议审议通过，现予公布，自2025年3月1日起施行。", "省政府第49次常务会议", "2025年1月6日"],
    ["《某办法》已经 2024年12月16日 省政府第47次常务会议通过，现予公布。", "省政府第47次常务会议", "2024年12月16日"],
    ["《中华人民共和国某某法》已由中华人民共和国第十四届全国人民代表大会常务委员会第十次会议于2024年6月28日通过，现予公布，自2025年1月1日起施行。", "中华人民共和国第十四届全国人民代表大会常务委员会第十次会议", "2024年6月28日"],
  ])("reads %s", (text, meeting, date) => {
    const found = readPreambleAdoption(fold(text));
    expect(found?.meeting).toBe(meeting);
    expect(found?.date).toBe(date);
  });

  it.each([
    "现公布某某法，自2025年1月1日起施行。",
    "《某规定》已经省政府常务会议审议通过，现予公布。",
    "《某规定》已经2025年1月6日省政府第49次常务会议研究，同意。",
    "《某规定》已经2025年1月6日省政府研究，会议通过后公布。",
    "《某某法》已由全国人民代表大会常务委员会审议，于2024年6月28日通过。",
  ])("reads nothing from %s", (text) => {
    expect(readPreambleAdoption(fold(text))).toBeNull();
  });
});
