import { describe, expect, it } from "vitest";
import { splitLines } from "../../src/input/lines.js";
import { readToc } from "../../src/structure/toc.js";
import { slice } from "../helpers.js";

function toc(text: string, from = 0) {
  return readToc(splitLines(text, true), from);
}

describe("readToc", () => {
  it("reads chapter lines without page numbers, and stops at the body's first heading", () => {
    const found = toc("目　　录\n第一章　总　　则\n第二章　管理职责\n第三章　附　　则\n第一章　总　　则\n第一条　为了……");
    expect(found?.entries.map((entry) => [entry.level, entry.number, entry.title, entry.page])).toEqual([
      ["chapter", 1, "总则", null],
      ["chapter", 2, "管理职责", null],
      ["chapter", 3, "附则", null],
    ]);
    expect(found?.end).toBe(4);
    expect(found?.nodes.map((node) => node.role)).toEqual(["toc-heading", "toc-entry", "toc-entry", "toc-entry"]);
  });

  it("reads page numbers after a leader or a blank", () => {
    const text = "目录\n第一章 总则……………1\n第二章 保护措施........3\n第三章 附则  7\n第一章 总则";
    const found = toc(text);
    expect(found?.entries.map((entry) => [entry.title, entry.page])).toEqual([
      ["总则", 1],
      ["保护措施", 3],
      ["附则", 7],
    ]);
    for (const entry of found?.entries ?? []) expect(slice(text, entry.position)).toMatch(/^第.章/);
  });

  it("keeps sections that restart in each chapter, and parts", () => {
    const found = toc("目 录\n第一编 总则\n第一章 一般规定\n第一节 适用范围\n第二节 基本原则\n第二章 主体\n第一节 自然人\n第二编 分则\n第一章 通则\n附　　则\n第一编 总则\n第一章 一般规定");
    expect(found?.entries.map((entry) => `${entry.level}${entry.number ?? "-"}`)).toEqual(["part1", "chapter1", "section1", "section2", "chapter2", "section1", "part2", "chapter1", "chapter-"]);
    expect(found?.entries.at(-1)?.title).toBe("附则");
  });

  it("ends before a heading that an article follows", () => {
    const found = toc("目录\n第一章 总则\n第二章 管理\n第三章 附则\n第一条 为了……");
    expect(found?.entries).toHaveLength(2);
    expect(found?.end).toBe(3);
  });

  it("is not a toc without a 目录 heading, or without entries under it", () => {
    expect(toc("第一章 总则\n第二章 管理")).toBeNull();
    expect(toc("目录\n为了加强管理，制定本办法。")).toBeNull();
    expect(toc("公共信用信息目录\n第一章 总则")).toBeNull();
  });

  it("ends at a line that is not an entry", () => {
    const found = toc("目录\n第一章 总则\n第二章 管理\n为了加强管理，根据有关法律，制定本条例。\n第一章 总则");
    expect(found?.entries).toHaveLength(2);
    expect(found?.end).toBe(3);
  });
});
