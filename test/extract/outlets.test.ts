import { describe, expect, it } from "vitest";
import { readHours } from "../../src/extract/outlets.js";
import { parse } from "../../src/parse.js";

describe("readHours", () => {
  it("reads one interval and the days", () => {
    expect(readHours("周一至周日 8:30-17:00")).toEqual({ raw: "周一至周日 8:30-17:00", days: "周一至周日", intervals: [{ from: "08:30", to: "17:00" }] });
  });

  it("reads two intervals with morning and afternoon labels, any dash and colon width", () => {
    expect(readHours("周一至周五 上午：8:30—12:00 下午14:30～18:00").intervals).toEqual([
      { from: "08:30", to: "12:00" },
      { from: "14:30", to: "18:00" },
    ]);
  });

  it("keeps hours with no time as a note", () => {
    expect(readHours("随市民之家营业时间")).toEqual({ raw: "随市民之家营业时间", intervals: [], note: "随市民之家营业时间" });
  });
});

describe("tables and outlets", () => {
  it("reads a tab-separated table under its header row", () => {
    const document = parse("某指南\n\n序号\t网点\t地址\t营业时间\t业务类型\n1\t甲点\t甲路1号\t周一至周五 9:00-17:00\t新办、充值\n").documents[0];
    expect(document?.tables?.[0]).toMatchObject({ columns: ["序号", "网点", "地址", "营业时间", "业务类型"], rows: [["1", "甲点", "甲路1号", "周一至周五 9:00-17:00", "新办、充值"]] });
    expect(document?.outlets?.[0]).toMatchObject({ seq: 1, name: "甲点", address: "甲路1号", services: ["新办", "充值"] });
  });

  it("reads no outlets from a table that does not list places", () => {
    const document = parse("某目录\n\n序号\t文件名称\t文号\n1\t甲办法\t某政〔2010〕1号\n").documents[0];
    expect(document?.tables).toHaveLength(1);
    expect(document?.outlets).toBeUndefined();
  });

  it("does not read a line with single wide spaces as a table row", () => {
    expect(parse("某条例\n\n第一编　总　则\n").documents[0]?.tables).toBeUndefined();
  });
});
