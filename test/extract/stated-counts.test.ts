import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

describe("statedCounts", () => {
  it("reads sections, subsections and tasks a notice states", () => {
    const document = parse("某通知\n\n现将任务予以分解，共细化为9个方面39项147个具体任务。\n\n一、甲").documents[0];
    expect(document?.statedCounts).toMatchObject({ sections: 9, subsections: 39, tasks: 147, source: "9个方面39项147个具体任务" });
  });

  it("reads a count of measures from a title ending in N条", () => {
    expect(parse("洛阳济源同城一体深度融合三十三条\n\n一、甲\n1.乙。").documents[0]?.statedCounts).toMatchObject({ measures: 33 });
  });

  it("reads 共N条 as a count of articles in a regulation", () => {
    expect(parse("某办法\n\n本办法共三十条。\n\n第一条 甲。").documents[0]?.statedCounts).toMatchObject({ articles: 30 });
  });

  it("states nothing for a title that merely contains 条", () => {
    expect(parse("关于修改某条例的决定\n\n一、甲").documents[0]?.statedCounts).toBeUndefined();
  });
});
