import type { OutlineNode } from "../../schema/result.js";
import { NUMBERING_SCOPES, RESTARTED_BY, RESTARTED_BY_PARAGRAPH } from "../../structure/scopes.js";
import { isTitleLike } from "../../normalize/blocks.js";
import { MARKER_KINDS, type MarkerKind } from "../../tokenize/types.js";
import { fold } from "../../util/chars.js";
import type { Report, Rule } from "../types.js";

const KIND_NAMES: Record<MarkerKind, string> = {
  part: "part (编)",
  chapter: "chapter (章)",
  section: "section (节)",
  article: "article (条)",
  "han-enum": "一、 heading",
  "han-paren": "（一） item",
  "arabic-enum": "1. item",
  "arabic-paren": "（1） item",
  circled: "① item",
};

type Marker = NonNullable<OutlineNode["marker"]>;

/**
 * The numbers seen so far in one scope of a document: the document itself,
 * or a quoted passage (whose first numbers may be anything: an amendment
 * quotes 第七条 without 第一条 to 第六条).
 */
interface Run {
  last: Map<MarkerKind, number>;
  quoted: boolean;
}

/**
 * Numbering at every level, by the scopes of `structure/scopes.ts`: within a
 * list of siblings each number follows the one before; where a list may
 * restart (under a new parent, after an outer marker or a 款, as the scope
 * table says) its first number is 1 or continues the document's run of that
 * kind; anywhere else it continues the run. `第X条之一` continues its
 * article's number. A quoted passage is checked on its own.
 */
export const numbering: Rule = {
  name: "numbering",
  codes: ["numbering-gap", "numbering-duplicate", "numbering-out-of-order"],
  run(result, report) {
    result.documents.forEach((document, index) => {
      const visitDocument = (outline: OutlineNode[]) => walk(outline, null, { last: new Map(), quoted: false }, index, report);
      visitDocument(document.outline);
      const attachments = (documents: typeof result.documents) => {
        for (const attachment of documents) {
          visitDocument(attachment.outline);
          attachments(attachment.attachments ?? []);
        }
      };
      attachments(document.attachments ?? []);
    });
  },
};

/**
 * What a list of siblings hangs under: the marker kind of its parent, or
 * `"unnumbered"` for a list of its own under an un-numbered line (an
 * attachment list, a lead-in, a quoted passage), or null at the top.
 */
type Parent = MarkerKind | "unnumbered" | null;

/** Check one list of siblings, then each node's children. */
function walk(nodes: OutlineNode[], parent: Parent, run: Run, document: number, report: Report): void {
  // The number before, per kind, in this list; absent where the list starts
  // or a scope restarted it (then in `restarted`).
  const previous = new Map<MarkerKind, number>();
  const restarted = new Set<MarkerKind>();
  const restart = (kinds: readonly MarkerKind[]) => {
    for (const kind of kinds) {
      if (previous.delete(kind)) restarted.add(kind);
    }
  };
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index] as OutlineNode;
    if (node.quoted === true && !run.quoted) {
      // A quoted passage: the run of quoted siblings, checked as a text of its own.
      let end = index + 1;
      while (end < nodes.length && (nodes[end] as OutlineNode).quoted === true) end++;
      walk(nodes.slice(index, end), "unnumbered", { last: new Map(), quoted: true }, document, report);
      index = end - 1;
      continue;
    }
    const marker = node.marker;
    if (marker === undefined) {
      if (node.role === "paragraph") restart(parent === null && isTitleLike(fold(node.text)) ? MARKER_KINDS : RESTARTED_BY_PARAGRAPH);
    } else {
      const kind = marker.kind;
      const before = previous.get(kind);
      const restarts = before === undefined && (restarted.has(kind) || parent === "unnumbered" || (parent !== null && NUMBERING_SCOPES[kind].restartsAfter.has(parent)));
      checkMarker(marker, before, restarts, run, document, report);
      previous.set(kind, marker.value);
      restarted.delete(kind);
      run.last.set(kind, marker.value);
      restart(RESTARTED_BY[kind]);
    }
    if (node.children.length > 0) walk(node.children, marker?.kind ?? "unnumbered", run, document, report);
  }
}

/** Report what is wrong with a marker's number; `restarts` when its list may start again at 1 here. */
function checkMarker(marker: Marker, before: number | undefined, restarts: boolean, run: Run, document: number, report: Report): void {
  const kind = marker.kind;
  const name = KIND_NAMES[kind];
  const value = marker.value;
  if (marker.sub !== undefined) {
    // 第十一条之一 follows 第十一条.
    if (before !== value) report("numbering-gap", `${name} ${marker.raw} does not follow article ${value}`, marker.position, { document, actual: marker.raw });
    return;
  }
  if (before === undefined) {
    const last = run.last.get(kind);
    // The first of its kind in this document or quoted passage: any number.
    if (last === undefined) return;
    const expected = last + 1;
    if (value === expected) return;
    if (value === 1 && restarts) return;
    const code = value > expected ? "numbering-gap" : value === last ? "numbering-duplicate" : "numbering-out-of-order";
    const allowed = value === 1 ? `expected ${expected}: a list of ${name}s does not restart here` : restarts ? `expected 1 or ${expected}` : `expected ${expected}`;
    report(code, `${name} ${marker.raw} follows ${last}: ${allowed}`, marker.position, { document, actual: String(value), expected: String(expected) });
    return;
  }
  if (value === before) {
    report("numbering-duplicate", `${name} ${marker.raw} repeats the number before it`, marker.position, { document, actual: String(value), expected: String(before + 1) });
  } else if (value < before) {
    report("numbering-out-of-order", `${name} ${marker.raw} comes after ${before}`, marker.position, { document, actual: String(value), expected: String(before + 1) });
  } else if (value > before + 1) {
    const missing = value - before - 1;
    report("numbering-gap", `${name} ${marker.raw}: ${missing === 1 ? `number ${before + 1} is` : `numbers ${before + 1}–${value - 1} are`} missing`, marker.position, {
      document,
      actual: String(value),
      expected: String(before + 1),
    });
  }
}
