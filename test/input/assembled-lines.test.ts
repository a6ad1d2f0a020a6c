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

  it("keeps every code unit of long lines and many lines, lone surrogates too, each point on its own character", () => {
    // Lines longer than the buffers start with, more of them than the offset store starts with, and one longer than a String.fromCharCode call takes.
    const rows = [..."甲乙丙丁戊".split("").map((char, row) => `${char}\ud800${"字".repeat(300 + row * 997)}\udc00尾`), `${"长".repeat(9000)}\ud83d\ude00`];
    const source = rows.join("\n");
    const assembler = new LineAssembler(source);
    let offset = 0;
    for (const row of rows) {
      assembler.add(row, Array.from({ length: row.length }, (_, index) => offset + index));
      assembler.newline();
      offset += row.length + 1;
    }
    const lines = assembler.finish();
    expect(lines.map((line) => line.text)).toEqual(rows);
    const starts = lineStarts(source);
    offset = 0;
    lines.forEach((line, index) => {
      for (const at of [0, 1, 150, (rows[index] as string).length - 1]) {
        expect(pointOn(line, line.contentStart + at)).toEqual(pointAtOffset(starts, offset + at));
      }
      expect(pointOn(line, line.contentEnd)).toEqual(pointAtOffset(starts, offset + (rows[index] as string).length));
      offset += (rows[index] as string).length + 1;
    });
  });
});
