import { quotationMark } from "../regexes.js";
import { MARKER_KINDS, type MarkerKind } from "../tokenize/types.js";

/**
 * Numbering scopes: where a list of each marker kind may start again at 1.
 * Written once here; the outline (quoted passages) and the numbering check
 * both read it.
 *
 * Every list restarts in a new document or attachment; after a title line at
 * a document's top level (an un-numbered line that reads as a document title,
 * `…转制为企业的规定`: a notice that prints the documents it issues without an
 * 附件 label); and inside a quoted passage (an amendment that quotes another
 * text: `将第七条修改为：“（一）…”`), whose numbers are the quoted text's own
 * and never continue the text around it. Beyond that, a kind restarts only
 * where this table says:
 *
 * | kind           | restarts under or after a new | and after an un-numbered paragraph (款) | example |
 * |----------------|-------------------------------|-----------------------------------------|---------|
 * | `part`         | —                             | no  | 第一编 … 第七编 run through a code |
 * | `chapter`      | 编                            | no  | 民法典: 第一编 第一章 …, 第二编 第一章 … |
 * | `section`      | 编, 章                        | no  | 第二章 第一节 …, 第三章 第一节 … |
 * | `article`      | —                             | no  | 第一条 … 第三十条 run across chapters |
 * | `han-enum`     | 编, 章, 节, 条                | no  | each chapter's 一、二、 |
 * | `han-paren`    | any outer kind                | yes | 第二十五条: （一）–（三）, a second 款, its own （一）–（四） |
 * | `arabic-enum`  | any outer kind                | yes | 一、 1. 2. …, 二、 1. 2. … |
 * | `arabic-paren` | any outer kind                | yes | |
 * | `circled`      | any outer kind                | yes | |
 *
 * "Under or after": the outer marker is an ancestor of the list (the outline
 * nested it) or a sibling between two runs of it (the outline could not nest,
 * as when `三、` is a sentence, not a heading). Where a list may restart, its
 * first number may also continue the document's run of that kind (tasks run
 * on across sections); anywhere else a number must follow the one before.
 */
export interface NumberingScope {
  /** Outer kinds whose new occurrence starts this kind's list again. */
  restartsAfter: ReadonlySet<MarkerKind>;
  /** Whether an un-numbered paragraph between two runs (a new 款, a lead-in) starts the list again. */
  restartsAfterParagraph: boolean;
}

const OUTERMOST: readonly MarkerKind[] = ["part", "chapter", "section", "article"];

/** The table above, as data. */
export const NUMBERING_SCOPES: Readonly<Record<MarkerKind, NumberingScope>> = {
  part: { restartsAfter: new Set(), restartsAfterParagraph: false },
  chapter: { restartsAfter: new Set(["part"]), restartsAfterParagraph: false },
  section: { restartsAfter: new Set(["part", "chapter"]), restartsAfterParagraph: false },
  article: { restartsAfter: new Set(), restartsAfterParagraph: false },
  "han-enum": { restartsAfter: new Set(OUTERMOST), restartsAfterParagraph: false },
  "han-paren": { restartsAfter: new Set([...OUTERMOST, "han-enum"]), restartsAfterParagraph: true },
  "arabic-enum": { restartsAfter: new Set([...OUTERMOST, "han-enum", "han-paren"]), restartsAfterParagraph: true },
  "arabic-paren": { restartsAfter: new Set([...OUTERMOST, "han-enum", "han-paren", "arabic-enum"]), restartsAfterParagraph: true },
  circled: { restartsAfter: new Set([...OUTERMOST, "han-enum", "han-paren", "arabic-enum", "arabic-paren"]), restartsAfterParagraph: true },
};

/** The kinds whose list a new `kind` marker starts again (its inner kinds, per the table). */
export const RESTARTED_BY: Readonly<Record<MarkerKind, readonly MarkerKind[]>> = {
  part: innerOf("part"),
  chapter: innerOf("chapter"),
  section: innerOf("section"),
  article: innerOf("article"),
  "han-enum": innerOf("han-enum"),
  "han-paren": innerOf("han-paren"),
  "arabic-enum": innerOf("arabic-enum"),
  "arabic-paren": innerOf("arabic-paren"),
  circled: innerOf("circled"),
};

function innerOf(outer: MarkerKind): MarkerKind[] {
  return MARKER_KINDS.filter((kind) => NUMBERING_SCOPES[kind].restartsAfter.has(outer));
}

/** The kinds whose list an un-numbered paragraph starts again. */
export const RESTARTED_BY_PARAGRAPH: readonly MarkerKind[] = MARKER_KINDS.filter((kind) => NUMBERING_SCOPES[kind].restartsAfterParagraph);

const OPENING_QUOTES = "“「『";
/**
 * A quotation that has not closed after this many blocks is taken for a stray
 * quote mark, not a quoted passage (and the scan is linear: each block is
 * read at most this many times).
 */
export const LONGEST_QUOTED_PASSAGE = 60;

/**
 * A run of blocks inside one quotation. The block before `first` introduces
 * it: the lead-in `将第七条修改为：`, or the block that opens the quotation.
 */
export interface QuotedPassage {
  /** First quoted block (inclusive). */
  first: number;
  /** Last quoted block (inclusive): the one that closes the quotation. */
  last: number;
}

/**
 * Quote depth after reading `text`, starting from `open` (a quotation left open
 * by the blocks before). A paragraph that continues an open quotation prints
 * its own opening mark (Chinese typography opens every quoted paragraph and
 * closes only the last), so that mark does not deepen it.
 */
function depthAfter(text: string, open: boolean): number {
  let depth = open ? 1 : 0;
  // Most blocks hold no quotation mark at all: one native scan says so.
  if (!quotationMark.test(text)) return depth;
  let start = 0;
  while (start < text.length && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x3000)) start++;
  for (let index = start; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x201c || code === 0x300c || code === 0x300e) {
      if (!(open && index === start)) depth++;
    } else if ((code === 0x201d || code === 0x300d || code === 0x300f) && depth > 0) depth--;
  }
  return depth;
}

function startsWithQuote(text: string): boolean {
  const trimmed = text.trimStart();
  return trimmed.length > 0 && OPENING_QUOTES.includes(trimmed[0] as string);
}

/**
 * Find the quoted passages that span blocks: a quotation opened in one block
 * and closed in a later one. The blocks after the opening one, up to the one
 * that closes it, are quoted; when the quotation starts a block right after a
 * lead-in (`2.将第七条修改为：` / `“公司应当…`), that block is quoted too and the
 * lead-in introduces the passage. A quotation that never closes within
 * {@link LONGEST_QUOTED_PASSAGE} blocks is no passage.
 */
export function findQuotedPassages(texts: readonly string[]): QuotedPassage[] {
  const passages: QuotedPassage[] = [];
  let index = 0;
  while (index < texts.length) {
    if (depthAfter(texts[index] as string, false) === 0) {
      index++;
      continue;
    }
    let close = -1;
    const limit = Math.min(texts.length - 1, index + LONGEST_QUOTED_PASSAGE);
    for (let next = index + 1; next <= limit; next++) {
      if (depthAfter(texts[next] as string, true) === 0) {
        close = next;
        break;
      }
    }
    if (close === -1) {
      index++;
      continue;
    }
    const led = index > 0 && startsWithQuote(texts[index] as string) && endsWithColon(texts[index - 1] as string) && !insidePassage(passages, index - 1);
    passages.push({ first: led ? index : index + 1, last: close });
    index = close + 1;
  }
  return passages;
}

function endsWithColon(text: string): boolean {
  const last = text.trimEnd().slice(-1);
  return last === ":" || last === "：";
}

function insidePassage(passages: readonly QuotedPassage[], index: number): boolean {
  const last = passages[passages.length - 1];
  return last !== undefined && index >= last.first && index <= last.last;
}
