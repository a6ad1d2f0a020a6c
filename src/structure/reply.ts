import { rangeInNode } from "../extract/source-range.js";
import { acknowledged } from "../regexes.js";
import { type DocNumber, readDocNumber } from "./doc-number.js";
import type { OutlineNode } from "./node.js";
import type { InReplyTo } from "../schema/result.js";
export type { InReplyTo };


/** The acknowledgement opens the body: within its first paragraphs and characters. */
const FIRST_PARAGRAPHS = 2;
const LONGEST_ACKNOWLEDGEMENT = 300;
/** Words a request's title ends with, when it is printed without 《》 (`你们关于…的请示（…）收悉`). */
const REQUEST_WORDS = ["请示", "报告", "函", "建议", "提案", "意见"];

/** Index of the bracket that opens the one closing at `close`, counting nesting; -1 when unbalanced. */
function opening(text: string, close: number, open: string, shut: string): number {
  let depth = 0;
  for (let at = close; at >= 0; at--) {
    const char = text[at];
    if (char === shut) depth++;
    else if (char === open && --depth === 0) return at;
  }
  return -1;
}

/**
 * A deputy's proposal answered without `收悉`: `你们提出的关于…的提案，经商…，现答复如下`.
 * The words a proposal is named after, at the start of the answer.
 */
const PROPOSED = "提出的";
const LONGEST_PROPOSER = 12;

/** The request named at the start of `text` (folded) without `收悉`: `你们提出的关于…的提案，…` up to the comma. */
function readProposal(text: string): { title: string | null; docNumber: DocNumber | null; end: number } | null {
  const at = text.indexOf(PROPOSED);
  if (at === -1 || at > LONGEST_PROPOSER) return null;
  const comma = text.slice(0, LONGEST_ACKNOWLEDGEMENT).search(/[，,]/);
  if (comma === -1) return null;
  const head = text.slice(at + PROPOSED.length, comma).trimEnd();
  const request = readTitle(head);
  return request === null ? null : { title: request, docNumber: null, end: comma };
}

/** A request's title at the end of `head`: in 《》, or from `关于` to a request word. */
function readTitle(head: string): string | null {
  if (head.endsWith("》")) {
    const open = opening(head, head.length - 1, "《", "》");
    return open === -1 ? null : head.slice(open + 1, -1);
  }
  const about = head.indexOf("关于");
  return about !== -1 && REQUEST_WORDS.some((word) => head.endsWith(word)) ? head.slice(about) : null;
}

/** Read the request named before `收悉` in `text` (folded), or proposed at its start: its title and 文号. */
export function readRequest(text: string): { title: string | null; docNumber: DocNumber | null; end: number } | null {
  const match = acknowledged.exec(text.slice(0, LONGEST_ACKNOWLEDGEMENT));
  if (match === null) return readProposal(text);
  let head = text.slice(0, match.index).trimEnd();
  let docNumber: DocNumber | null = null;
  if (head.endsWith(")")) {
    const open = opening(head, head.length - 1, "(", ")");
    if (open !== -1) {
      const read = readDocNumber(head.slice(open + 1, -1));
      if (read !== null) docNumber = { text: read.text, issuer: read.issuer, year: read.year, seq: read.seq };
      head = head.slice(0, open).trimEnd();
    }
  }
  const title = readTitle(head);
  if (title === null && docNumber === null) return null;
  return { title, docNumber, end: match.index + match[0].length };
}

/**
 * The request a document answers, read from the first paragraphs of its
 * outline (`…的请示》（…号）收悉`), or null. The title keeps the printed
 * characters; the 文号 is parsed.
 */
export function readInReplyTo(outline: OutlineNode[]): InReplyTo | null {
  let seen = 0;
  for (const node of outline) {
    if (node.role !== "paragraph" && node.role !== "heading") continue;
    if (++seen > FIRST_PARAGRAPHS) break;
    const folded = node.text.replace(/（/g, "(").replace(/）/g, ")");
    const request = readRequest(folded);
    if (request === null) continue;
    const range = rangeInNode(node, 0, request.end);
    const title = request.title === null ? null : node.text.slice(folded.indexOf(request.title), folded.indexOf(request.title) + request.title.length);
    const found: InReplyTo = { title, docNumber: request.docNumber, position: range.position };
    if (range.spans !== undefined) found.spans = range.spans;
    return found;
  }
  return null;
}
