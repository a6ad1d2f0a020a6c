import type { OutlineNode } from "../structure/node.js";
import { fold } from "../util/chars.js";
import { POSITIONAL_LEAD } from "./note-forms.js";
import { type FoundNote, findDeadlineBracket, findNotes } from "./notes.js";
import { type SourceRange, rangeInNode, rangeOfNode } from "./source-range.js";
import type { Extractor } from "./types.js";
import { type Unit, readUnits } from "./units.js";
import { DIVISION_KINDS, headingOf, pathOf, visit } from "./walk.js";
import type { Deadline, MeasureNote, Measure } from "../schema/result.js";
export type { MeasureNote, Measure };



/** Where a document states the positional lead rule: in a note, or in a sentence of its own. */
function findLeadRule(candidates: Candidate[], outline: OutlineNode[]): ({ raw: string } & SourceRange) | null {
  for (const { notes } of candidates) {
    for (const { node, note } of notes) {
      if (note.leadRule !== undefined) return { raw: node.text.slice(note.leadRule.from, note.leadRule.to), ...rangeInNode(node, note.leadRule.from, note.leadRule.to) };
    }
  }
  let found: ({ raw: string } & SourceRange) | null = null;
  visit(outline, (node) => {
    if (found !== null || node.role === "table-row") return;
    const match = POSITIONAL_LEAD.exec(fold(node.text));
    if (match !== null) found = { raw: node.text.slice(match.index, match.index + match[0].length), ...rangeInNode(node, match.index, match.index + match[0].length) };
  });
  return found;
}

/** Share of numbered items of a kind that must carry a note for the kind to be read as measures. */
const MEASURE_SHARE = 0.6;

/** A note found in one node's text. */
interface Placed {
  node: OutlineNode;
  note: FoundNote;
}

/**
 * The note a text ends with (the last bracketed group that reads as a
 * labelled note), or `null`. Kept for callers of the labelled family only.
 */
export function findNote(text: string): { open: number; close: number; label: string } | null {
  const notes = findNotes(text);
  const last = notes[notes.length - 1];
  if (last === undefined || last.form !== "labelled") return null;
  let end = text.length;
  while (end > 0 && " \t\u3000。.;；".includes(text[end - 1] ?? "")) end--;
  return last.close === end ? { open: last.open, close: last.close, label: last.label } : null;
}

/**
 * The notes of a numbered item, in order: in its own text (at its end or
 * closing a sentence), in its un-numbered paragraphs — those the outline put
 * under it and those that follow it up to the next numbered item (a long
 * item of several paragraphs) — and a note on its own line right after it.
 */
function notesOf(node: OutlineNode, following: readonly OutlineNode[]): Placed[] {
  const placed: Placed[] = [];
  for (const note of findNotes(node.text)) placed.push({ node, note });
  // The item's own paragraphs: those before its first numbered child (later ones follow that child).
  for (const child of node.children) {
    if (child.marker !== undefined) break;
    if (child.role !== "paragraph") continue;
    for (const note of findNotes(child.text)) placed.push({ node: child, note });
  }
  for (const paragraph of following) for (const note of findNotes(paragraph.text)) placed.push({ node: paragraph, note });
  return placed;
}

/** The un-numbered paragraphs after `index` in `siblings`, up to the next numbered node. */
function followingParagraphs(siblings: OutlineNode[], index: number): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (let at = index + 1; at < siblings.length; at++) {
    const node = siblings[at] as OutlineNode;
    if (node.marker !== undefined || node.role !== "paragraph") break;
    out.push(node);
  }
  return out;
}

function printed(placed: Placed): MeasureNote {
  const { node, note } = placed;
  const out: MeasureNote = { label: note.label, raw: node.text.slice(note.open, note.close), form: note.form, ...rangeInNode(node, note.open, note.close) };
  if (note.fields.length > 0) out.fields = note.fields;
  return out;
}

/** Fill a measure's units from its notes: lead, responsible and cooperating parts. */
function readNotes(placed: Placed[], measure: Measure): void {
  const lead: Unit[] = [];
  const responsible: Unit[] = [];
  const cooperating: Unit[] = [];
  let leadOnly = true;
  for (const { node, note } of placed) {
    for (const part of note.parts) {
      const units = readUnits(node, part.from, part.to);
      if (part.role === "lead") lead.push(...units);
      else {
        leadOnly = false;
        if (part.role === "responsible") responsible.push(...units);
        else cooperating.push(...units);
      }
    }
  }
  // A note that only names a lead (`（牵头单位：甲）`) names who is responsible.
  if (leadOnly) measure.responsibleUnits.push(...lead);
  else {
    measure.responsibleUnits.push(...(responsible.length > 0 ? responsible : lead));
    if (lead.length > 0 && responsible.length > 0) measure.leadUnits = lead;
    else if (lead.length > 0) measure.leadUnits = lead;
  }
  if (cooperating.length > 0) measure.cooperatingUnits = cooperating;
}

/**
 * The source range of a measure: its item, and the paragraphs after it
 * through the last one that holds one of its notes (a note on its own line,
 * the paragraphs of a long item).
 */
function rangeWithNotes(node: OutlineNode, following: readonly OutlineNode[], notes: Placed[]): SourceRange {
  const last = following.findLastIndex((paragraph) => notes.some((placed) => placed.node === paragraph));
  if (last === -1) return rangeOfNode(node);
  const nodes = [node, ...following.slice(0, last + 1)];
  const spans = nodes.flatMap((item) => item.spans ?? [item.position]);
  return { position: { start: node.position.start, end: (nodes[nodes.length - 1] as OutlineNode).position.end }, spans };
}

/** The measure's deadline: the last deadline clause of its notes, else a bracket of its own text that holds one. */
function deadlineOf(node: OutlineNode, notes: Placed[]): Deadline | null {
  for (let index = notes.length - 1; index >= 0; index--) {
    const placed = notes[index] as Placed;
    const clause = placed.note.deadline;
    if (clause !== undefined) return { ...clause.deadline, raw: placed.node.text.slice(clause.from, clause.to), ...rangeInNode(placed.node, clause.from, clause.to) };
  }
  const bracket = findDeadlineBracket(node.text);
  if (bracket === null) return null;
  return { ...bracket.deadline, ...rangeInNode(node, bracket.open + 1, bracket.close - 1) };
}

interface Candidate {
  node: OutlineNode;
  parent: OutlineNode | null;
  /** The un-numbered paragraphs after a paragraph item, up to the next numbered node. */
  following: readonly OutlineNode[];
  notes: Placed[];
}

const NONE: readonly OutlineNode[] = [];

/**
 * Measures: numbered items that carry a responsibility note — labelled
 * (`（责任单位：…）`) or verb-suffixed (`（甲牵头，乙参与）`), ending the item,
 * on its own line after it, or closing a paragraph inside it. Items of the
 * same kind without a note are measures too (with no units) when most of
 * their kind have one, so the numbering stays whole. A heading whose note
 * covers children without notes is the measure itself.
 */
export const measures: Extractor = {
  name: "measures",
  extract(document, context) {
    const candidates: Candidate[] = [];
    // Each list's index of its nodes, built once per list (an indexOf per node would cost n² on a long list).
    const indexes = new Map<OutlineNode[], Map<OutlineNode, number>>();
    const indexIn = (list: OutlineNode[], node: OutlineNode): number => {
      let index = indexes.get(list);
      if (index === undefined) {
        index = new Map(list.map((item, at) => [item, at]));
        indexes.set(list, index);
      }
      return index.get(node) ?? -1;
    };
    let anyNote = false;
    visit(document.outline, (node, _ancestors, parent) => {
      if (node.marker === undefined || DIVISION_KINDS.has(node.marker.kind)) return;
      const siblings = parent === null ? document.outline : parent.children;
      // A container's following paragraphs are its own children; a paragraph item's follow it.
      const following = node.role === "heading" ? NONE : followingParagraphs(siblings, indexIn(siblings, node));
      const notes = notesOf(node, following);
      if (notes.length > 0) anyNote = true;
      candidates.push({ node, parent, following, notes });
    });
    // Most documents carry no note at all: nothing more to do.
    if (!anyNote) return;
    // Parents, to give a measure its numbered ancestors without copying the path at every item.
    const parents = new Map<OutlineNode, OutlineNode>();
    visit(document.outline, (node) => {
      for (const child of node.children) parents.set(child, node);
    });
    const ancestorsOf = (node: OutlineNode): OutlineNode[] => {
      const out: OutlineNode[] = [];
      for (let at = parents.get(node); at !== undefined; at = parents.get(at)) if (at.marker !== undefined) out.push(at);
      return out.reverse();
    };
    // Items are counted by kind in the document, and by kind among their siblings (a list).
    const noted = new Map<string, number>();
    const groupNoted = new Map<OutlineNode | null, Map<string, number>>();
    const groupAll = new Map<OutlineNode | null, Map<string, number>>();
    const bump = (map: Map<OutlineNode | null, Map<string, number>>, parent: OutlineNode | null, kind: string) => {
      let counts = map.get(parent);
      if (counts === undefined) map.set(parent, (counts = new Map()));
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    };
    for (const { node, parent, notes } of candidates) {
      const kind = node.marker?.kind ?? "";
      bump(groupAll, parent, kind);
      if (notes.length === 0) continue;
      noted.set(kind, (noted.get(kind) ?? 0) + 1);
      bump(groupNoted, parent, kind);
    }
    // A list is read as measures when most of its items carry a note and the document has two or more of its kind.
    const isMeasureList = (parent: OutlineNode | null, kind: string) => {
      const count = groupNoted.get(parent)?.get(kind) ?? 0;
      return (noted.get(kind) ?? 0) >= 2 && count > 0 && count / (groupAll.get(parent)?.get(kind) ?? 1) >= MEASURE_SHARE;
    };
    // An item with a noted measure below it is a heading over measures, not a measure.
    const overNoted = new Set<OutlineNode>();
    for (const candidate of candidates) {
      if (candidate.notes.length === 0 || !isMeasureList(candidate.parent, candidate.node.marker?.kind ?? "")) continue;
      for (const ancestor of ancestorsOf(candidate.node)) overNoted.add(ancestor);
    }
    const listed = candidates.some(({ node, parent, notes }) => notes.length > 0 && isMeasureList(parent, node.marker?.kind ?? ""));
    // In a document of measures, a heading with a note and no noted item below it is a measure itself.
    const isMeasure = (candidate: Candidate) =>
      !overNoted.has(candidate.node) &&
      (isMeasureList(candidate.parent, candidate.node.marker?.kind ?? "") || (listed && candidate.notes.length > 0 && candidate.node.role === "heading"));
    const found: Measure[] = [];
    for (const candidate of candidates) {
      const { node, notes, following } = candidate;
      if (!isMeasure(candidate)) {
        // An item with field lines is a task (the tasks extractor reads it): its note is not lost.
        if (notes.length > 0 && !overNoted.has(node) && !node.children.some((child) => child.field !== undefined)) {
          context.sink.report("note-not-read", `「${notes[0]?.node.text.slice(0, 30)}」 carries a responsibility note, but too few items of its kind do to read them as measures`, notes[0] === undefined ? node.position : printed(notes[0]).position);
        }
        continue;
      }
      const ancestors = ancestorsOf(node);
      const contentStart = node.text.length - (node.content ?? node.text).length;
      const own = notes.filter((placed) => placed.node === node);
      const last = own[own.length - 1];
      let end = node.text.length;
      while (end > 0 && " \t\u3000。.;；".includes(node.text[end - 1] ?? "")) end--;
      const endsWithNote = last !== undefined && last.note.close === end;
      const measure: Measure = {
        number: node.marker?.value ?? 0,
        section: headingOf(ancestors[ancestors.length - 1]),
        path: pathOf(ancestors),
        text: node.text.slice(contentStart, endsWithNote ? last.note.open : node.text.length).trim(),
        responsibleUnits: [],
        ...rangeWithNotes(node, following, notes),
      };
      const deadline = deadlineOf(node, notes);
      if (deadline !== null) measure.deadline = deadline;
      if (notes.length > 0) {
        readNotes(notes, measure);
        const all = notes.map(printed);
        measure.note = all[all.length - 1] as MeasureNote;
        if (all.length > 1) measure.notes = all;
      }
      found.push(measure);
    }
    // `列第一位者为牵头单位，下同`: every note's first unit leads, unless the note names a lead itself.
    const rule = found.length > 0 ? findLeadRule(candidates, document.outline) : null;
    if (rule !== null) {
      for (const measure of found) {
        const first = measure.responsibleUnits[0];
        if (measure.leadUnits !== undefined || first === undefined) continue;
        measure.leadUnits = [{ ...first, position: { ...first.position } }];
        measure.leadRule = rule;
      }
    }
    if (found.length > 0) document.measures = found;
  },
};
