/**
 * Render the seeds as printed gazettes, for the PDF front end's tests:
 * `npx tsx scripts/render-pdfs.ts`. The outputs (`seeds/*.pdf`, and the
 * two-column, scanned and unmapped-glyph pages in `fixtures/pdf/`) are
 * committed; this script shows how they were made and remakes them.
 *
 * Layout as gazettes print: A4, body text wrapped at the right margin with a
 * first-line indent of two characters, titles centred, the issue's running
 * header at the top of every page and the page number (`— 3 —`) at the foot,
 * the bus-card outlet table as a ruled grid, and a few paragraphs and numbered
 * items forced across a page break. Fonts: Droid Sans Fallback for CJK,
 * DejaVu Sans for Latin letters and the quotes it lacks (Debian's
 * `fonts-droid-fallback` and `fonts-dejavu-core`), both embedded as subsets.
 *
 * Each printed paragraph is one line of the seed as the text path reads it:
 * its page headers dropped and the lines it re-joined across page breaks
 * joined, so the PDF path can be compared with the text path.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";
import { parse } from "../src/parse.js";
import { splitLines } from "../src/input/lines.js";
import type { GongbaoResult } from "../src/schema/result.js";

const here = (path: string) => new URL(`../${path}`, import.meta.url);
const CJK_FONT = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";
const LATIN_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

const A4: [number, number] = [595.28, 841.89];
const LEFT = 79;
const RIGHT = A4[0] - 74;
const TOP = A4[1] - 105;
const BOTTOM = 99;
const SIZE = 11;
const LEADING = 1.75;

/** A printed paragraph: one logical line of the seed, and how to set it. */
interface Paragraph {
  text: string;
  style: "body" | "centre" | "table-row";
  /** Start a new page after this paragraph's first line (a paragraph broken across a page). */
  breakAfterFirstLine?: boolean;
}

/** The lines of a seed as the text path reads them: page headers and page numbers out, page-broken lines joined. */
function logicalLines(text: string, result: GongbaoResult): Array<{ text: string; line: number }> {
  const dropped = new Set<number>();
  for (const item of result.furniture) if (item.kind === "running-header" || item.kind === "page-number") dropped.add(item.position.start.line);
  const joined = new Map<number, { text: string; covers: number[] }>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== "object") return;
    const spans = (value as { spans?: Array<{ start: { line: number; offset: number }; end: { offset: number } }> }).spans;
    if (spans !== undefined && spans.length > 1 && !joined.has(spans[0]!.start.line)) {
      const lines = spans.map((span) => span.start.line);
      // The whole of the first line up to its first piece (a marker), then the pieces.
      const first = spans[0]!;
      const lineStart = first.start.offset - (first.start as { column?: number }).column! + 1;
      joined.set(first.start.line, { text: text.slice(lineStart, first.start.offset) + spans.map((span) => text.slice(span.start.offset, span.end.offset)).join(""), covers: lines });
    }
    for (const [key, child] of Object.entries(value)) if (key !== "spans") visit(child);
  };
  visit(result.documents);
  const out: Array<{ text: string; line: number }> = [];
  const skip = new Set<number>();
  for (const entry of joined.values()) for (const line of entry.covers.slice(1)) skip.add(line);
  for (const line of splitLines(text, true)) {
    if (dropped.has(line.number) || skip.has(line.number)) continue;
    const join = joined.get(line.number);
    out.push({ text: join === undefined ? line.text : join.text.trim(), line: line.number });
  }
  return out;
}

/** Source lines that are titles or headings set centred: document titles, decree headings, 第X章. */
function centredLines(result: GongbaoResult): Set<number> {
  const centred = new Set<number>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== "object") return;
    const node = value as { role?: string; marker?: { kind: string }; position?: { start: { line: number } } };
    if (node.position !== undefined && (node.role === "title" || node.role === "decree-heading" || node.role === "decree-number" || node.role === "doc-number" || node.role === "attachment-label" || node.marker?.kind === "chapter")) centred.add(node.position.start.line);
    for (const child of Object.values(value)) visit(child);
  };
  visit(result.documents.map((document) => document.outline));
  visit(result.documents.flatMap((document) => (document.attachments ?? []).map((attachment) => attachment.outline)));
  return centred;
}

class Printer {
  page!: PDFPage;
  y = TOP;
  pageNumber = 0;
  header = "";
  constructor(
    readonly pdf: PDFDocument,
    readonly cjk: PDFFont,
    readonly latin: PDFFont,
    readonly cjkGlyphs: (char: string) => boolean,
  ) {}

  fontOf(char: string): PDFFont {
    return char.charCodeAt(0) < 0x2e80 && !(char.charCodeAt(0) >= 0x3000 && char.charCodeAt(0) < 0x3040) && !this.cjkGlyphs(char) ? this.latin : char.charCodeAt(0) < 0x80 ? this.latin : this.cjkGlyphs(char) ? this.cjk : this.latin;
  }

  width(text: string, size: number): number {
    let total = 0;
    for (const char of text) total += this.fontOf(char).widthOfTextAtSize(char, size);
    return total;
  }

  /** Draw text at x, y, switching fonts by script. */
  draw(text: string, x: number, y: number, size: number): void {
    let run = "";
    let font: PDFFont | null = null;
    const flush = () => {
      if (run === "" || font === null) return;
      this.page.drawText(run, { x, y, size, font });
      x += font.widthOfTextAtSize(run, size);
      run = "";
    };
    for (const char of text) {
      const next = this.fontOf(char);
      if (next !== font) {
        flush();
        font = next;
      }
      run += char;
    }
    flush();
  }

  newPage(): void {
    this.page = this.pdf.addPage(A4);
    this.pageNumber++;
    this.y = TOP;
    if (this.header !== "") {
      const width = this.width(this.header, 9);
      this.draw(this.header, (A4[0] - width) / 2, A4[1] - 52, 9);
      this.page.drawLine({ start: { x: LEFT, y: A4[1] - 58 }, end: { x: RIGHT, y: A4[1] - 58 }, thickness: 0.5, color: rgb(0, 0, 0) });
    }
    const number = `— ${this.pageNumber} —`;
    this.draw(number, (A4[0] - this.width(number, 10)) / 2, 50, 10);
  }

  /** Room for one more line of `size`, else a new page. */
  room(size: number): void {
    if (this.y - size * LEADING < BOTTOM) this.newPage();
    this.y -= size * LEADING;
  }

  /** Tokens a line may break between: a Latin word with its digits and ASCII punctuation, or one other character. */
  tokens(text: string): string[] {
    return text.match(/[A-Za-z0-9.,:;'()%+\-/<>@]+|./gsu) ?? [];
  }

  paragraph(paragraph: Paragraph): void {
    const text = paragraph.text;
    if (paragraph.style === "centre") {
      let size = SIZE + 3;
      while (size > 6 && this.width(text, size) > RIGHT - LEFT) size -= 0.5;
      this.room(size);
      this.draw(text, (A4[0] - this.width(text, size)) / 2, this.y, size);
      return;
    }
    // A tab (a contents page number) puts what follows it at the right margin.
    const tab = text.indexOf("\t");
    const lead = tab === -1 ? text : text.slice(0, tab);
    const tail = tab === -1 ? "" : text.slice(tab + 1);
    const tailWidth = tail === "" ? 0 : this.width(tail, SIZE) + 2 * SIZE;
    let x = LEFT + 2 * SIZE;
    let line = "";
    let lines = 0;
    const flush = (last: boolean) => {
      this.room(SIZE);
      this.draw(line.trimEnd(), x, this.y, SIZE);
      if (last && tail !== "") this.draw(tail, RIGHT - this.width(tail, SIZE), this.y, SIZE);
      lines++;
      if (lines === 1 && paragraph.breakAfterFirstLine && !last) this.newPage();
      x = LEFT;
      line = "";
    };
    const tokens = this.tokens(lead);
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index] as string;
      const limit = RIGHT - x - (index === tokens.length - 1 ? tailWidth : 0);
      if (line !== "" && token !== " " && this.width(line + token, SIZE) > limit) flush(false);
      if (line === "" && token === " ") continue;
      line += token;
    }
    flush(true);
  }

  /**
   * A ruled table: one row a line, columns as wide as their widest cell, the
   * font shrunk to fit the width; or, with `widths`, columns that wide, each
   * cell wrapped onto as many lines as it needs.
   */
  table(rows: string[][], fixed?: number[]): void {
    const columns = Math.max(...rows.map((row) => row.length));
    const padding = 5;
    let size = SIZE;
    let widths: number[] = fixed ?? [];
    for (; fixed === undefined && size > 5; size -= 0.25) {
      widths = Array.from({ length: columns }, (_, column) => Math.max(...rows.map((row) => this.width(row[column] ?? "", size))) + 2 * padding);
      if (widths.reduce((a, b) => a + b, 0) <= RIGHT - LEFT) break;
    }
    const wrap = (cell: string, width: number): string[] => {
      const lines = [""];
      for (const char of cell) {
        if (lines[lines.length - 1] !== "" && this.width(`${lines[lines.length - 1]}${char}`, size) > width - 2 * padding) lines.push("");
        lines[lines.length - 1] += char;
      }
      return lines.map((line) => line.trim());
    };
    const black = rgb(0, 0, 0);
    for (const row of rows) {
      const wrapped = row.map((cell, column) => wrap(cell, widths[column] as number));
      const lines = Math.max(...wrapped.map((cell) => cell.length));
      const height = size * (0.8 + 1.3 * lines);
      if (this.y - height < BOTTOM) this.newPage();
      const top = this.y - size * 0.6;
      this.y -= height;
      let x = LEFT;
      this.page.drawLine({ start: { x: LEFT, y: top }, end: { x: LEFT + widths.reduce((a, b) => a + b, 0), y: top }, thickness: 0.5, color: black });
      wrapped.forEach((cell, column) => {
        cell.forEach((line, index) => this.draw(line, x + padding, top - size * (1.3 * (index + 1)), size));
        this.page.drawLine({ start: { x, y: top }, end: { x, y: top - height }, thickness: 0.5, color: black });
        x += widths[column] as number;
      });
      this.page.drawLine({ start: { x, y: top }, end: { x, y: top - height }, thickness: 0.5, color: black });
      this.page.drawLine({ start: { x: LEFT, y: top - height }, end: { x, y: top - height }, thickness: 0.5, color: black });
    }
    this.y -= size;
  }
}

async function printer(): Promise<Printer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  const cjkBytes = readFileSync(CJK_FONT);
  const cjk = await pdf.embedFont(cjkBytes, { subset: true });
  const latin = await pdf.embedFont(readFileSync(LATIN_FONT), { subset: true });
  const face = fontkit.create(cjkBytes) as unknown as { hasGlyphForCodePoint(code: number): boolean };
  return new Printer(pdf, cjk, latin, (char) => face.hasGlyphForCodePoint(char.codePointAt(0) as number));
}

/** Set a seed's paragraphs; `header(index)` is the running header over the paragraph at `index`. */
async function render(paragraphs: Paragraph[], header: (index: number) => string, path: string): Promise<number> {
  const out = await printer();
  out.header = header(0);
  out.newPage();
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index] as Paragraph;
    const title = header(index);
    if (title !== out.header) {
      // A new part of the issue starts on a new page, under its own running header.
      out.header = title;
      out.newPage();
    }
    if (paragraph.style === "table-row") {
      const rows: string[][] = [];
      while (paragraphs[index]?.style === "table-row") rows.push((paragraphs[index++] as Paragraph).text.split("\t"));
      index--;
      out.table(rows);
    } else out.paragraph(paragraph);
  }
  const bytes = await out.pdf.save();
  writeFileSync(here(path), bytes);
  return bytes.length;
}

const TABLE_ROW = /\t.*\t.*\t/;

// 1. Seed 003, the whole issue: the gazette title over the front matter, each contents category over its documents.
{
  const text = readFileSync(here("seeds/luoyang-gazette-2025-02.txt"), "utf8");
  const result = parse(text);
  const centred = centredLines(result);
  const lines = logicalLines(text, result);
  const firstBody = result.documents[0]?.position.start.line ?? 0;
  const starts = result.documents.map((document) => document.position.start.line);
  // Forced page breaks: a paragraph of the report, a numbered task and an article.
  const broken = [/^发展质效稳步跃升/, /^21\.开展降本减负/, /^第二十二条/];
  const paragraphs: Paragraph[] = lines.map(({ text: line, line: number }) => {
    const style = TABLE_ROW.test(line) ? "table-row" : centred.has(number) || (number < firstBody && line.length <= 20 && !/[:：.]|^\(/.test(line) && !/[0-9]$/.test(line)) ? "centre" : "body";
    return broken.some((pattern) => pattern.test(line)) ? { text: line, style, breakAfterFirstLine: true } : { text: line, style };
  });
  const header = (index: number) => {
    const line = lines[index]?.line ?? 0;
    const document = starts.filter((start) => start <= line).length - 1;
    if (document < 0) return "";
    const category = result.contents.find((entry) => entry.document === document)?.category;
    return category === undefined || category === null ? "洛阳市人民政府公报" : `洛阳市人民政府公报  ${category}`;
  };
  console.log("luoyang-gazette-2025-02.pdf", await render(paragraphs, header, "seeds/luoyang-gazette-2025-02.pdf"), "bytes");
}

// 2. Seed 000, the 33 measures: one column, its issuer as the running header.
const measures = readFileSync(here("seeds/luoyang-jiyuan-33-measures.txt"), "utf8");
{
  const result = parse(measures);
  const centred = centredLines(result);
  const paragraphs: Paragraph[] = logicalLines(measures, result).map(({ text: line, line: number }) => ({ text: line, style: centred.has(number) ? "centre" : "body" }));
  console.log("luoyang-jiyuan-33-measures.pdf", await render(paragraphs, () => "洛阳市人民政府副中心城市建设办公室", "seeds/luoyang-jiyuan-33-measures.pdf"), "bytes");
}

// 3. Two columns: the first section of seed 000 under a centred title, set in two columns of 16 characters.
{
  const out = await printer();
  out.newPage();
  const lines = splitLines(measures, true).map((line) => line.text);
  const title = lines[1] ?? "";
  out.paragraph({ text: title, style: "centre" });
  const body = lines.slice(2, 14);
  const gutter = 24;
  const columnWidth = (RIGHT - LEFT - gutter) / 2;
  // Wrap every paragraph to the column width (first line indented), then fill the left column, then the right.
  const printed: Array<{ text: string; indent: number }> = [];
  for (const paragraph of body) {
    let line = "";
    let indent = 2 * SIZE;
    for (const char of paragraph) {
      if (line !== "" && out.width(line + char, SIZE) > columnWidth - indent) {
        printed.push({ text: line, indent });
        line = "";
        indent = 0;
      }
      line += char;
    }
    printed.push({ text: line, indent });
  }
  const half = Math.ceil(printed.length / 2);
  const top = out.y;
  printed.forEach((line, index) => {
    const column = index < half ? 0 : 1;
    const row = column === 0 ? index : index - half;
    out.draw(line.text, LEFT + column * (columnWidth + gutter) + line.indent, top - (row + 1) * SIZE * LEADING, SIZE);
  });
  const bytes = await out.pdf.save();
  writeFileSync(here("fixtures/pdf/two-column.pdf"), bytes);
  console.log("two-column.pdf", bytes.length, "bytes");
}

// 4. A scanned page: the text drawn as an image, no text layer; and a second page with text.
{
  const out = await printer();
  const width = 120;
  const height = 40;
  // A grey bitmap with dark bars where lines of text would be (a PNG written by hand: one IDAT, filter 0).
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = y % 8 < 4 && x > 8 && x < 112 ? 40 : 230;
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 0;
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
  const image = await out.pdf.embedPng(png);
  out.page = out.pdf.addPage(A4);
  out.page.drawImage(image, { x: LEFT, y: 300, width: RIGHT - LEFT, height: 400 });
  out.newPage();
  out.paragraph({ text: "洛阳市人民政府关于公布扫描件的通知", style: "centre" });
  out.paragraph({ text: "本页有文字层。", style: "body" });
  const bytes = await out.pdf.save();
  writeFileSync(here("fixtures/pdf/scanned-page.pdf"), bytes);
  console.log("scanned-page.pdf", bytes.length, "bytes");
}

// 5. Glyphs with no Unicode mapping: Latin letters set in the CJK font, which has no glyphs (nor mappings) for them.
{
  const out = await printer();
  out.page = out.pdf.addPage(A4);
  out.page.drawText("关于某事的通知", { x: LEFT + 100, y: TOP, size: 16, font: out.cjk });
  out.page.drawText("第一条　本办法适用于ABCD公司。", { x: LEFT + 2 * SIZE, y: TOP - 40, size: SIZE, font: out.cjk });
  const bytes = await out.pdf.save();
  writeFileSync(here("fixtures/pdf/unmapped-glyphs.pdf"), bytes);
  console.log("unmapped-glyphs.pdf", bytes.length, "bytes");
}

// 6. The bus-card outlet table with narrow columns: names, addresses and hours wrap inside their cells.
{
  const text = readFileSync(here("seeds/luoyang-gazette-2025-02.txt"), "utf8");
  const lines = splitLines(text, true).map((line) => line.text);
  const from = lines.findIndex((line) => line.startsWith("一、人工充值网点"));
  const out = await printer();
  out.newPage();
  out.paragraph({ text: "附件", style: "body" });
  out.paragraph({ text: lines[from - 1] ?? "", style: "centre" });
  out.paragraph({ text: lines[from] ?? "", style: "body" });
  out.table(lines.slice(from + 1, from + 10).map((line) => line.split("\t")), [36, 90, 130, 120, 70]);
  out.paragraph({ text: lines[from + 10] ?? "", style: "body" });
  const bytes = await out.pdf.save();
  writeFileSync(here("fixtures/pdf/wrapped-cells.pdf"), bytes);
  console.log("wrapped-cells.pdf", bytes.length, "bytes");
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return ~crc >>> 0;
}
