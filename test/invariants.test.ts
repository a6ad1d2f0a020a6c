import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { splitLines } from "../src/input/lines.js";
import { parse } from "../src/parse.js";
import { resultSchema } from "../src/schema/result.js";
import type { GongbaoResult } from "../src/schema/result.js";
import { fold } from "../src/util/chars.js";
import schemaFile from "../schema/gongbao.schema.json" with { type: "json" };
import { allDocuments, corpus, readBytes, slice, walk } from "./helpers.js";

type Span = { start: { offset: number; line: number; column: number }; end: { offset: number; line: number; column: number } };

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schemaFile);

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

describe.each(corpus())("invariants of %s", (path) => {
  const bytes = readBytes(path);
  const result = parse(bytes, { name: path });
  // The corpus is UTF-8; TextDecoder drops a BOM as parse does, so offsets agree.
  const decoded = new TextDecoder().decode(bytes);

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
      expect({ line: line.number, owners: owners.length }).toEqual({ line: line.number, owners: 1 });
      expect(all.includes(fold(line.text)), `line ${line.number} 「${line.text}」 is in the result`).toBe(true);
    }
  });

  it("passes the zod schema and the committed JSON Schema", () => {
    expect(() => resultSchema.parse(result)).not.toThrow();
    const json = JSON.parse(JSON.stringify(result));
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
});
