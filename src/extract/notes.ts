import { fold } from "../util/chars.js";
import { type DeadlineReading as Deadline, readDeadline } from "./deadlines.js";
import { splitOutsideBrackets } from "../util/split.js";
import {
  COLLECTIVE_UNIT,
  LONGEST_NOTE,
  LONGEST_UNIT,
  NOTE_LABELS,
  NOTE_VERBS,
  NOT_IN_UNITS,
  type NoteRole,
  POSITIONAL_LEAD,
  TOGETHER_WITH,
  UNIT_ENDING,
} from "./note-forms.js";

/** A part of a note that names units: where the list is (offsets in the text the note was found in) and their role. */
export interface NotePart {
  role: NoteRole;
  from: number;
  to: number;
}

/** A responsibility note found in a text. Offsets are into that text. */
export interface FoundNote {
  /** Offsets of the brackets: `open` at the opening bracket, `close` just past the closing one. */
  open: number;
  close: number;
  form: "labelled" | "verb";
  /** The first label (`责任单位`), or the verb of the last clause (`负责`). */
  label: string;
  parts: NotePart[];
  /** `X：Y` parts whose label does not name units (`适用范围：全市`). */
  fields: Array<{ label: string; value: string }>;
  /** Where the note states the positional lead rule (`列第一位者为牵头单位，下同`). */
  leadRule?: { from: number; to: number };
  /** A deadline clause of the note (`2025年6月底前完成`, `完成时限：2025年底前`). */
  deadline?: { from: number; to: number; deadline: Deadline };
}

/** A clause of a note that states a rule for the notes of the document, not units. */
function ruleClause(text: string): boolean {
  return POSITIONAL_LEAD.test(text) || text === "下同";
}

/** Widen `rule` to cover `[from, to)`. */
function cover(rule: { from: number; to: number } | undefined, from: number, to: number): { from: number; to: number } {
  return rule === undefined ? { from, to } : { from: Math.min(rule.from, from), to: Math.max(rule.to, to) };
}

/** Punctuation and blanks that may follow a note that ends its text: `（责任单位：甲）。`. */
const TRAILING = " \t\u3000。.;；";
/** Punctuation before a note that closes a sentence in the middle of a text. */
const SENTENCE_END = "。;；!！?？";
/** A label before a colon: `责任单位:` (on folded text). */
const LABEL = /^\s*([\u4e00-\u9fff]{2,8})\s*:\s*/;
/** `等`, `等部门`, `等单位` after the last unit of a list: the list is open. */
const ETC = /等(?:部门|单位|有关部门|有关单位)?$/;

/** The role of a label that names units; `null` for another field. */
function roleOfLabel(label: string): NoteRole | null {
  for (const row of NOTE_LABELS) if (row.pattern.test(label)) return row.role;
  return null;
}

/** Whether `text` (a unit list, no verb) reads as units: each item ends like a body or is collective. */
function looksLikeUnits(text: string): boolean {
  const items = splitOutsideBrackets(text, "、,，");
  if (items.length === 0) return false;
  return items.every(({ text: item }) => {
    const name = item.replace(ETC, "");
    return name.length > 0 && name.length <= LONGEST_UNIT && !NOT_IN_UNITS.test(name) && (UNIT_ENDING.test(name) || COLLECTIVE_UNIT.test(name));
  });
}

/** Read a labelled note: `牵头单位:甲;责任单位:乙`; parts split on `;` and on `,` before a label. */
function readLabelled(folded: string, from: number, to: number): FoundNote | null {
  const parts: NotePart[] = [];
  const fields: FoundNote["fields"] = [];
  let first = "";
  let current: { role: NoteRole | null; label: string; from: number; to: number } | null = null;
  let rule: { from: number; to: number } | undefined;
  let deadlineAt: FoundNote["deadline"];
  const flush = () => {
    if (current === null) return;
    if (current.role !== null) parts.push({ role: current.role, from: current.from, to: current.to });
    else fields.push({ label: current.label, value: folded.slice(current.from, current.to).trim() });
  };
  for (const clause of splitOutsideBrackets(folded.slice(from, to), ";,，；")) {
    const start = from + clause.offset;
    const end = start + clause.text.length;
    if (ruleClause(clause.text)) {
      rule = cover(rule, start, end);
      continue;
    }
    const label = LABEL.exec(clause.text);
    // `2025年底前完成` or `完成时限：2025年底前`: a deadline, not units.
    const deadlineFrom = label !== null && roleOfLabel(label[1] ?? "") === null ? start + label[0].length : start;
    const deadline = readDeadline(folded.slice(deadlineFrom, end));
    if (deadline !== null) {
      flush();
      current = null;
      deadlineAt = { from: deadlineFrom, to: end, deadline };
      continue;
    }
    if (label !== null) {
      flush();
      const name = label[1] ?? "";
      if (first === "") first = name;
      current = { role: roleOfLabel(name), label: name, from: start + label[0].length, to: end };
    } else if (current !== null) {
      current.to = end;
    } else {
      return null;
    }
  }
  flush();
  if (parts.length === 0) return null;
  const note: FoundNote = { open: from - 1, close: to + 1, form: "labelled", label: first, parts, fields };
  if (rule !== undefined) note.leadRule = rule;
  if (deadlineAt !== undefined) note.deadline = deadlineAt;
  return note;
}

/** Read a verb-suffixed note: `甲、乙负责`, `甲牵头,乙等参与`, `甲会同乙负责`. */
function readVerb(folded: string, from: number, to: number): FoundNote | null {
  const parts: NotePart[] = [];
  let label = "";
  let rule: { from: number; to: number } | undefined;
  let deadlineAt: FoundNote["deadline"];
  for (const clause of splitOutsideBrackets(folded.slice(from, to), ";,，；")) {
    const start = from + clause.offset;
    if (ruleClause(clause.text)) {
      rule = cover(rule, start, start + clause.text.length);
      continue;
    }
    const deadline = readDeadline(clause.text);
    if (deadline !== null) {
      deadlineAt = { from: start, to: start + clause.text.length, deadline };
      continue;
    }
    let verb: { role: NoteRole; at: number; text: string } | null = null;
    for (const row of NOTE_VERBS) {
      const match = row.pattern.exec(clause.text);
      if (match !== null && match.index > 0) {
        verb = { role: row.role, at: match.index, text: match[0] };
        break;
      }
    }
    if (verb === null) return null;
    const units = clause.text.slice(0, verb.at);
    const together = units.indexOf(TOGETHER_WITH);
    if (together > 0 && verb.role === "responsible") {
      const before = units.slice(0, together);
      const after = units.slice(together + TOGETHER_WITH.length);
      if (!looksLikeUnits(before) || !looksLikeUnits(after)) return null;
      parts.push({ role: "lead", from: start, to: start + together });
      parts.push({ role: "responsible", from: start, to: start + together });
      parts.push({ role: "responsible", from: start + together + TOGETHER_WITH.length, to: start + verb.at });
    } else {
      if (!looksLikeUnits(units)) return null;
      parts.push({ role: verb.role, from: start, to: start + verb.at });
    }
    label = verb.text;
  }
  if (parts.length === 0) return null;
  const note: FoundNote = { open: from - 1, close: to + 1, form: "verb", label, parts, fields: [] };
  if (rule !== undefined) note.leadRule = rule;
  if (deadlineAt !== undefined) note.deadline = deadlineAt;
  return note;
}

/** Read the text between a pair of brackets as a note, or `null`. `from`/`to` bound the inner text. */
export function readNoteAt(folded: string, from: number, to: number): FoundNote | null {
  if (to - from > LONGEST_NOTE || to <= from) return null;
  if (LABEL.test(folded.slice(from, to))) return readLabelled(folded, from, to);
  return readVerb(folded, from, to);
}

/**
 * Last characters of a verb-suffixed note (负责, 牵头, 参与, 配合, 指导, 协助,
 * 协同, 落实, 实施, 推进, 下同) or of a deadline clause that may close one
 * (完成, 底前, 年底, 季度, 坚持, 实现, 出台, 到位).
 */
const VERB_ENDS = new Set("责头与合导助同实施进成前底末年度持现台位");
const FULL_OPEN = 0xff08;
const HALF_OPEN = 0x28;
const FULL_CLOSE = 0xff09;
const HALF_CLOSE = 0x29;

/** Whether a bracket's inner text may be a note: it has a colon, or ends like a verb. Rules out most brackets unread. */
function mayBeNote(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > LONGEST_NOTE) return false;
  if (VERB_ENDS.has(text[to - 1] as string)) return true;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x3a || code === 0xff1a) return true;
  }
  return false;
}

/** A note read from `text[from, to)` (folded on the fly), its offsets in `text`. */
function noteIn(text: string, from: number, to: number): FoundNote | null {
  const inner = fold(text.slice(from, to));
  const note = readNoteAt(inner, 0, inner.length);
  if (note === null) return null;
  const shift = <T extends { from: number; to: number }>(range: T): T => ({ ...range, from: range.from + from, to: range.to + from });
  const shifted: FoundNote = { ...note, open: from - 1, close: to + 1, parts: note.parts.map(shift) };
  if (note.leadRule !== undefined) shifted.leadRule = shift(note.leadRule);
  if (note.deadline !== undefined) shifted.deadline = shift(note.deadline);
  return shifted;
}

/** Offset just past the text's last character that is not trailing punctuation (`。`, `；`, blanks). */
function contentEnd(text: string): number {
  let end = text.length;
  while (end > 0 && TRAILING.includes(text[end - 1] ?? "")) end--;
  return end;
}

/**
 * Every responsibility note in `text`, in order: a bracketed note that ends
 * the text (trailing `。` allowed), or one that closes a sentence in the middle
 * of it (after `。` or `；`). Brackets that do not read as a note
 * (`（详见附件）`, `（2024年）`, `（试行）`) are skipped. One pass over the text;
 * only a bracket that may be a note is folded and read.
 */
export function findNotes(text: string): FoundNote[] {
  const end = contentEnd(text);
  const notes: FoundNote[] = [];
  for (const { open, close } of outerBrackets(text, end)) {
    const atEnd = close === end - 1;
    const afterSentence = open > 0 && SENTENCE_END.includes(text[open - 1] ?? "");
    const beforeSentence = SENTENCE_END.includes(text[close + 1] ?? "");
    if (!atEnd && !(afterSentence || beforeSentence)) continue;
    if (!mayBeNote(text, open + 1, close)) continue;
    const note = noteIn(text, open + 1, close);
    if (note !== null) notes.push(note);
  }
  return notes;
}

/** Each outermost bracket pair of `text` before `end`, half- or full-width: offsets of the opening and closing bracket. */
function* outerBrackets(text: string, end: number): Generator<{ open: number; close: number }> {
  let depth = 0;
  let open = -1;
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === FULL_OPEN || code === HALF_OPEN) {
      if (depth === 0) open = index;
      depth++;
    } else if ((code === FULL_CLOSE || code === HALF_CLOSE) && depth > 0) {
      depth--;
      if (depth === 0) yield { open, close: index };
    }
  }
}

/**
 * The last bracket of `text` that holds only a deadline (`（2025年6月底前完成）`,
 * `（长期坚持）`), ending the text or closing a sentence; offsets into `text`.
 */
export function findDeadlineBracket(text: string): { open: number; close: number; deadline: Deadline } | null {
  let found: { open: number; close: number; deadline: Deadline } | null = null;
  for (const { open, close } of outerBrackets(text, contentEnd(text))) {
    if (close - open > 40) continue;
    const deadline = readDeadline(text.slice(open + 1, close));
    if (deadline !== null) found = { open, close: close + 1, deadline };
  }
  return found;
}

/** Whether a unit's name names every body of a kind (`各有关部门`, `各县（市、区）政府`). */
export function isCollective(name: string): boolean {
  return COLLECTIVE_UNIT.test(name);
}

/** The `等` that closes a unit list (`乙等`, `乙等部门`), or `null`. */
export function etcOf(name: string): RegExpExecArray | null {
  return ETC.exec(name);
}
