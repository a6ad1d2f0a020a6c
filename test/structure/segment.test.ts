import { describe, expect, it } from "vitest";
import { splitLines } from "../../src/input/lines.js";
import { segmentByContents } from "../../src/structure/segment.js";
import type { ContentsEntry } from "../../src/structure/front-matter.js";

const entry = (title: string) => ({ title }) as ContentsEntry;

describe("segmentByContents", () => {
  const body = [
    "某某市人民政府关于公布",
    "行政规范性文件清理结果的决定",
    "一、保留的文件。",
    "某某市人民政府办公室",
    "关于印发某某实施方案的通知",
    "各县区人民政府：",
    "政府工作报告",
    "各位代表：",
  ];
  const lines = splitLines(body.join("\n"), true);

  it("finds titles across lines, in order, past entries that match nothing", () => {
    const contents = [
      ...Array.from({ length: 500 }, (_, i) => entry(`不存在的文件${i}`)),
      entry("某某市人民政府关于公布行政规范性文件清理结果的决定"),
      entry("某某市人民政府办公室关于印发某某实施方案的通知"),
    ];
    const { segments, missing } = segmentByContents(lines, contents);
    expect(segments.map((segment) => [segment.from, segment.entry])).toEqual([
      [0, 500],
      [3, 501],
    ]);
    expect(missing).toHaveLength(500);
  });

  it("finds a title printed as a part of the contents title between exact matches", () => {
    const contents = [entry("某某市人民政府关于公布行政规范性文件清理结果的决定"), entry("2025年某某市人民政府工作报告")];
    const { segments } = segmentByContents(lines, contents);
    expect(segments.map((segment) => segment.from)).toEqual([0, 6]);
  });

  it("does not find a title before one already found (contents are in order)", () => {
    const contents = [entry("某某市人民政府办公室关于印发某某实施方案的通知"), entry("某某市人民政府关于公布行政规范性文件清理结果的决定")];
    const { segments, missing } = segmentByContents(lines, contents);
    expect(segments.map((segment) => segment.entry)).toEqual([0]);
    expect(missing).toEqual([1]);
  });
});
