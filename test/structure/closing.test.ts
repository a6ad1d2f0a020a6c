import { describe, expect, it } from "vitest";
import { splitLines } from "../../src/input/lines.js";
import { ISSUER_ENDINGS, PUBLICATION_FORMS, findClosing, isIssuerName, readIssuerLine, readPublication } from "../../src/structure/closing.js";

const lines = (text: string) => splitLines(text, true);
const line = (text: string) => lines(text)[0] as NonNullable<ReturnType<typeof lines>[number]>;

describe("ISSUER_ENDINGS", () => {
  it.each(ISSUER_ENDINGS.map((row) => [row.ending, row.example]))("%s: %s is an organ's name", (ending, example) => {
    expect(example.endsWith(ending)).toBe(true);
    expect(isIssuerName(example)).toBe(true);
  });

  it.each(["现印发给你们", "国务院：", "各县区人民政府，市直各单位", "2025年4月8日", "部", "请认真贯彻执行的通知局长办公会议纪要以及其他有关文件的说明委员会"])("near miss: %s is not", (text) => {
    expect(isIssuerName(text)).toBe(false);
  });
});

describe("readIssuerLine", () => {
  it("reads one organ", () => {
    expect(readIssuerLine(line("洛阳市人民政府办公室"))).toEqual(["洛阳市人民政府办公室"]);
  });

  it("reads organs signed side by side, separated by blanks", () => {
    expect(readIssuerLine(line("国务院　中央军委"))).toEqual(["国务院", "中央军委"]);
  });

  it("keeps a name printed with blanks inside whole", () => {
    expect(readIssuerLine(line("国 务 院"))).toEqual(["国务院"]);
  });

  it("drops web debris beside the name", () => {
    expect(readIssuerLine(line("国务院办公厅         &sp;"))).toEqual(["国务院办公厅"]);
  });

  it.each(["一、总体要求", "2025年4月8日", "洛政办〔2025〕3号", "附件2", "洛阳市城市更新实施方案", "牵头单位：市发改委", "国务院、中央军委", "请认真贯彻执行。"])(
    "near miss: %s is no signature",
    (text) => {
      expect(readIssuerLine(line(text))).toBeNull();
    },
  );
});

describe("PUBLICATION_FORMS", () => {
  it.each(PUBLICATION_FORMS.map((row) => [row.example, row.value]))("%s → %s", (example, value) => {
    expect(readPublication(line(example))).toEqual({ value, text: example });
  });

  it("reads half-width brackets", () => {
    expect(readPublication(line("(此件公开发布)"))?.value).toBe("public");
  });

  it.each(["（本文有删减）", "（此件有删减）", "此件公开发布", "（此件公开发布）。"])("near miss: %s is no publication note", (text) => {
    expect(readPublication(line(text))).toBeNull();
  });
});

describe("findClosing", () => {
  it("finds a signature and date ending the text, with the note under them", () => {
    const text = "正文。\n洛阳市人民政府\n2025年4月8日\n（此件公开发布）";
    expect(findClosing(lines(text), 0, 4)).toEqual({ start: 1, date: 2, end: 4, issuers: ["洛阳市人民政府"], mid: false });
  });

  it("finds joint issuers signed one under the other", () => {
    const text = "正文。\n洛阳市人民政府办公室\n洛阳市财政局\n2025年6月3日";
    expect(findClosing(lines(text), 0, 4)).toMatchObject({ start: 1, issuers: ["洛阳市人民政府办公室", "洛阳市财政局"], mid: false });
  });

  it("takes a date alone at the end as a closing without signature", () => {
    expect(findClosing(lines("正文。\n二〇〇四年十一月四日"), 0, 2)).toMatchObject({ start: 1, date: 1, issuers: [], mid: false });
  });

  it("ends a notice at its signature when an issued document follows (title, label or salutation)", () => {
    for (const next of ["洛阳市城市更新实施方案", "附件2", "附件：", "国务院："]) {
      const text = `现印发给你们。\n洛阳市人民政府\n2025年5月6日\n${next}\n为推动城市高质量发展，制定本方案。`;
      expect(findClosing(lines(text), 0, 5), next).toMatchObject({ start: 1, date: 2, end: 3, mid: true });
    }
  });

  it("keeps a few lines of page debris after the closing in the document", () => {
    const text = "正文。\n洛阳市人民政府办公室\n2025年3月12日\n附件下载：名单.xls";
    expect(findClosing(lines(text), 0, 4)).toMatchObject({ end: 3, mid: false });
  });

  it("near miss: a date in the body with no organ above it is no closing", () => {
    const text = "会议定于\n2025年4月8日\n召开，请各单位准时参加，不得缺席。\n二、其他事项。";
    expect(findClosing(lines(text), 0, 4)).toBeNull();
  });

  it("near miss: an organ and a date followed by a long body is no closing", () => {
    const text = "市交通运输局\n2025年4月8日\n起负责监督实施，各单位要积极配合。\n一、工作要求。\n二、工作步骤。\n三、保障措施。\n四、其他。";
    expect(findClosing(lines(text), 0, 7)).toBeNull();
  });
});
