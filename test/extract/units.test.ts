import { describe, expect, it } from "vitest";
import { readNames, readUnits } from "../../src/extract/units.js";
import { splitLines } from "../../src/input/lines.js";
import { blockFromLine } from "../../src/normalize/blocks.js";
import { nodeFromBlock } from "../../src/structure/node.js";

function units(list: string) {
  const text = `责任单位：${list}`;
  const line = splitLines(text)[0];
  if (line === undefined) throw new Error("no line");
  const node = nodeFromBlock(blockFromLine(line), "field");
  return readUnits(node, 5, text.length);
}

describe("readUnits", () => {
  it("carries 市 from the first item of a 、 run to bare department abbreviations", () => {
    expect(units("市工信局、人社局、科技局").map((unit) => unit.name)).toEqual(["市工信局", "市人社局", "市科技局"]);
  });

  it("keeps the printed form beside the normalized one", () => {
    expect(units("市发改委、工信局")[1]).toMatchObject({ name: "市工信局", raw: "工信局" });
  });

  it("does not carry across a ，-separated run", () => {
    expect(units("市商务局、市人社局，团委，国晟集团").map((unit) => unit.name)).toEqual(["市商务局", "市人社局", "团委", "国晟集团"]);
  });

  it("keeps bracketed qualifiers with their unit and does not split inside brackets", () => {
    expect(units("市工信局、人社局、科技局、市政府办公室（金融），各县区政府").map((unit) => unit.name)).toEqual([
      "市工信局",
      "市人社局",
      "市科技局",
      "市政府办公室（金融）",
      "各县区政府",
    ]);
    expect(units("市公安局（交警支队、巡特警支队）、财政局").map((unit) => unit.name)).toEqual(["市公安局（交警支队、巡特警支队）", "市财政局"]);
  });

  it("does not carry to units with their own place, or that are not departments", () => {
    expect(units("市财政局、洛阳金融监管分局、涧西区政府、文旅集团、各县区政府").map((unit) => unit.name)).toEqual([
      "市财政局",
      "洛阳金融监管分局",
      "涧西区政府",
      "文旅集团",
      "各县区政府",
    ]);
  });

  it("does not carry when the first item has no prefix", () => {
    expect(units("人民银行洛阳市分行、洛阳金融监管分局").map((unit) => unit.name)).toEqual(["人民银行洛阳市分行", "洛阳金融监管分局"]);
  });

  it("splits on every separator width", () => {
    expect(units("甲局,乙局;丙局；丁局").map((unit) => unit.name)).toEqual(["甲局", "乙局", "丙局", "丁局"]);
  });

  it("gives each unit the position of its printed form", () => {
    const [, second] = units("市发改委、工信局");
    expect(second?.position.start.column).toBe(11);
    expect(second?.position.end.column).toBe(14);
  });

  it("gives no unit for an empty list", () => {
    expect(units("")).toEqual([]);
  });
});

describe("readNames", () => {
  it("splits names on 、 and ，", () => {
    const text = "牵头领导：任丽君、王国辉，王太钢";
    const line = splitLines(text)[0];
    if (line === undefined) throw new Error("no line");
    expect(readNames(nodeFromBlock(blockFromLine(line), "field"), 5, text.length)).toEqual(["任丽君", "王国辉", "王太钢"]);
  });
});
