import type { OutlineNode } from "../structure/node.js";
import { fold } from "../util/chars.js";
import { type SourceRange, rangeInNode, rangeOfNode } from "./source-range.js";
import type { Extractor } from "./types.js";
import { type Unit, readUnits } from "./units.js";
import { DIVISION_KINDS, headingOf, visit } from "./walk.js";

export interface Measure extends SourceRange {
  number: number;
  section: { number: number; title: string } | null;
  /** The measure's text, without its marker and its responsibility note. */
  text: string;
  responsibleUnits: Unit[];
  /** Units the note names as leading (`牵头单位：…`), when it names them apart from the responsible ones. */
  leadUnits?: Unit[];
  /** The note as printed, with its label: `（责任单位：市发改委、工信局）`. */
  note?: { label: string; raw: string } & SourceRange;
}

/** A note label: `责任单位`, `牵头单位`, `责任部门` …, then a colon of either width. */
const NOTE_LABEL = /^\s*((?:责任|牵头|负责|配合)(?:单位|部门))\s*:\s*/;
/** Share of numbered items of a kind that must carry a note for the kind to be read as measures. */
const MEASURE_SHARE = 0.6;
/** Punctuation and blanks that may follow a note: `（责任单位：甲）。`. */
const TRAILING_CHARS = " \t\u3000。.;；";
/** A label inside a note after a semicolon: `（牵头单位：甲；责任单位：乙）`. */
const INNER_LABEL = /^\s*((?:责任|牵头|负责|配合)(?:单位|部门))\s*:\s*/;

interface Note {
  open: number;
  valueStart: number;
  valueEnd: number;
  close: number;
  label: string;
}

/**
 * The responsibility note a text ends with: the last bracketed group, of any
 * bracket width, that starts with a label. `（洛济快速通道)` inside the text has
 * no label and is not a note.
 */
export function findNote(text: string): Note | null {
  // Cheap test first: a note ends the text, so the text must end with a closing bracket.
  let end = text.length;
  while (end > 0 && TRAILING_CHARS.includes(text[end - 1] ?? "")) end--;
  const last = text[end - 1];
  if (last !== ")" && last !== "）") return null;
  const close = end - 1;
  let depth = 0;
  for (let index = close; index >= 0; index--) {
    const char = text[index];
    if (char === ")" || char === "）") depth++;
    else if (char === "(" || char === "（") {
      depth--;
      if (depth === 0) {
        const label = NOTE_LABEL.exec(fold(text.slice(index + 1, close)));
        if (label === null) return null;
        return { open: index, valueStart: index + 1 + label[0].length, valueEnd: close, close: close + 1, label: label[1] ?? "" };
      }
    }
  }
  return null;
}

/** Fill a measure's units from its note, one labelled part at a time (`牵头单位：甲；责任单位：乙`). */
function readNote(node: OutlineNode, note: Note, measure: Measure): void {
  const folded = fold(node.text);
  const parts: Array<{ label: string; from: number; to: number }> = [];
  let label = note.label;
  let from = note.valueStart;
  for (let index = note.valueStart; index <= note.valueEnd; index++) {
    if (index < note.valueEnd && folded[index] !== ";") continue;
    parts.push({ label, from, to: index });
    const next = INNER_LABEL.exec(folded.slice(index + 1, note.valueEnd));
    if (next !== null) {
      label = next[1] ?? label;
      from = index + 1 + next[0].length;
    } else {
      from = index + 1;
    }
  }
  for (const part of parts) {
    const units = readUnits(node, part.from, part.to);
    if (part.label.startsWith("牵头") && parts.some((other) => !other.label.startsWith("牵头"))) {
      measure.leadUnits = [...(measure.leadUnits ?? []), ...units];
    } else {
      measure.responsibleUnits.push(...units);
    }
  }
}

/**
 * Measures: numbered items whose text ends with a responsibility note
 * `（责任单位：…）`. Items of the same kind without a note are measures too
 * (with no units) when most of their kind have one, so the numbering stays whole.
 */
export const measures: Extractor = {
  name: "measures",
  extract(document) {
    const candidates: Array<{ node: OutlineNode; section: OutlineNode | undefined; note: Note | null }> = [];
    visit(document.outline, (node, ancestors) => {
      if (node.marker === undefined || DIVISION_KINDS.has(node.marker.kind)) return;
      candidates.push({ node, section: ancestors[ancestors.length - 1], note: findNote(node.text) });
    });
    const noted = new Map<string, number>();
    const all = new Map<string, number>();
    for (const { node, note } of candidates) {
      const kind = node.marker?.kind ?? "";
      all.set(kind, (all.get(kind) ?? 0) + 1);
      if (note !== null) noted.set(kind, (noted.get(kind) ?? 0) + 1);
    }
    let kind: string | null = null;
    for (const [candidate, count] of noted) {
      if (count >= 2 && count / (all.get(candidate) ?? 1) >= MEASURE_SHARE && (kind === null || count > (noted.get(kind) ?? 0))) kind = candidate;
    }
    if (kind === null) return;
    const found: Measure[] = [];
    for (const { node, section, note } of candidates) {
      if (node.marker?.kind !== kind) continue;
      const contentStart = node.text.length - (node.content ?? node.text).length;
      const end = note === null ? node.text.length : note.open;
      const measure: Measure = {
        number: node.marker.value,
        section: headingOf(section),
        text: node.text.slice(contentStart, end).trim(),
        responsibleUnits: [],
        ...rangeOfNode(node),
      };
      if (note !== null) readNote(node, note, measure);
      if (note !== null) measure.note = { label: note.label, raw: node.text.slice(note.open, note.close), ...rangeInNode(node, note.open, note.close) };
      found.push(measure);
    }
    if (found.length > 0) document.measures = found;
  },
};
