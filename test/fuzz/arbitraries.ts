import fc from "fast-check";
import iconv from "iconv-lite";
import type { ParseOptions } from "../../src/parse.js";
import { corpus, readText } from "../helpers.js";

/** One generated input with the options it is parsed with, and a label for reports. */
export interface FuzzCase {
  kind: string;
  input: string | Uint8Array;
  options: ParseOptions;
}

const MARKERS = [
  "一、", "二、", "十一、", "（一）", "（二）", "(三)", "1.", "2．", "10.", "（1）", "(2)", "①", "②",
  "第一章", "第二章 ", "第一节", "第一编", "第一条", "第二条　", "第十一一条", "第第", "第", "条", "（", "）", "(", ")",
];
const FIELDS = ["（责任单位：", "牵头单位：", "责任单位：", "配合单位：", "附件：", "附件", "令", "第232号", "号", "〔2025〕", "洛政〔2025〕7号", "2025年2月13日", "2025年2月30日", "共细化为9个方面39项147个具体任务", "三十三条"];
const CJK = ["市", "政", "府", "关", "于", "印", "发", "的", "通", "知", "办", "法", "规", "定", "实", "施", "意", "见", "方", "案", "加", "强", "推", "进", "洛", "阳", "人", "民", "公", "报", "百分", "分点", "层层", "局", "委", "员", "会"];
const PUNCTUATION = ["。", "，", "、", "；", "：", "！", "？", "“", "”", "《", "》", "〔", "〕", "【", "】", "——", "…", ",", ".", ";", ":", "-", "—", " ", "　", "\t", "\n", "\n", "\n", "\r\n", "\r", "\n\n", "\u00a0", "\ufeff", "\ufffd"];
const PAGE_FURNITURE = ["洛阳市人民政府公报", "— 12 —", "- 3 -", "·12·", "12", "2025年第2期"];

/** Text made of numbering markers, fields, Han characters and punctuation in any order. */
export const tokenSoup = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...MARKERS) }, fc.constantFrom(...FIELDS), { weight: 4, arbitrary: fc.constantFrom(...CJK) }, { weight: 4, arbitrary: fc.constantFrom(...PUNCTUATION) }, fc.constantFrom(...PAGE_FURNITURE)), { maxLength: 400 })
  .map((tokens) => tokens.join(""));

/** Any string: any code points, lone surrogates included. */
export const anyString = fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: fc.constantFrom("一", "、", "（", "）", "\n", "第", "条", "1", ".", " ", "\r"), maxLength: 500 }));

/** A line-level edit of a document. */
type Edit =
  | { op: "delete"; at: number }
  | { op: "duplicate"; at: number }
  | { op: "swap"; at: number; with: number }
  | { op: "header"; at: number; text: string }
  | { op: "widths"; at: number; wide: boolean }
  | { op: "cut"; at: number; column: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("duplicate" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("swap" as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constant("header" as const), at: fc.nat(), text: fc.constantFrom(...PAGE_FURNITURE) }),
  fc.record({ op: fc.constant("widths" as const), at: fc.nat(), wide: fc.boolean() }),
  fc.record({ op: fc.constant("cut" as const), at: fc.nat(), column: fc.nat() }),
);

/** Full-width ⇄ ASCII for digits, letters and the punctuation gazettes print both ways. */
function flipWidths(line: string, wide: boolean): string {
  let out = "";
  for (const char of line) {
    const code = char.codePointAt(0) as number;
    if (wide && code >= 0x21 && code <= 0x7e) out += String.fromCodePoint(code + 0xfee0);
    else if (!wide && code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (wide && code === 0x20) out += "\u3000";
    else out += char;
  }
  return out;
}

function applyEdits(lines: string[], edits: Edit[]): string[] {
  const out = [...lines];
  for (const change of edits) {
    if (out.length === 0) break;
    const at = change.at % out.length;
    switch (change.op) {
      case "delete":
        out.splice(at, 1);
        break;
      case "duplicate":
        out.splice(at, 0, out[at] as string);
        break;
      case "swap": {
        const other = change.with % out.length;
        [out[at], out[other]] = [out[other] as string, out[at] as string];
        break;
      }
      case "header":
        out.splice(at, 0, change.text);
        break;
      case "widths":
        out[at] = flipWidths(out[at] as string, change.wide);
        break;
      case "cut": {
        const line = out[at] as string;
        const column = line.length === 0 ? 0 : change.column % line.length;
        out.splice(at, 1, line.slice(0, column), line.slice(column));
        break;
      }
    }
  }
  return out;
}

let documents: Array<{ name: string; lines: string[] }> | undefined;
/** The seeds and text fixtures, as lines; read once. */
function corpusLines(): Array<{ name: string; lines: string[] }> {
  documents ??= corpus().map((name) => ({ name, lines: readText(name).split(/\r?\n/) }));
  return documents;
}

/**
 * A seed or fixture, or a window of up to `window` of its lines (seeds are
 * long; a window keeps each case fast), with lines deleted, duplicated,
 * swapped, cut in two, page headers inserted and widths flipped.
 */
export const mutatedDocument = (window = 400) =>
  fc
    .record({
      document: fc.nat(),
      from: fc.nat(),
      length: fc.integer({ min: 1, max: window }),
      edits: fc.array(edit, { maxLength: 12 }),
      crlf: fc.boolean(),
    })
    .map(({ document, from, length, edits, crlf }) => {
      const all = corpusLines();
      const chosen = all[document % all.length] as { name: string; lines: string[] };
      const start = chosen.lines.length <= length ? 0 : from % (chosen.lines.length - length);
      const lines = applyEdits(chosen.lines.slice(start, start + length), edits);
      return { name: chosen.name, text: lines.join(crlf ? "\r\n" : "\n") };
    });

/** Bytes of a mutated document in GB18030 or UTF-8, cut at random byte offsets (inside a character, often). */
const cutBytes = fc
  .record({ document: mutatedDocument(200), gbk: fc.boolean(), from: fc.nat(), to: fc.nat(), bom: fc.boolean() })
  .map(({ document, gbk, from, to, bom }) => {
    const encoded = gbk ? iconv.encode(document.text, "gb18030") : new Uint8Array(Buffer.from(document.text, "utf8"));
    const start = encoded.length === 0 ? 0 : from % encoded.length;
    const end = start + (encoded.length - start === 0 ? 0 : to % (encoded.length - start + 1));
    const body = encoded.subarray(start, end);
    const prefix = bom && !gbk ? [0xef, 0xbb, 0xbf] : [];
    return Uint8Array.from([...prefix, ...body]);
  });

const HTML_TOKENS = ["<div>", "</div>", "<p>", "</p>", "<br>", "<table>", "<tr>", "<td>", "<td rowspan=2>", "<td colspan=3>", "</td>", "</tr>", "</table>", "<script>", "</script>", "<style>", "</style>", "<!--", "-->", "<img src=x onerror=alert(1)>", "&nbsp;", "&#x4e00;", "&amp;", "&", "<", ">", "<h1>", "</h1>", "<meta charset=gbk>", "<div class=\"article-content\">", "<td>发布机构</td>", "<td>成文日期</td>"];
const MARKDOWN_TOKENS = ["# ", "## ", "> ", ">", "- ", "* ", "1. ", "  ", "    ", "```", "~~~", "`", "*", "_", "**", "[", "](u)", "![", "<!-- INFO END -->", "<div>", "</div>", "|", "---", "\\", "&nbsp;"];

const markup = (tokens: string[]) =>
  fc.array(fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...tokens) }, fc.constantFrom(...MARKERS), { weight: 3, arbitrary: fc.constantFrom(...CJK) }, { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) }), { maxLength: 300 }).map((parts) => parts.join(""));

/** Every kind of generated input, with its weight in a run. */
export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  { weight: 2, arbitrary: anyString.map((input) => ({ kind: "any string", input, options: { format: "text" as const } })) },
  { weight: 3, arbitrary: tokenSoup.map((input) => ({ kind: "marker soup", input, options: { format: "text" as const } })) },
  { weight: 4, arbitrary: mutatedDocument().map(({ name, text }) => ({ kind: `mutated ${name}`, input: text, options: { format: "text" as const } })) },
  { weight: 2, arbitrary: cutBytes.map((input) => ({ kind: "cut bytes", input, options: { format: "text" as const } })) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2000 }).map((input) => ({ kind: "random bytes", input, options: { format: "text" as const } })) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2000 }).map((input) => ({ kind: "random bytes, sniffed", input, options: {} })) },
  { weight: 1, arbitrary: markup(HTML_TOKENS).map((input) => ({ kind: "html soup", input, options: { format: "html" as const } })) },
  { weight: 1, arbitrary: markup(MARKDOWN_TOKENS).map((input) => ({ kind: "markdown soup", input, options: { format: "markdown" as const } })) },
);
