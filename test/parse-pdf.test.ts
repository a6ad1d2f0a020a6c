import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "../src/parse.js";
import { parseFile } from "../src/parse-file.js";
import { parsePdf, readAndParsePdf } from "../src/parse-pdf.js";
import { type GongbaoResult, resultSchema } from "../src/schema/result.js";
import { SEED_000, SEED_003, allDocuments, readBytes, readText, root, slice, walk } from "./helpers.js";
import { HELVETICA, handmadePdf, stream, textPage } from "./pdf-helpers.js";

const PDF_003 = "seeds/luoyang-gazette-2025-02.pdf";
const PDF_000 = "seeds/luoyang-jiyuan-33-measures.pdf";

/** What the acceptance compares: documents and the objects read from them. */
function objects(result: GongbaoResult) {
  const documents = [...allDocuments(result)];
  const units = (list: Array<{ name: string; raw: string }> | undefined) => (list ?? []).map((unit) => `${unit.name}<${unit.raw}>`);
  return {
    documents: documents.map((document) => ({ title: document.title, kind: document.kind, docNumber: document.docNumber ?? null, date: document.date ?? null, issuer: document.issuer ?? null })),
    measures: documents.flatMap((document) => document.measures ?? []).map((measure) => ({ number: measure.number, text: measure.text, section: measure.section, responsible: units(measure.responsibleUnits), lead: units(measure.leadUnits) })),
    tasks: documents.flatMap((document) => document.tasks ?? []).map((task) => ({ number: task.number, text: task.text, officials: task.leadOfficials, lead: units(task.leadUnits), responsible: units(task.responsibleUnits), section: task.section })),
    articles: documents.map((document) => (document.articles ?? []).map((article) => ({ number: article.number, chapter: article.chapter?.number ?? null, paragraphs: article.paragraphs.map((paragraph) => paragraph.text) }))),
    outlets: documents.flatMap((document) => document.outlets ?? []).map((outlet) => ({ name: outlet.name, address: outlet.address, hours: outlet.hours, services: outlet.services })),
  };
}

describe("the seed PDFs give the objects of the text path", () => {
  let pdf003: { result: GongbaoResult; text: string };
  let pdf000: GongbaoResult;
  beforeAll(async () => {
    pdf003 = await readAndParsePdf(readBytes(PDF_003), { name: "luoyang-gazette-2025-02.pdf" });
    pdf000 = await parsePdf(readBytes(PDF_000));
  });
  const text003 = parse(readBytes(SEED_003));
  const text000 = parse(readBytes(SEED_000));

  it("the same documents, tasks with every unit, articles and outlets (seed 003)", () => {
    const fromPdf = objects(pdf003.result);
    const fromText = objects(text003);
    expect(fromPdf.documents).toEqual(fromText.documents);
    expect(fromPdf.tasks).toHaveLength(147);
    expect(fromPdf.tasks).toEqual(fromText.tasks);
    expect(fromPdf.articles.map((articles) => articles.length)).toEqual([0, 24, 30, 0, 0, 0, 0]);
    expect(fromPdf.articles).toEqual(fromText.articles);
    expect(fromPdf.outlets).toHaveLength(8);
    expect(fromPdf.outlets).toEqual(fromText.outlets);
    expect(pdf003.result.issue).toMatchObject({ title: text003.issue?.title, year: 2025, number: 2, serial: 278, date: "2025-03-10" });
    expect(pdf003.result.contents.map((entry) => [entry.page, entry.document])).toEqual(text003.contents.map((entry) => [entry.page, entry.document]));
  });

  it("the same 33 measures with their units (seed 000)", () => {
    const fromPdf = objects(pdf000);
    expect(fromPdf.measures).toHaveLength(33);
    expect(fromPdf).toEqual(objects(text000));
  });

  it("records the format, the page count and a page on every point", () => {
    expect(pdf003.result.source).toMatchObject({ format: "pdf", encoding: "pdf", name: "luoyang-gazette-2025-02.pdf", length: pdf003.text.length });
    const pages = pdf003.result.source.pages ?? 0;
    expect(pages).toBeGreaterThan(40);
    const points: Array<{ page?: number | undefined }> = [];
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(visit);
      if (value === null || typeof value !== "object") return;
      if ("offset" in value && "line" in value) points.push(value as { page?: number });
      else Object.values(value).forEach(visit);
    };
    visit(pdf003.result);
    expect(points.length).toBeGreaterThan(1000);
    for (const point of points) expect(point.page).toBeGreaterThanOrEqual(1);
    for (const point of points) expect(point.page).toBeLessThanOrEqual(pages);
  });

  it("every node's text slices back from the assembled text", () => {
    for (const document of allDocuments(pdf003.result)) {
      for (const node of walk(document.outline)) {
        expect(node.spans).toBeUndefined();
        expect(slice(pdf003.text, node.position)).toBe(node.text);
      }
    }
  });

  it("moves running headers and page numbers to furniture, each with its page", () => {
    const furniture = pdf003.result.furniture.filter((item) => item.kind !== "slogan");
    const numbers = furniture.filter((item) => item.kind === "page-number");
    expect(numbers).toHaveLength(pdf003.result.source.pages ?? 0);
    for (const item of numbers) expect(item.text).toBe(`— ${item.position.start.page} —`);
    const headers = furniture.filter((item) => item.kind === "running-header");
    // One on every page but the three of the front matter, which print none.
    expect(headers.map((item) => item.position.start.page)).toEqual(numbers.slice(3).map((item) => item.position.start.page));
    expect(headers.find((item) => item.text.endsWith("市政府文件"))).toBeDefined();
    // None is left in the text: no page repair was needed.
    expect(pdf003.result.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain("joined-lines");
    expect(pdf003.result.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain("page-furniture");
  });

  it("keeps a paragraph, a numbered task and an article broken across a page as one node each", () => {
    const nodes = [...allDocuments(pdf003.result)].flatMap((document) => [...walk(document.outline)]);
    for (const start of ["发展质效稳步跃升", "21.开展降本减负", "第二十二条"]) {
      const node = nodes.find((each) => each.text.startsWith(start));
      expect(node, start).toBeDefined();
      expect(node?.position.end.page, start).toBe((node?.position.start.page ?? 0) + 1);
    }
  });
});

describe("PDF layouts", () => {
  it("reads a two-column page column by column, under the title set across both", async () => {
    const { result, text } = await readAndParsePdf(readBytes("fixtures/pdf/two-column.pdf"));
    const seed = readText(SEED_000)
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "");
    const lines = text.split("\n");
    // Every paragraph of the seed, whole, in order; the page number after them.
    expect(lines.slice(0, 13)).toEqual(seed.slice(1, 14));
    expect(result.furniture.map((item) => [item.kind, item.text])).toEqual([["page-number", "— 1 —"]]);
  });

  it("reads a ruled table whose cells wrap onto several lines as one row a record (the 8 outlets)", async () => {
    const result = await parsePdf(readBytes("fixtures/pdf/wrapped-cells.pdf"));
    const attachment = [...allDocuments(result)].find((document) => (document.outlets ?? []).length > 0);
    const printed = readText(SEED_003).split("\n").filter((line) => /^[1-8]\t/.test(line));
    expect(attachment?.tables?.[0]?.rows.map((row) => row.join("\t"))).toEqual(printed);
    expect(attachment?.outlets?.map((outlet) => outlet.name)).toEqual(objects(parse(readBytes(SEED_003))).outlets.map((outlet) => outlet.name));
  });

  it("reports pages with no text layer, with their numbers, and reads the others", async () => {
    const result = await parsePdf(readBytes("fixtures/pdf/scanned-page.pdf"));
    expect(result.diagnostics).toMatchObject([{ code: "pdf-no-text", severity: "warning", actual: "1" }]);
    expect(result.documents.map((document) => document.title)).toEqual(["洛阳市人民政府关于公布扫描件的通知"]);
    expect(result.documents[0]?.position.start.page).toBe(2);
  });

  it("reports glyphs with no Unicode mapping, with their share", async () => {
    const result = await parsePdf(readBytes("fixtures/pdf/unmapped-glyphs.pdf"));
    const unmapped = result.diagnostics.find((diagnostic) => diagnostic.code === "pdf-unmapped-text");
    expect(unmapped).toMatchObject({ severity: "warning" });
    // ABCD of 23 printed characters.
    expect(Number(unmapped?.actual)).toBeCloseTo(4 / 23, 3);
    expect(JSON.stringify(result)).not.toContain("\\u0000");
  });
});

describe("PDF faults are diagnostics, never exceptions", () => {
  it("a damaged file: pdf-unreadable", async () => {
    const result = await parsePdf(new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ngarbage"));
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["pdf-unreadable"]);
    expect(result.documents).toEqual([]);
    expect(result.source).toMatchObject({ format: "pdf", encoding: "undecoded" });
  });

  it("an encrypted file: pdf-unreadable, saying a password is needed", async () => {
    const encrypted = handmadePdf(
      ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", textPage(2, 4, 5), stream("BT /F1 12 Tf 72 720 Td (Hello) Tj ET"), HELVETICA, `<< /Filter /Standard /V 1 /R 2 /O <${"11".repeat(32)}> /U <${"22".repeat(32)}> /P -4 >>`],
      "/Encrypt 6 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]",
    );
    const result = await parsePdf(encrypted);
    expect(result.diagnostics).toMatchObject([{ code: "pdf-unreadable", actual: "PasswordException" }]);
    expect(result.diagnostics[0]?.message).toContain("password");
  });

  it("a page that fails alone is reported; the pages before it are read", async () => {
    const pdf = handmadePdf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R 6 0 R 7 0 R] /Count 3 >>", textPage(2, 4, 5), stream("BT /F1 12 Tf 72 720 Td (First page) Tj ET"), HELVETICA, textPage(2, 8, 5), "42", stream("BT /F1 12 Tf 72 720 Td (Second page) Tj ET")]);
    const { result, text } = await readAndParsePdf(pdf);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.code === "pdf-unreadable")).toMatchObject([{ actual: "page 3" }]);
    expect(text).toBe("First page\nSecond page\n");
  });

  it("an input over the size limit is not read", async () => {
    const result = await parsePdf(readBytes("fixtures/pdf/scanned-page.pdf"), { maxInputBytes: 100 });
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["input-too-large"]);
  });

  it("more paragraphs than maxLines: result-too-large", async () => {
    const result = await parsePdf(readBytes(PDF_000), { maxLines: 10 });
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["result-too-large"]);
    expect(result.documents).toEqual([]);
  });

  it("damaged copies of a seed PDF (cut short, bytes overwritten) resolve with a valid result, never reject", async () => {
    const bytes = readBytes(PDF_000);
    let seed = 16_807;
    const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
    const copies: Uint8Array[] = [];
    for (let index = 1; index <= 8; index++) copies.push(bytes.slice(0, Math.floor((bytes.length * index) / 9)));
    for (let index = 0; index < 8; index++) {
      const copy = bytes.slice();
      for (let flip = 0; flip < 40; flip++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
      copies.push(copy);
    }
    for (const copy of copies) {
      const result = await parsePdf(copy);
      expect(() => resultSchema.parse(result)).not.toThrow();
    }
  });

  it("throws a TypeError only for an argument that is not bytes", async () => {
    await expect(parsePdf("%PDF-" as unknown as Uint8Array)).rejects.toThrow(TypeError);
  });
});

describe("entries", () => {
  it("parse() on a PDF's bytes says to use parsePdf or parseFile, and does not crash", () => {
    const result = parse(readBytes(PDF_000));
    expect(result.documents).toEqual([]);
    expect(result.source.format).toBe("pdf");
    expect(result.diagnostics).toMatchObject([{ code: "binary-input", actual: "a PDF document" }]);
    expect(result.diagnostics[0]?.message).toContain("parsePdf");
  });

  it("parse() reads text named .pdf as text", () => {
    const result = parse("关于某事的通知\n\n一、总则\n", { name: "notice.pdf" });
    expect(result.source.format).toBe("text");
    expect(result.documents).toHaveLength(1);
  });

  it("parseFile reads a PDF by its signature, whatever its name", async () => {
    const byName = await parseFile(`${root}/${PDF_000}`);
    expect(byName.source).toMatchObject({ format: "pdf", name: "luoyang-jiyuan-33-measures.pdf" });
    expect(JSON.stringify(byName)).toBe(JSON.stringify(await parsePdf(readFileSync(`${root}/${PDF_000}`), { name: "luoyang-jiyuan-33-measures.pdf" })));
  });
});
