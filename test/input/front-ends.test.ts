import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { formatOfName, sniffFormat } from "../../src/input/detect.js";
import { parse } from "../../src/parse.js";
import type { GongbaoResult } from "../../src/schema/result.js";
import { SEED_000, SEED_003, allDocuments, readBytes, walk } from "../helpers.js";

const GBK_PAGE = "fixtures/html/luoyang-jiyuan-33-measures.gbk.html";
const TASKS_PAGE = "fixtures/html/luoyang-tasks-2025-7.html";
const OUTLETS_PAGE = "fixtures/html/bus-card-outlets.html";
const DECREE_MD = "fixtures/markdown/henan-decree-232.md";

const seed000 = parse(readBytes(SEED_000));
const seed003 = parse(readBytes(SEED_003));

function strings(result: GongbaoResult): string {
  const out: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === "string") out.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === "object") Object.values(value).forEach(visit);
  };
  visit(result.documents);
  return out.join("\n");
}

/** The text of a source span of HTML, tags dropped and common entities decoded. */
function htmlText(source: string, start: number, end: number): string {
  return source
    .slice(start, end)
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/[\s\u3000]+/g, "");
}

describe("a GBK government page, given as bytes only", () => {
  const bytes = readBytes(GBK_PAGE);
  const result = parse(bytes);
  const [document] = result.documents;

  it("is sniffed as HTML and decoded as GB18030", () => {
    expect(result.source).toMatchObject({ format: "html", encoding: "gb18030" });
  });

  it("yields the same 33 measures as seed 000", () => {
    const key = (r: GongbaoResult) => JSON.stringify(r.documents[0]?.attachments?.[0]?.measures?.map((m) => [m.number, m.section, m.text, m.responsibleUnits.map((u) => [u.name, u.raw])]));
    expect(document?.attachments?.[0]?.measures).toHaveLength(33);
    expect(key(result)).toBe(key(seed000));
  });

  it("takes title, issuer and date from the page's metadata table", () => {
    expect(document).toMatchObject({
      title: "洛阳市副中心城市建设工作领导小组办公室关于开展洛阳济源同城一体深度融合措施落实情况督导工作的通知",
      issuer: "洛阳市副中心城市建设工作领导小组办公室",
      date: "2021-06-08",
    });
    expect(document?.metadata?.map((entry) => entry.label)).toEqual(["索引号", "主题分类", "发文机关", "成文日期", "标题", "发布日期"]);
  });

  it("keeps navigation, breadcrumbs, share bars, footers and scripts out of every document", () => {
    const text = strings(result);
    for (const chrome of ["网站首页", "当前位置", "分享到", "版权所有", "统计代码", "打印本页", "浏览次数", "豫ICP备"]) expect(text).not.toContain(chrome);
  });

  it("points positions into the decoded page", () => {
    const source = iconv.decode(Buffer.from(bytes), "gb18030");
    for (const document of allDocuments(result)) {
      for (const node of walk(document.outline)) {
        expect(htmlText(source, node.position.start.offset, node.position.end.offset)).toBe(node.text.replace(/[\s\u3000]+/g, ""));
        expect(source.split("\n")[node.position.start.line - 1]?.slice(node.position.start.column - 1).startsWith(source.slice(node.position.start.offset, node.position.start.offset + 5))).toBe(true);
      }
    }
  });
});

describe("the same objects from HTML as from text", () => {
  it("reads the 147 tasks of 洛政〔2025〕7号 from its page", () => {
    const page = parse(readBytes(TASKS_PAGE)).documents[0];
    const key = (tasks: NonNullable<GongbaoResult["documents"][number]["tasks"]>) =>
      JSON.stringify(tasks.map((t) => [t.number, t.section, t.subsection, t.text, t.leadOfficials, t.leadUnits.map((u) => u.name), t.responsibleUnits.map((u) => u.name)]));
    expect(page?.tasks).toHaveLength(147);
    expect(key(page?.tasks ?? [])).toBe(key(seed003.documents[3]?.tasks ?? []));
    expect(page?.docNumber?.text).toBe("洛政〔2025〕7号");
  });

  it("reads the 8 outlets from an HTML table with spanned cells", () => {
    const page = parse(readBytes(OUTLETS_PAGE)).documents[0];
    const key = (outlets: NonNullable<GongbaoResult["documents"][number]["outlets"]>) => JSON.stringify(outlets.map((o) => [o.seq, o.name, o.address, o.hours, o.services]));
    expect(page?.outlets).toHaveLength(8);
    expect(key(page?.outlets ?? [])).toBe(key(seed003.documents[4]?.attachments?.[0]?.outlets ?? []));
  });
});

describe("a Markdown regulation", () => {
  const result = parse(readBytes(DECREE_MD));
  const [document] = result.documents;

  it("is sniffed as Markdown and reads 30 articles in 5 chapters", () => {
    expect(result.source.format).toBe("markdown");
    expect(document?.articles).toHaveLength(30);
    expect(document?.chapters?.map((c) => c.title)).toEqual(["总则", "制度创新", "实施和推广", "保障和激励", "附则"]);
    const key = (articles: NonNullable<GongbaoResult["documents"][number]["articles"]>) => JSON.stringify(articles.map((a) => [a.number, a.chapter, a.text]));
    expect(key(document?.articles ?? [])).toBe(key(seed003.documents[2]?.articles ?? []));
  });

  it("fills the decree's dates from the headnote and skips the HTML comment", () => {
    expect(document?.decree).toMatchObject({ adoptedOn: "2024-12-16", meeting: "省政府第47次常务会议", effectiveFrom: "2025-05-01", signedOn: "2025-02-13", number: 232 });
    expect(strings(result)).not.toContain("INFO END");
  });

  it("points positions into the Markdown source", () => {
    const source = new TextDecoder().decode(readBytes(DECREE_MD));
    for (const node of walk(document?.outline ?? [])) {
      expect(source.slice(node.position.start.offset, node.position.end.offset)).toBe(node.text);
    }
  });
});

describe("format detection", () => {
  it.each([
    ["page.html", "html"],
    ["page.HTM", "html"],
    ["law.md", "markdown"],
    ["issue.txt", "text"],
    ["data.bin", undefined],
    [undefined, undefined],
  ])("by name: %s is %s", (name, format) => {
    expect(formatOfName(name)).toBe(format);
  });

  it.each([
    ["<!DOCTYPE html><html><body>x</body></html>", "html"],
    ["  <html lang=zh>", "html"],
    ["<div>\n<p>第一条</p>\n</div>", "html"],
    ["# 某某条例\n\n## 第一章 总则", "markdown"],
    ["<!-- INFO END -->\n\n第一条 甲。", "markdown"],
    ["第一条 甲。\n第二条 乙。", "text"],
    ["1.5%上升 <5个百分点", "text"],
  ])("by content: %j is %s", (head, format) => {
    expect(sniffFormat(head)).toBe(format);
  });

  it("lets the name and the option override sniffing", () => {
    expect(parse("# 标题\n正文", { name: "a.txt" }).source.format).toBe("text");
    expect(parse("第一条 甲。", { format: "markdown" }).source.format).toBe("markdown");
  });
});

describe("charsets", () => {
  const page = (charset: string) => `<html><head><meta charset="${charset}"></head><body><div id="zoom"><p>第一条 为了规范管理，制定本办法。</p></div></body></html>`;

  it("decodes a page by its declared charset", () => {
    const result = parse(new Uint8Array(iconv.encode(page("gb2312"), "gbk")));
    expect(result.source.encoding).toBe("gb18030");
    expect(result.documents[0]?.articles?.[0]?.text).toBe("为了规范管理，制定本办法。");
    expect(result.diagnostics.map((d) => d.code)).not.toContain("charset-mismatch");
  });

  it("detects and reports a declared charset the bytes contradict", () => {
    const utf8Declared = parse(new Uint8Array(iconv.encode(page("utf-8"), "gbk")));
    expect(utf8Declared.source.encoding).toBe("gb18030");
    expect(utf8Declared.diagnostics.map((d) => d.code)).toContain("charset-mismatch");
    const gbDeclared = parse(new TextEncoder().encode(page("gb2312")));
    expect(gbDeclared.source.encoding).toBe("utf-8");
    expect(gbDeclared.diagnostics.map((d) => d.code)).toContain("charset-mismatch");
    expect(gbDeclared.documents[0]?.articles).toHaveLength(1);
  });
});

describe("bad input gives a result and diagnostics, never an exception", () => {
  it("reads malformed HTML", () => {
    const result = parse("<html><body><div id=zoom><p>第一条 甲。<p>第二条 乙。</div></span></table><td>", { format: "html" });
    expect(result.documents[0]?.articles?.map((a) => a.number)).toEqual([1, 2]);
  });

  it("keeps positions inside the page when an element is left open at its end (found by the property run)", () => {
    const page = "<div>一、";
    const result = parse(page, { format: "html" });
    const diagnostic = result.diagnostics.find((d) => d.code === "html-no-article-body");
    expect(diagnostic?.position?.end.offset).toBe(page.length);
  });

  it("reads a page with no known article container, and says so", () => {
    const result = parse("<html><body><div class='x'><p>一、总体要求</p><p>1.加快建设。（责任单位：市发改委）</p><p>2.推进改造。（责任单位：市住建局）</p></div></body></html>");
    expect(result.diagnostics.map((d) => d.code)).toContain("html-no-article-body");
    expect(result.documents[0]?.measures).toHaveLength(2);
  });

  it("reads a page with no Chinese text at all", () => {
    const result = parse("<html><body><p>hello</p></body></html>");
    expect(result.diagnostics.map((d) => d.code)).toContain("html-no-article-body");
  });

  it("reads Markdown with raw HTML blocks", () => {
    const result = parse("# 某办法\n\n<div align=center>\n<p>第一条 甲。</p>\n</div>\n\n第二条 乙。\n", { format: "markdown" });
    expect(result.documents[0]?.articles?.map((a) => a.number)).toEqual([1, 2]);
  });

  it("expands rowspan and colspan", () => {
    const result = parse(
      "<html><body><div id=zoom><table><tr><th>序号</th><th>网点</th><th>地址</th><th>营业时间</th></tr><tr><td>1</td><td>甲</td><td>甲路</td><td rowspan=2>9:00-17:00</td></tr><tr><td>2</td><td colspan=2>乙（乙路）</td></tr></table></div></body></html>",
    );
    expect(result.documents[0]?.tables?.[0]?.rows).toEqual([
      ["1", "甲", "甲路", "9:00-17:00"],
      ["2", "乙（乙路）", "乙（乙路）", "9:00-17:00"],
    ]);
  });

  it("survives random bytes named .html and .md", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
    for (const name of ["x.html", "x.md"]) {
      const bytes = Uint8Array.from({ length: 4000 }, random);
      expect(parse(bytes, { name }).schemaVersion).toBeTypeOf("string");
    }
  });
});
