import { describe, expect, it } from "vitest";
import { splitLines } from "../../src/input/lines.js";
import { readAttachmentList } from "../../src/structure/attachment-list.js";

const list = (text: string) => {
  const all = splitLines(text, true);
  const read = readAttachmentList(all, 0, all.length);
  return { titles: read.entries.map((entry) => [entry.number, entry.title]), end: read.end, entries: read.entries, text };
};

describe("readAttachmentList", () => {
  it("reads one unnumbered attachment on the label's line", () => {
    expect(list("附件：洛阳济源同城一体深度融合三十三条\n洛阳市人民政府")).toMatchObject({ titles: [[null, "洛阳济源同城一体深度融合三十三条"]], end: 1 });
  });

  it("reads several numbered titles on one line", () => {
    expect(list("附件：1. 2025年第一批市级重点项目名单　2. 2025年第一批市级重点前期项目名单").titles).toEqual([
      [1, "2025年第一批市级重点项目名单"],
      [2, "2025年第一批市级重点前期项目名单"],
    ]);
  });

  it("reads numbered titles one per line, a year right after the dot", () => {
    expect(list("附件：1.2025年重点项目名单\n　　　2.2025年前期项目名单\n洛阳市人民政府办公室")).toMatchObject({
      titles: [
        [1, "2025年重点项目名单"],
        [2, "2025年前期项目名单"],
      ],
      end: 2,
    });
  });

  it("reads a bare label with its titles under it", () => {
    expect(list("附件:\n1.甲方案\n2.乙方案\n某某局").titles).toEqual([
      [1, "甲方案"],
      [2, "乙方案"],
    ]);
    expect(list("附件:\n老年优惠卡办理及使用指南\n附件").titles).toEqual([[null, "老年优惠卡办理及使用指南"]]);
  });

  it("joins a numbered title carried over to the next line", () => {
    expect(list("附件：1.国土资源部关于湖北省巴东县官渡口镇马鬃山村地质险情\n　　　调研情况的报告\n　　　2.湖北省巴东县地质险情调查意见\n国务院办公厅").titles).toEqual([
      [1, "国土资源部关于湖北省巴东县官渡口镇马鬃山村地质险情调研情况的报告"],
      [2, "湖北省巴东县地质险情调查意见"],
    ]);
  });

  it("near miss: a signature under a complete numbered title is not part of it", () => {
    expect(list("附件：1.甲单位名单\n　　　2.乙单位名单\n洛阳市人民政府").titles).toEqual([
      [1, "甲单位名单"],
      [2, "乙单位名单"],
    ]);
  });

  it("gives each title a position on its line", () => {
    const read = list("附件：1. 甲方案　2. 乙方案");
    expect(read.entries.map((entry) => read.text.slice(entry.position.start.offset, entry.position.end.offset))).toEqual(["甲方案", "乙方案"]);
  });

  it.each([
    ["a count in the title", "附件：国务院第五次大督查发现的典型经验做法（共130项）", [[null, "国务院第五次大督查发现的典型经验做法（共130项）"]]],
    ["a decimal", "附件：1.5倍标准执行表", [[null, "1.5倍标准执行表"]]],
  ])("near miss: %s is no number", (_name, text, titles) => {
    expect(list(text).titles).toEqual(titles);
  });

  it("near miss: a sentence after the list is not a title", () => {
    expect(list("附件：1.甲方案\n请各单位认真执行。").end).toBe(1);
  });
});
