import { generateJsonSchema } from "../src/schema/json-schema.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { splitLines } from "../src/input/lines.js";
import { parse } from "../src/parse.js";
import { readAndParsePdf } from "../src/parse-pdf.js";
import { resultSchema } from "../src/schema/result.js";
import type { GongbaoResult } from "../src/schema/result.js";
import { fold } from "../src/util/chars.js";
import { allDocuments, corpus, pdfCorpus, placesLineOnce, readBytes, slice, walk } from "./helpers.js";

type Span = { start: { offset: number; line: number; column: number }; end: { offset: number; line: number; column: number } };

// The exact schema of this release (closed objects): an output field the zod schemas do not declare is an error.
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(generateJsonSchema({ strict: true }));

/** Every span the result claims for its own text, outside diagnostics. */
function claims(result: GongbaoResult): Span[] {
  const spans: Span[] = [];
  for (const document of allDocuments(result)) {
    for (const node of walk(document.outline)) spans.push(...(node.spans ?? [node.position]));
  }
  for (const item of result.furniture) spans.push(item.position);
  for (const item of result.unclassified) spans.push(item.position);
  for (const entry of result.contents) {
    spans.push(entry.position);
    if (entry.positionEn) spans.push(entry.positionEn);
  }
  if (result.issue) {
    for (const line of result.issue.masthead) spans.push(line.position);
    for (const entry of result.issue.editorialBoard) spans.push(entry.position);
    for (const entry of result.issue.colophon) spans.push(entry.position);
  }
  return spans;
}

function strings(value: unknown, out: string[]): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value !== null && typeof value === "object") for (const [key, item] of Object.entries(value)) if (key !== "diagnostics") strings(item, out);
  return out;
}

describe.each([...corpus(), ...pdfCorpus()])("invariants of %s", (path) => {
  const bytes = readBytes(path);
  let result: GongbaoResult;
  // What positions point into: the decoded file, or the text assembled from a PDF's pages.
  let decoded: string;
  beforeAll(async () => {
    if (path.endsWith(".pdf")) {
      ({ result, text: decoded } = await readAndParsePdf(bytes, { name: path }));
      return;
    }
    result = parse(bytes, { name: path });
    // The corpus is UTF-8; TextDecoder drops a BOM as parse does, so offsets agree.
    decoded = new TextDecoder().decode(bytes);
  });

  it("positions slice back to their text", () => {
    for (const document of allDocuments(result)) {
      for (const node of walk(document.outline)) {
        const pieces = node.spans ?? [node.position];
        expect(pieces.map((span) => slice(decoded, span)).join("")).toBe(node.text);
        if (node.marker) expect(slice(decoded, node.marker.position)).toBe(node.marker.raw);
      }
    }
    for (const item of [...result.furniture, ...result.unclassified, ...(result.issue?.masthead ?? [])]) expect(slice(decoded, item.position)).toBe(item.text);
    for (const entry of result.contents) {
      expect(slice(decoded, entry.position)).toBe(entry.raw);
      if (entry.positionEn) expect(slice(decoded, entry.positionEn)).toBe(entry.rawEn);
    }
    for (const entry of [...(result.issue?.editorialBoard ?? []), ...(result.issue?.colophon ?? [])]) expect(slice(decoded, entry.position)).toBe(entry.raw);
  });

  it("line and column agree with offset", () => {
    const lines = splitLines(decoded);
    for (const span of claims(result)) {
      for (const point of [span.start, span.end]) {
        const line = lines[point.line - 1];
        expect(line).toBeDefined();
        expect(point.offset).toBe((line?.start ?? 0) + point.column - 1);
      }
    }
  });

  it("keeps children inside their parents and siblings in order", () => {
    for (const document of allDocuments(result)) {
      expect(document.position.start.offset).toBeLessThanOrEqual(document.position.end.offset);
      for (const node of walk(document.outline)) {
        expect(node.position.start.offset).toBeGreaterThanOrEqual(document.position.start.offset);
        expect(node.position.end.offset).toBeLessThanOrEqual(document.position.end.offset);
        let previous = node.position.end.offset;
        for (const child of node.children) {
          expect(child.position.start.offset).toBeGreaterThanOrEqual(previous);
          previous = child.position.end.offset;
        }
      }
    }
  });

  it("places every non-blank line exactly once, and loses none", () => {
    const spans = claims(result);
    const all = strings(result, []).map(fold).join("\u0000");
    for (const line of splitLines(decoded)) {
      if (line.text.length === 0) continue;
      const owners = spans.filter((span) => span.start.offset < line.contentEnd && span.end.offset > line.contentStart);
      expect({ line: line.number, placedOnce: placesLineOnce(line, owners) }).toEqual({ line: line.number, placedOnce: true });
      // A split line is in the result part by part.
      const parts = owners.length === 1 ? [line.text] : owners.map((span) => decoded.slice(Math.max(span.start.offset, line.contentStart), Math.min(span.end.offset, line.contentEnd)).trim());
      for (const part of parts) expect(all.includes(fold(part)), `line ${line.number} 「${part}」 is in the result`).toBe(true);
    }
  });

  it("gives every extracted object a position that slices back to its source", () => {
    const pieces = (range: { position: Span; spans?: Span[] | undefined }) => (range.spans ?? [range.position]).map((span) => slice(decoded, span)).join("");
    const squeeze = (text: string) => text.replace(/\s+/g, "");
    for (const document of allDocuments(result)) {
      for (const measure of document.measures ?? []) {
        const source = pieces(measure);
        expect(source).toContain(measure.text);
        for (const note of measure.notes ?? (measure.note ? [measure.note] : [])) {
          expect(pieces(note)).toBe(note.raw);
          // A note lies in its measure: at its end, on its own line after the item, or closing a sentence inside it.
          expect(source).toContain(note.raw);
          expect(note.position.start.offset).toBeGreaterThanOrEqual(measure.position.start.offset);
          expect(note.position.end.offset).toBeLessThanOrEqual(measure.position.end.offset);
        }
        for (const unit of [...measure.responsibleUnits, ...(measure.leadUnits ?? []), ...(measure.cooperatingUnits ?? [])]) expect(pieces(unit)).toBe(unit.raw);
        if (measure.deadline) expect(pieces(measure.deadline)).toBe(measure.deadline.raw);
      }
      // A task covers several lines; page furniture between them is listed in `furniture`, not part of the task.
      const withoutFurniture = (span: Span) => {
        let text = "";
        let at = span.start.offset;
        for (const item of result.furniture) {
          if (item.position.start.offset < at || item.position.end.offset > span.end.offset) continue;
          text += decoded.slice(at, item.position.start.offset);
          at = item.position.end.offset;
        }
        return text + decoded.slice(at, span.end.offset);
      };
      for (const task of document.tasks ?? []) {
        expect(squeeze(withoutFurniture(task.position))).toContain(squeeze(task.text));
        for (const unit of [...task.leadUnits, ...task.responsibleUnits]) {
          expect(pieces(unit)).toBe(unit.raw);
          expect(unit.position.start.offset).toBeGreaterThanOrEqual(task.position.start.offset);
          expect(unit.position.end.offset).toBeLessThanOrEqual(task.position.end.offset);
        }
      }
      for (const division of [...(document.chapters ?? []), ...(document.sections ?? [])]) expect(pieces(division).endsWith(division.title)).toBe(true);
      for (const article of document.articles ?? []) {
        const visitItems = (items: Array<{ text: string; position: Span; spans?: Span[] | undefined; items?: unknown }>) => {
          for (const item of items) {
            expect(pieces(item)).toBe(item.text);
            visitItems((item.items ?? []) as typeof items);
          }
        };
        for (const paragraph of article.paragraphs) {
          expect(pieces(paragraph)).toBe(paragraph.text);
          visitItems(paragraph.items);
        }
      }
      for (const table of document.tables ?? []) {
        table.rows.forEach((row, index) => {
          const source = slice(decoded, table.rowPositions[index] as Span);
          for (const cell of row) expect(source).toContain(cell);
        });
      }
      for (const outlet of document.outlets ?? []) {
        const source = slice(decoded, outlet.position);
        for (const text of [outlet.name, outlet.address, outlet.hours.raw, ...outlet.services]) expect(source).toContain(text);
      }
      if (document.statedCounts) expect(squeeze(fold(slice(decoded, document.statedCounts.position)))).toContain(squeeze(fold(document.statedCounts.source)));
    }
  });

  it("passes the zod schema and the committed JSON Schema", () => {
    expect(() => resultSchema.parse(result)).not.toThrow();
    const json = JSON.parse(JSON.stringify(result));
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
});
