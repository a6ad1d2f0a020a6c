import { generateJsonSchema } from "../../src/schema/json-schema.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import { decode } from "../../src/input/decode.js";
import { lineStarts } from "../../src/input/assembled-lines.js";
import { splitLines } from "../../src/input/lines.js";
import { parse, type ParseOptions } from "../../src/parse.js";
import { resultSchema, type GongbaoResult } from "../../src/schema/result.js";
import { fold } from "../../src/util/chars.js";
import { allDocuments, placesLineOnce, walk } from "../helpers.js";

/** A span of the result, as the schema gives it. */
export type Span = { start: { offset: number; line: number; column: number }; end: { offset: number; line: number; column: number } };

/** A span the result claims for its own text, with the text it says is there. */
export interface Claim {
  spans: Span[];
  text: string;
}

// The exact schema of this release (closed objects): an output field the zod schemas do not declare is an error.
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(generateJsonSchema({ strict: true }));

/** Every piece of input text the result places (outside diagnostics), with the text it gives for it. */
export function claims(result: GongbaoResult): Claim[] {
  const out: Claim[] = [];
  for (const document of allDocuments(result)) {
    for (const node of walk(document.outline)) out.push({ spans: node.spans ?? [node.position], text: node.text });
  }
  for (const item of result.furniture) out.push({ spans: [item.position], text: item.text });
  for (const item of result.unclassified) out.push({ spans: [item.position], text: item.text });
  for (const entry of result.contents) {
    out.push({ spans: [entry.position], text: entry.raw });
    if (entry.positionEn) out.push({ spans: [entry.positionEn], text: entry.rawEn ?? "" });
  }
  if (result.issue) {
    for (const line of result.issue.masthead) out.push({ spans: [line.position], text: line.text });
    for (const entry of result.issue.editorialBoard) out.push({ spans: [entry.position], text: entry.raw });
    for (const entry of result.issue.colophon) out.push({ spans: [entry.position], text: entry.raw });
  }
  return out;
}

/** Every string of a result outside its diagnostics. */
export function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value !== null && typeof value === "object") for (const [key, item] of Object.entries(value)) if (key !== "diagnostics") strings(item, out);
  return out;
}

/** Every `{ start, end }` position anywhere in a value (diagnostics included). */
function* positions(value: unknown, path: string): Generator<[string, Span]> {
  const stack: Array<[unknown, string]> = [[value, path]];
  while (stack.length > 0) {
    const [item, at] = stack.pop() as [unknown, string];
    if (item === null || typeof item !== "object") continue;
    const record = item as Record<string, unknown>;
    const start = record.start as Span["start"] | undefined;
    if (start !== undefined && typeof start === "object" && typeof start.offset === "number" && record.end !== undefined) {
      yield [at, item as Span];
      continue;
    }
    for (const [key, child] of Object.entries(record)) stack.push([child, `${at}.${key}`]);
  }
}

/**
 * What a result gets wrong about its input: the schema (zod and the committed
 * JSON Schema), positions that are out of range or whose line and column
 * disagree with their offset, and, for plain text, text that does not slice
 * back or a non-blank line that no part of the result places exactly once.
 * Empty when the result is sound.
 */
export function violations(result: GongbaoResult, text: string, plain: boolean): string[] {
  const found: string[] = [];
  const zod = resultSchema.safeParse(result);
  if (!zod.success) found.push(`zod: ${zod.error.issues.slice(0, 2).map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  if (!validate(JSON.parse(JSON.stringify(result)))) found.push(`JSON Schema: ${JSON.stringify(validate.errors?.slice(0, 2))}`);
  if (result.diagnostics.some((diagnostic) => diagnostic.code === "result-too-large")) return found;
  if (result.source.encoding === "undecoded") {
    // Not read as text (over the size limit, or binary): nothing placed, one error saying why.
    if (result.documents.length > 0 || result.unclassified.length > 0 || result.source.length !== 0) found.push("an unread input has content");
    if (!result.diagnostics.some((diagnostic) => diagnostic.code === "input-too-large" || diagnostic.code === "binary-input")) found.push("an unread input says not why");
    return found;
  }

  const starts = lineStarts(text);
  for (const [path, span] of positions(result, "result")) {
    for (const point of [span.start, span.end]) {
      if (!Number.isInteger(point.offset) || point.offset < 0 || point.offset > text.length) {
        found.push(`${path}: offset ${point.offset} outside 0…${text.length}`);
        continue;
      }
      const lineStart = starts[point.line - 1];
      if (lineStart === undefined || lineStart + point.column - 1 !== point.offset) found.push(`${path}: line ${point.line} column ${point.column} is not offset ${point.offset}`);
    }
    if (span.start.offset > span.end.offset) found.push(`${path}: starts after it ends`);
    if (found.length > 20) return found;
  }
  if (!plain) return found;

  const placed = claims(result);
  for (const claim of placed) {
    const sliced = claim.spans.map((span) => text.slice(span.start.offset, span.end.offset)).join("");
    if (sliced !== claim.text) found.push(`「${claim.text.slice(0, 40)}」 slices back as 「${sliced.slice(0, 40)}」`);
  }
  // Owners of each line: spans are sorted by start and swept against the lines.
  const lines = splitLines(text);
  const owners = new Int32Array(lines.length);
  const ownerText: string[] = new Array(lines.length);
  const ownerSpans: Span[][] = lines.map(() => []);
  const lineIndex = (offset: number) => {
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lines[middle]?.start ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  for (const claim of placed) {
    const seen = new Set<number>();
    for (const span of claim.spans) {
      for (let index = lineIndex(span.start.offset); index < lines.length; index++) {
        const line = lines[index];
        if (line === undefined || line.contentStart >= span.end.offset) break;
        if (line.text.length === 0 || span.start.offset >= line.contentEnd || span.end.offset <= line.contentStart || seen.has(index)) continue;
        seen.add(index);
        ownerSpans[index]?.push(span);
        owners[index] = (owners[index] ?? 0) + 1;
        ownerText[index] = claim.text;
      }
    }
  }
  for (const [index, line] of lines.entries()) {
    if (line.text.length === 0) continue;
    if (owners[index] !== 1) {
      // A line split where an article was glued to it: its parts, side by side, place it once.
      if ((owners[index] ?? 0) > 1 && placesLineOnce(line, ownerSpans[index] ?? [])) continue;
      found.push(`line ${line.number} 「${line.text.slice(0, 40)}」 is placed ${owners[index]} times`);
    } else if (!fold(ownerText[index] ?? "").includes(fold(line.text).slice(1))) {
      found.push(`line ${line.number} 「${line.text.slice(0, 40)}」 is not in the text placed over it`);
    }
    if (found.length > 20) break;
  }
  return found;
}

/** The decoded text positions point into, as `parse` decodes plain text. */
export function decodedText(input: string | Uint8Array): string {
  return typeof input === "string" ? input : decode(input).text;
}

/** Parse one case and check it; an exception is a violation too. */
export function checkCase(input: string | Uint8Array, options: ParseOptions): string[] {
  let result: GongbaoResult;
  try {
    result = parse(input, options);
  } catch (error) {
    return [`threw ${error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error)}`];
  }
  // Bytes are only fuzzed as plain text, whose decoding `decode` repeats.
  return violations(result, decodedText(input), options.format === "text");
}
