/**
 * Every numbering marker kind, outermost first. One construct file each.
 *
 * | kind           | example        |
 * |----------------|----------------|
 * | `part`         | `第一编`        |
 * | `chapter`      | `第二章`        |
 * | `section`      | `第三节`        |
 * | `article`      | `第十二条`, `第十二条之一` |
 * | `han-enum`     | `一、`          |
 * | `han-paren`    | `（一）` `(一)`  |
 * | `arabic-enum`  | `1.` `1．` `1、` |
 * | `arabic-paren` | `（1）` `(1)`    |
 * | `circled`      | `①`            |
 */
export const MARKER_KINDS = [
  "part",
  "chapter",
  "section",
  "article",
  "han-enum",
  "han-paren",
  "arabic-enum",
  "arabic-paren",
  "circled",
] as const;

export type MarkerKind = (typeof MARKER_KINDS)[number];

/** Nesting rank of each kind in the default hierarchy (smaller is outer). */
export const MARKER_RANK: Record<MarkerKind, number> = {
  part: 0,
  chapter: 1,
  section: 2,
  article: 3,
  "han-enum": 4,
  "han-paren": 5,
  "arabic-enum": 6,
  "arabic-paren": 7,
  circled: 8,
};

/** What a construct recognizes at the start of a line. */
export interface MarkerMatch {
  value: number;
  /** `之一` → 1 on `第十二条之一`. */
  sub?: number;
  /** Length of the marker in the source (and in folded text: same length). */
  length: number;
  typo?: string;
}

/** A construct: one marker kind and how to recognize it. */
export interface MarkerConstruct {
  kind: MarkerKind;
  /** Characters a line must start with for this construct to be tried (fast pre-filter). */
  firstChars: string;
  /** Recognize the marker at the start of folded line text. */
  tokenize(folded: string): MarkerMatch | null;
}

/** A numbering token with its place in the source. */
export interface MarkerToken {
  kind: MarkerKind;
  value: number;
  sub?: number;
  /** The marker as printed. */
  raw: string;
  /** Offsets of the marker in the decoded input. */
  start: number;
  end: number;
  typo?: string;
}

/** A field line: `牵头单位：市发改委`. */
export interface FieldToken {
  label: string;
  /** Offset where the value starts (after the colon and blanks). */
  valueStart: number;
}
