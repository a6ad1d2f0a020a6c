import type { Piece } from "../normalize/blocks.js";
import { ASSEMBLED_PIECES } from "../structure/assembled.js";
import type { OutlineNode } from "../structure/node.js";
import { endOn, pointOn } from "../util/position.js";
import type { Point, Position } from "../util/position.js";

/** Where a stretch of extracted text is in the source: one span, or the pieces it crosses. */
export interface SourceRange {
  position: Position;
  /** Set when the text crosses a page break: the source pieces, whose slices concatenate to it. */
  spans?: Position[] | undefined;
}

function pointAt(piece: Position, delta: number): Point {
  return { line: piece.start.line, column: piece.start.column + delta, offset: piece.start.offset + delta };
}

/**
 * The source range of `node.text.slice(from, to)`. A node's text is the
 * concatenation of its pieces (each on one line), so text offsets map to
 * source offsets piece by piece; nothing re-reads the source.
 */
export function rangeInNode(node: OutlineNode, from: number, to: number): SourceRange {
  const assembled = ASSEMBLED_PIECES.get(node);
  if (assembled !== undefined) return rangeInAssembled(assembled, from, to);
  if (node.spans === undefined) return rangeInPiece(node.position, from, to);
  const pieces = node.spans;
  const spans: Position[] = [];
  let base = 0;
  for (const piece of pieces) {
    const length = piece.end.offset - piece.start.offset;
    const start = Math.max(from, base);
    const end = Math.min(to, base + length);
    if (start < end || (from === to && from >= base && from <= base + length && spans.length === 0)) {
      spans.push({ start: pointAt(piece, start - base), end: pointAt(piece, end - base) });
    }
    base += length;
  }
  if (spans.length === 0) {
    const last = pieces[pieces.length - 1] as Position;
    return { position: { start: last.end, end: last.end } };
  }
  const first = spans[0] as Position;
  const last = spans[spans.length - 1] as Position;
  const range: SourceRange = { position: { start: first.start, end: last.end } };
  if (spans.length > 1) range.spans = spans;
  return range;
}

/**
 * `rangeInNode` for a node of one piece, the common case: no list of spans
 * is built. A point at the piece's start or end is the piece's own (equal
 * values, one object less).
 */
function rangeInPiece(piece: Position, from: number, to: number): SourceRange {
  const length = piece.end.offset - piece.start.offset;
  const start = Math.max(from, 0);
  const end = Math.min(to, length);
  if (start < end || (from === to && from >= 0 && from <= length)) {
    return { position: { start: start === 0 ? piece.start : pointAt(piece, start), end: end === length && endsOnLine(piece, length) ? piece.end : pointAt(piece, end) } };
  }
  return { position: { start: piece.end, end: piece.end } };
}

/** Whether a piece's end is its start moved `length` columns along the same line. */
function endsOnLine(piece: Position, length: number): boolean {
  return piece.end.line === piece.start.line && piece.end.column === piece.start.column + length;
}

/** The source range of a whole node. */
export function rangeOfNode(node: OutlineNode): SourceRange {
  return node.spans ? { position: node.position, spans: node.spans } : { position: node.position };
}


/** `rangeInNode` for a node of assembled lines: each offset is located through its line. */
function rangeInAssembled(pieces: readonly Piece[], from: number, to: number): SourceRange {
  const spans: Position[] = [];
  let base = 0;
  for (const piece of pieces) {
    const length = piece.end - piece.start;
    const start = Math.max(from, base);
    const end = Math.min(to, base + length);
    if (start < end) spans.push({ start: pointOn(piece.line, piece.start + start - base), end: endOn(piece.line, piece.start + end - base) });
    base += length;
  }
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (first === undefined || last === undefined) {
    const piece = pieces[pieces.length - 1] as Piece;
    const point = pointOn(piece.line, piece.end);
    return { position: { start: point, end: point } };
  }
  const range: SourceRange = { position: { start: first.start, end: last.end } };
  if (spans.length > 1) range.spans = spans;
  return range;
}
