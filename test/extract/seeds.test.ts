import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { SEED_000, SEED_003, readBytes } from "../helpers.js";

const names = (units: Array<{ name: string }>) => units.map((unit) => unit.name);

describe("seed 000: 33 measures", () => {
  const attachment = parse(readBytes(SEED_000)).documents[0]?.attachments?.[0];
  const measures = attachment?.measures ?? [];

  it("reads 33 measures numbered 1–33 in six sections", () => {
    expect(measures.map((m) => m.number)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
    const sectionOf = (n: number) => measures[n - 1]?.section;
    const ranges: Array<[number, number, number, string]> = [
      [1, 7, 1, "产业项目共建"],
      [8, 16, 2, "交通体系共联"],
      [17, 19, 3, "文旅合作共融"],
      [20, 25, 4, "公共服务共享"],
      [26, 28, 5, "生态环境共保"],
      [29, 33, 6, "突发事件共防"],
    ];
    for (const [from, to, number, title] of ranges) {
      for (let n = from; n <= to; n++) expect(sectionOf(n)).toEqual({ number, title });
    }
  });

  it("gives every measure its units, and keeps the text without the note", () => {
    expect(measures.every((m) => m.responsibleUnits.length > 0 && !m.text.includes("责任单位"))).toBe(true);
    expect(names(measures[0]?.responsibleUnits ?? [])).toEqual(["市发改委", "市工信局"]);
    expect(measures[0]?.responsibleUnits[1]).toMatchObject({ name: "市工信局", raw: "工信局" });
  });

  it("reads measure 4's note across the page break", () => {
    expect(names(measures[3]?.responsibleUnits ?? [])).toEqual(["市工信局"]);
    expect(measures[3]?.responsibleUnits[0]?.spans).toHaveLength(2);
  });

  it("does not take （洛济快速通道) in measure 11 for a note", () => {
    expect(measures[10]?.text).toContain("（洛济快速通道)设计变更");
    expect(names(measures[10]?.responsibleUnits ?? [])).toEqual(["市交通运输局"]);
  });

  it("states its own count in its title", () => {
    expect(attachment?.statedCounts).toMatchObject({ measures: 33 });
  });
});

describe("seed 003", () => {
  const result = parse(readBytes(SEED_003));
  const [, decree231, decree232, notice, buses] = result.documents;

  describe("洛政〔2025〕7号: 147 tasks", () => {
    const tasks = notice?.tasks ?? [];

    it("reads 147 tasks in 9 sections and 39 subsections, as the notice states", () => {
      expect(tasks.map((t) => t.number)).toEqual(Array.from({ length: 147 }, (_, i) => i + 1));
      expect(new Set(tasks.map((t) => t.section?.number)).size).toBe(9);
      expect(new Set(tasks.map((t) => t.subsection?.number)).size).toBe(39);
      expect(notice?.statedCounts).toMatchObject({ sections: 9, subsections: 39, tasks: 147 });
    });

    it("gives every task its lead official and lead unit", () => {
      expect(tasks.every((t) => t.leadOfficials.length > 0 && t.leadUnits.length > 0)).toBe(true);
    });

    it("gives tasks 84, 89, 90 and 106 an empty list of responsible units", () => {
      expect(tasks.filter((t) => t.responsibleUnits.length === 0).map((t) => t.number)).toEqual([84, 89, 90, 106]);
    });

    it("reads task 19's responsible units", () => {
      expect(names(tasks[18]?.responsibleUnits ?? [])).toEqual(["市工信局", "市人社局", "市科技局", "市政府办公室（金融）", "各县区政府"]);
    });

    it("reads task 53's lead officials and task 86's lead units", () => {
      expect(tasks[52]?.leadOfficials).toEqual(["任丽君", "王国辉", "王太钢"]);
      expect(names(tasks[85]?.leadUnits ?? [])).toEqual(["市商务局", "市人社局", "团委", "国晟集团"]);
    });

    it("reads task 85, after the running page header, whole", () => {
      expect(tasks[84]).toMatchObject({ text: "提升城市防汛排涝能力，主城区积水点基本清零。", leadOfficials: ["李新红"] });
      expect(tasks[84]?.subsection).toEqual({ number: 19, title: "提质更新宜居宜业城市" });
      expect(tasks[83]?.position.end.line).toBeLessThan(1367);
    });
  });

  describe("省政府令第231号", () => {
    it("reads 24 articles, no chapters, 49 items, article 11 from 第十一一条", () => {
      const articles = decree231?.articles ?? [];
      expect(articles.map((a) => a.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
      expect(decree231?.chapters).toBeUndefined();
      expect(articles.reduce((sum, a) => sum + a.paragraphs.reduce((n, p) => n + p.items.length, 0), 0)).toBe(49);
      const typo = result.diagnostics.find((d) => d.code === "numbering-typo");
      expect(typo).toMatchObject({ actual: "第十一一条", expected: "11", document: 1 });
    });
  });

  describe("省政府令第232号", () => {
    const articles = decree232?.articles ?? [];

    it("reads 30 articles in 5 chapters with 4 items", () => {
      expect(articles.map((a) => a.number)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      expect(decree232?.chapters?.map((c) => c.title)).toEqual(["总则", "制度创新", "实施和推广", "保障和激励", "附则"]);
      const byChapter = (n: number) => articles.filter((a) => a.chapter?.number === n).map((a) => a.number);
      expect([1, 2, 3, 4, 5].map((n) => [Math.min(...byChapter(n)), Math.max(...byChapter(n))])).toEqual([
        [1, 6],
        [7, 15],
        [16, 19],
        [20, 28],
        [29, 30],
      ]);
      expect(articles.reduce((sum, a) => sum + a.paragraphs.reduce((n, p) => n + p.items.length, 0), 0)).toBe(4);
    });

    it("re-attaches the fragment printed before 第一条 to the end of article 1", () => {
      expect(articles[0]?.text.endsWith("《中国(河南)自由贸易试验区条例》，结合本省实际，制定本办法。")).toBe(true);
      expect(result.diagnostics.some((d) => d.code === "fragment-reattached" && d.document === 2)).toBe(true);
    });
  });

  describe("the outlets of 洛政办〔2025〕3号's attachment", () => {
    const attachment = buses?.attachments?.[0];
    const outlets = attachment?.outlets ?? [];

    it("reads the table and 8 outlets", () => {
      expect(attachment?.tables?.[0]?.columns).toEqual(["序号", "充值网点", "地址", "营业时间", "业务类型"]);
      expect(outlets.map((o) => o.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(outlets[0]).toMatchObject({ name: "公交 IC 卡充值中心", services: ["新办", "充值", "挂失", "退卡"] });
      expect(outlets[0]?.hours.intervals).toEqual([{ from: "08:30", to: "17:00" }]);
    });

    it("keeps row 3's hours as a note, and reads two intervals for rows 4–8", () => {
      expect(outlets[2]?.hours).toEqual({ raw: "随市民之家营业时间", intervals: [], note: "随市民之家营业时间" });
      for (const outlet of outlets.slice(3)) {
        expect(outlet.hours.intervals).toEqual([
          { from: "09:00", to: "12:00" },
          { from: "13:00", to: "17:00" },
        ]);
        expect(outlet.services).toEqual(["新办", "充值"]);
      }
    });
  });
});
