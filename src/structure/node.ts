import type { Block } from "../normalize/blocks.js";
import type { MarkerKind } from "../tokenize/types.js";
import { ASSEMBLED_PIECES } from "./assembled.js";
import { type Position, type SourceLine, type TableRowInfo, cover, lineSpan, pointOn, spanOn } from "../util/position.js";
import type { OutlineNode } from "../schema/result.js";
export type { OutlineNode };

/** What a node of the outline is. */
export type NodeRole =
  | "title"
  | "doc-number"
  | "recipients"
  | "salutation"
  | "subtitle"
  | "speaker"
  | "decree-heading"
  | "decree-number"
  | "decree-preamble"
  | "headnote"
  | "toc-heading"
  | "toc-entry"
  | "signature"
  | "date"
  | "publication"
  | "cc"
  | "printed"
  | "attachment-label"
  | "attachment-list"
  | "heading"
  | "paragraph"
  | "field"
  | "table-row";

export interface NodeMarker {
  kind: MarkerKind;
  value: number;
  sub?: number;
  raw: string;
  position: Position;
  typo?: string;
}


/** A node for one whole line. */
export function nodeFromLine(line: SourceLine, role: NodeRole): OutlineNode {
  return { role, text: line.text, children: [], position: lineSpan(line) };
}

/** A node for a block, with its marker, field and cells. */
export function nodeFromBlock(block: Block, role: NodeRole): OutlineNode {
  const only = block.pieces.length === 1 ? block.pieces[0] : undefined;
  let node: OutlineNode;
  if (only !== undefined) {
    node = { role, text: block.text, children: [], position: spanOn(only.line, only.start, only.end) };
  } else {
    const spans = block.pieces.map((piece) => spanOn(piece.line, piece.start, piece.end));
    node = { role, text: block.text, children: [], position: cover(spans[0] as Position, spans[spans.length - 1] as Position), spans };
  }
  if (block.pieces.some((piece) => piece.line.locate !== undefined)) ASSEMBLED_PIECES.set(node, block.pieces);
  const marker = block.marker;
  if (marker !== null) {
    const first = block.pieces[0] as Block["pieces"][number];
    const line = first.line;
    // Where the marker starts the node's first piece on a plain line, its start is the node's (one object, equal values).
    const start = marker.start === first.start ? (node.spans?.[0] ?? node.position).start : pointOn(line, marker.start);
    const position = line.cover === undefined ? { start, end: pointOn(line, marker.end) } : spanOn(line, marker.start, marker.end);
    node.marker = { kind: marker.kind, value: marker.value, raw: marker.raw, position };
    if (marker.sub !== undefined) node.marker.sub = marker.sub;
    if (marker.typo !== undefined) node.marker.typo = marker.typo;
    node.content = block.text.slice(marker.raw.length).replace(/^[\s\u3000]+/, "");
  }
  if (block.field !== null) {
    const line = (block.pieces[0] as Block["pieces"][number]).line;
    node.field = { label: block.field.label, value: block.text.slice(block.field.valueStart - line.contentStart) };
  }
  const row = block.pieces.length === 1 ? block.pieces[0]?.line : undefined;
  if (row?.table !== undefined) {
    node.cells = row.table.slots.map((slot) => (slot === null ? "" : row.text.slice(slot.from - row.contentStart, slot.to - row.contentStart)));
    TABLE_ROWS.set(node, { line: row, info: row.table });
  } else if (block.tabbed) {
    node.cells = block.text.split(/\t| {2,}|\u3000{2,}/).map((cell) => cell.trim());
  }
  return node;
}

/**
 * The structure of table rows a front end read as tables (HTML, Markdown):
 * the row's line and its slots, for the tables extractor. Rows of text tables
 * (split on tabs and wide gaps) are not listed.
 */
export const TABLE_ROWS = new WeakMap<OutlineNode, { line: SourceLine; info: TableRowInfo }>();
