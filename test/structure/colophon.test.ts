import { describe, expect, it } from "vitest";
import { splitLines } from "../../src/input/lines.js";
import { readColophon } from "../../src/structure/colophon.js";

const lines = (text: string) => splitLines(text, true);

describe("readColophon", () => {
  it("reads 抄送 over two lines and the printing line", () => {
    const all = lines("正文。\n抄送：市委办公室，市人大常委会办公室，\n　　市医保局、审计局。\n洛阳市人民政府办公室　　2025年6月3日印发");
    const colophon = readColophon(all, 0, all.length);
    expect(colophon?.start).toBe(1);
    expect(colophon?.cc.map((unit) => unit.name)).toEqual(["市委办公室", "市人大常委会办公室", "市医保局", "市审计局"]);
    expect(colophon?.cc[3]?.raw).toBe("审计局");
    expect(colophon).toMatchObject({ printedBy: "洛阳市人民政府办公室", printedOn: "2025-06-03" });
    expect(colophon?.nodes.map((node) => node.role)).toEqual(["cc", "cc", "printed"]);
  });

  it("reads a printing line alone", () => {
    const all = lines("正文。\n国务院办公厅秘书局 2019年1月28日印发");
    expect(readColophon(all, 0, all.length)).toMatchObject({ start: 1, cc: [], printedBy: "国务院办公厅秘书局", printedOn: "2019-01-28" });
  });

  it("reads 抄送 alone, with half-width colon", () => {
    const all = lines("正文。\n抄送:市纪委监委。");
    expect(readColophon(all, 0, all.length)?.cc.map((unit) => unit.name)).toEqual(["市纪委监委"]);
  });

  it.each(["《方案》已经市政府同意，现印发给你们，请认真贯彻执行。", "按程序抄送中央宣传部、财政部和税务总局。", "洛阳市人民政府办公室"])("near miss: a document ending 「%s」 has no 版记", (last) => {
    const all = lines(`正文。\n${last}`);
    expect(readColophon(all, 0, all.length)).toBeNull();
  });
});
