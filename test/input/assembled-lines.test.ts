import { describe, expect, it } from "vitest";
import { LineAssembler, alignDecoded, pointAtOffset, lineStarts } from "../../src/input/assembled-lines.js";
import { pointOn } from "../../src/util/position.js";

describe("alignDecoded", () => {
  it("maps characters one to one when nothing was decoded", () => {
    expect(alignDecoded("第一条", "第一条", 10)).toEqual([10, 11, 12]);
  });

  it("maps a character written as an entity to the entity's start", () => {
    const raw = "甲&nbsp;乙&amp;丙&#x4E01;";
    expect(alignDecoded(raw, "甲\u00a0乙&丙丁", 0)).toEqual([0, 1, 7, 8, 13, 14]);
  });

  it("maps a Markdown escape to the escaped character", () => {
    expect(alignDecoded("a\\*b", "a*b", 0)).toEqual([0, 2, 3]);
  });
});

describe("LineAssembler", () => {
  const source = "<p>第一条&nbsp;甲</p>\n<p>  第二条   乙 </p>";

  it("builds lines whose points are in the source, blanks collapsed and trimmed", () => {
    const assembler = new LineAssembler(source);
    assembler.add("第一条\u00a0甲", alignDecoded("第一条&nbsp;甲", "第一条\u00a0甲", 3));
    assembler.newline();
    const second = source.indexOf("  第二条");
    assembler.add("  第二条   乙 ", Array.from({ length: 10 }, (_, i) => second + i));
    const [first, other] = assembler.finish();
    expect(first?.text).toBe("第一条\u00a0甲");
    expect(other?.text).toBe("第二条 乙");
    expect(pointOn(first!, first!.contentStart)).toEqual({ line: 1, column: 4, offset: 3 });
    // The end of a line ending in an entity is past the whole entity.
    expect(pointOn(other!, other!.contentEnd).offset).toBe(source.indexOf("乙") + 1);
    expect(pointOn(other!, other!.contentStart)).toEqual(pointAtOffset(lineStarts(source), source.indexOf("第二条")));
  });

  it("drops empty lines", () => {
    const assembler = new LineAssembler("  ");
    assembler.add("  ", [0, 1]);
    expect(assembler.finish()).toEqual([]);
  });
});
