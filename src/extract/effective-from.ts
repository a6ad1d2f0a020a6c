import { statesEffect, statesEffectOnPromulgation } from "../regexes.js";
import { readDate } from "../structure/date.js";
import type { GazetteDocument } from "../structure/document.js";
import type { OutlineNode } from "../structure/node.js";
import { fold } from "../util/chars.js";
import { rangeInNode } from "./source-range.js";
import type { Extractor } from "./types.js";

interface Statement {
  node: OutlineNode;
  index: number;
  raw: string;
  /** The date it names, or null for `自公布之日起施行`. */
  date: string | null;
}

const OPENING_QUOTES = "“「『";
const CLOSING_QUOTES = "”」』";

/** The first match of `pattern` in `text` that is not inside quotation marks (a quoted text speaks of itself). */
function outsideQuotes(text: string, pattern: RegExp): RegExpExecArray | null {
  let from = 0;
  let depth = 0;
  let counted = 0;
  while (from < text.length) {
    const match = pattern.exec(text.slice(from));
    if (match === null) return null;
    const index = from + match.index;
    for (; counted < index; counted++) {
      const char = text[counted] ?? "";
      if (OPENING_QUOTES.includes(char)) depth++;
      else if (CLOSING_QUOTES.includes(char) && depth > 0) depth--;
    }
    if (depth === 0) {
      match.index = index;
      return match;
    }
    from = index + match[0].length;
  }
  return null;
}

/** The first paragraph of an article, or of its 款, that says when the text takes effect. */
function statement(nodes: OutlineNode[], inArticle: boolean): Statement | null {
  for (const node of nodes) {
    // A quoted passage (an amendment quoting the text it changes) speaks of that text, not of this one.
    if (node.quoted === true) continue;
    const article = inArticle || node.marker?.kind === "article";
    if (article) {
      const folded = fold(node.text);
      const dated = outsideQuotes(folded, statesEffect);
      if (dated !== null) {
        const date = readDate(dated[0]);
        if (date !== null && date.iso !== null) return { node, index: dated.index, raw: dated[0], date: date.iso };
      }
      const onPromulgation = outsideQuotes(folded, statesEffectOnPromulgation);
      if (onPromulgation !== null) return { node, index: onPromulgation.index, raw: onPromulgation[0], date: null };
    }
    const found = statement(node.children, article);
    if (found !== null) return found;
  }
  return null;
}

/** Kinds whose text may state its effect outside articles: `本决定自2025年1月1日起施行`. */
const WITHOUT_ARTICLES: ReadonlySet<string> = new Set(["decision", "law", "regulation", "judicial-interpretation", "decree"]);

/** The day a document was promulgated: its history's `promulgated` entry, else the decree's date. */
function promulgatedOn(document: GazetteDocument): string | null {
  const entry = document.history?.find((event) => event.action === "promulgated" && event.date !== null);
  return entry?.date ?? document.decree?.signedOn ?? null;
}

/**
 * `effectiveFrom` from the article that says `本法自2025年1月1日起施行` (or
 * `自公布之日起施行`, the day its history says it was promulgated), when
 * neither the decree nor the headnote said it first (see `readHeader`). A
 * decision or a law without articles may say it in any paragraph; a quoted
 * passage never speaks for the document.
 */
export const effectiveFrom: Extractor = {
  name: "effective-from",
  extract(document) {
    if (document.effectiveFrom !== undefined) return;
    // A text without articles (a decision in numbered points) says it in a paragraph of its own.
    if (document.articles === undefined && !WITHOUT_ARTICLES.has(document.kind)) return;
    const found = statement(document.outline, document.articles === undefined);
    if (found === null) return;
    const date = found.date ?? promulgatedOn(document);
    if (date === null) return;
    document.effectiveFrom = { date, source: "article", position: rangeInNode(found.node, found.index, found.index + found.raw.length).position };
  },
};
