import { describe, expect, it } from "vitest";
import { parse } from "../src/parse.js";
import { SEED_000, SEED_003, allDocuments, readBytes, walk } from "./helpers.js";

describe("seed 003: 洛阳市人民政府公报 2025年第2号", () => {
  const result = parse(readBytes(SEED_003), { name: "luoyang-gazette-2025-02.txt" });
  const [report, decree231, decree232, tasks, buses, villages] = result.documents;

  it("reads the masthead", () => {
    expect(result.issue).toMatchObject({ title: "洛阳市人民政府公报", year: 2025, number: 2, serial: 278, date: "2025-03-10" });
    expect(result.issue?.titleEn).toBe("GAZETTE OF THE PEOPLE'S GOVERNMENT OF LUOYANG CITY");
  });

  it("reads six contents entries, each linked to its document in order", () => {
    expect(result.contents.map((entry) => entry.page)).toEqual([1, 15, 21, 26, 45, 49]);
    expect(result.contents.map((entry) => entry.document)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(result.documents).toHaveLength(6);
    result.documents.forEach((document, index) => expect(document.contentsEntry).toBe(index));
  });

  it("re-joins contents titles across lines and pairs them with the English contents", () => {
    expect(result.contents[2]?.title).toBe("中国(河南)自由贸易试验区制度创新实施保障办法");
    expect(result.contents[3]?.title).toBe("洛阳市人民政府关于政府工作报告提出的2025年重点工作任务分解的通知");
    expect(result.contents.map((entry) => entry.category)).toEqual(["市政府工作报告", "省政府规章", "省政府规章", "市政府文件", "市政府办公室文件", "市政府办公室文件"]);
    expect(result.contents.every((entry) => typeof entry.titleEn === "string" && entry.titleEn.length > 20)).toBe(true);
    expect(result.contents[1]?.titleEn).toMatch(/^Regulation on the Primary Responsibility/);
  });

  it("reads the editorial board as printed, splitting names run together", () => {
    const board = result.issue?.editorialBoard ?? [];
    expect(board.find((entry) => entry.role === "主编")?.names).toEqual(["袁剑"]);
    expect(board.find((entry) => entry.role === "副主编")?.names).toContain("刘海");
    expect(board.find((entry) => entry.role === "副主编")?.names).toContain("毛伟");
    expect(board.find((entry) => entry.role === "责任编辑")?.names).toEqual(["马红超", "章虹"]);
    expect(result.diagnostics.some((d) => d.code === "names-run-together" && d.actual === "刘海毛伟")).toBe(true);
  });

  it("reads the work report's date, occasion and speaker", () => {
    expect(report).toMatchObject({ kind: "report", title: "政府工作报告", date: "2025-02-09", category: "市政府工作报告" });
    expect(report?.report).toEqual({
      date: "2025-02-09",
      occasion: "洛阳市第十六届人民代表大会第三次会议",
      speaker: { title: "洛阳市人民政府市长", name: "徐衣显" },
    });
  });

  it("reads decree 231", () => {
    expect(decree231).toMatchObject({ kind: "decree", title: "河南省生产经营单位安全生产主体责任规定", issuer: "河南省人民政府", date: "2025-01-15" });
    expect(decree231?.decree).toEqual({
      authority: "河南省人民政府",
      number: 231,
      adoptedOn: "2025-01-06",
      meeting: "省政府第49次常务会议",
      effectiveFrom: "2025-03-01",
      signatory: { title: "省长", name: "王凯" },
      signedOn: "2025-01-15",
    });
  });

  it("reads decree 232", () => {
    expect(decree232?.decree).toMatchObject({ number: 232, adoptedOn: "2024-12-16", meeting: "省政府第47次常务会议", effectiveFrom: "2025-05-01", signedOn: "2025-02-13" });
    expect(decree232?.title).toBe("中国(河南)自由贸易试验区制度创新实施保障办法");
  });

  it("reads 文号, dates, issuers and recipients of the notices", () => {
    expect(tasks?.docNumber).toEqual({ text: "洛政〔2025〕7号", issuer: "洛政", year: 2025, seq: 7 });
    expect(tasks).toMatchObject({ kind: "notice", date: "2025-03-05", issuer: "洛阳市人民政府" });
    expect(tasks?.recipients).toEqual(["各县区人民政府", "市人民政府各部门", "各有关单位"]);
    expect(buses?.docNumber).toEqual({ text: "洛政办〔2025〕3号", issuer: "洛政办", year: 2025, seq: 3 });
    expect(buses).toMatchObject({ date: "2025-02-28", issuer: "洛阳市人民政府办公室" });
    expect(villages?.docNumber).toMatchObject({ seq: 4 });
    expect(villages?.date).toBe("2025-03-05");
  });

  it("takes the running header 市政府文件 out of 洛政〔2025〕7号", () => {
    const header = result.furniture.find((item) => item.text === "市政府文件" && item.kind === "running-header");
    expect(header?.position.start.line).toBe(1367);
    for (const node of walk(tasks?.outline ?? [])) expect(node.text).not.toContain("市政府文件");
  });

  it("re-joins the heading broken at a page end into one node", () => {
    const headings = [...walk(tasks?.outline ?? [])].filter((node) => node.marker?.kind === "han-enum");
    expect(headings.map((node) => node.marker?.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(headings[4]?.text).toBe("五、推进新型城镇化，提升现代化城市功能品质");
    expect(headings[4]?.spans).toHaveLength(2);
  });

  it("repairs the character repeated across a page break (百分 / 分点)", () => {
    const paragraph = [...walk(report?.outline ?? [])].find((node) => node.text.includes("税占比高于全省3.8个百分"));
    expect(paragraph?.text).toContain("3.8个百分点。规上工业利润");
    expect(result.diagnostics.some((d) => d.code === "repeated-character" && d.position?.start.line === 96)).toBe(true);
  });

  it("outlines 洛政〔2025〕7号 as 9 sections, 39 subsections and 147 numbered tasks", () => {
    const nodes = [...walk(tasks?.outline ?? [])];
    expect(nodes.filter((node) => node.marker?.kind === "han-paren")).toHaveLength(39);
    const numbered = nodes.filter((node) => node.marker?.kind === "arabic-enum");
    expect(numbered.map((node) => node.marker?.value)).toEqual(Array.from({ length: 147 }, (_, i) => i + 1));
    const task85 = numbered[84];
    expect(task85?.children.map((child) => child.field?.label)).toEqual(["牵头领导", "牵头单位", "责任单位"]);
  });

  it("keeps the outlet table rows under the attachment of 洛政办〔2025〕3号", () => {
    const attachment = buses?.attachments?.[0];
    expect(attachment).toMatchObject({ title: "老年优惠卡办理及使用指南", kind: "guide" });
    const rows = [...walk(attachment?.outline ?? [])].filter((node) => node.role === "table-row");
    expect(rows).toHaveLength(9);
    expect(rows[0]?.cells).toEqual(["序号", "充值网点", "地址", "营业时间", "业务类型"]);
  });

  it("reads article 11 of decree 231 despite the printed 第十一一条", () => {
    const articles = [...walk(decree231?.outline ?? [])].filter((node) => node.marker?.kind === "article");
    expect(articles.map((node) => node.marker?.value)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(articles[10]?.marker).toMatchObject({ raw: "第十一一条", value: 11 });
  });

  it("nests 30 articles of decree 232 in 5 chapters", () => {
    const chapters = (decree232?.outline ?? []).filter((node) => node.marker?.kind === "chapter");
    expect(chapters.map((chapter) => chapter.children.filter((child) => child.marker?.kind === "article").length)).toEqual([6, 9, 4, 9, 2]);
  });

  it("leaves nothing unclassified and reports no errors", () => {
    expect(result.unclassified).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});

describe("seed 000: 洛阳济源同城一体深度融合三十三条", () => {
  const result = parse(readBytes(SEED_000));
  const [notice] = result.documents;

  it("is one document, not an issue", () => {
    expect(result.issue).toBeNull();
    expect(result.contents).toEqual([]);
    expect(result.documents).toHaveLength(1);
  });

  it("reads the notice's header", () => {
    expect(notice).toMatchObject({
      kind: "notice",
      title: "洛阳市副中心城市建设工作领导小组办公室关于开展洛阳济源同城一体深度融合措施落实情况督导工作的通知",
      issuer: "洛阳市副中心城市建设工作领导小组办公室",
      recipients: ["各相关单位"],
    });
  });

  it("holds the 33 measures as its attachment, in six sibling sections", () => {
    const attachment = notice?.attachments?.[0];
    expect(attachment?.title).toBe("洛阳济源同城一体深度融合三十三条");
    const sections = (attachment?.outline ?? []).filter((node) => node.marker?.kind === "han-enum");
    expect(sections.map((node) => node.marker?.value)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(sections.map((node) => node.children.length)).toEqual([7, 9, 3, 6, 3, 5]);
  });

  it("joins notes broken off by a page break into their measure", () => {
    const measures = [...walk(notice?.attachments?.[0]?.outline ?? [])].filter((node) => node.marker?.kind === "arabic-enum");
    expect(measures).toHaveLength(33);
    expect(measures[3]?.text.endsWith("（责任单位：市工信局)")).toBe(true);
    expect(measures[25]?.text.endsWith("（责任单位：市生态环境局）")).toBe(true);
    expect(measures[10]?.text).toContain("（洛济快速通道)设计变更");
  });

  it("reports no errors and leaves nothing unclassified", () => {
    expect(result.unclassified).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect([...allDocuments(result)]).toHaveLength(2);
  });
});

describe("input that is not a document", () => {
  it("gives no documents and an empty-input diagnostic for empty input", () => {
    for (const input of ["", "\n\n  \u3000\n", new Uint8Array()]) {
      const result = parse(input);
      expect(result.documents).toEqual([]);
      expect(result.diagnostics.map((d) => d.code)).toEqual(["empty-input"]);
    }
  });

  it("gives a result, not an exception, for random bytes", () => {
    let seed = 20250310;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % 256;
    };
    for (let round = 0; round < 20; round++) {
      const bytes = Uint8Array.from({ length: 2000 + round * 500 }, random);
      const result = parse(bytes);
      expect(result.schemaVersion).toBeTypeOf("string");
    }
  });

  it("throws a TypeError only for arguments that are not text or bytes", () => {
    expect(() => parse(42 as unknown as string)).toThrow(TypeError);
    expect(() => parse(null as unknown as string)).toThrow(TypeError);
  });
});
