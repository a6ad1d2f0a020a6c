import { copiedTo, printedEnding, printerName } from "../regexes.js";
import { type Unit, readUnits } from "../extract/units.js";
import { squeezeLayoutBlanks } from "../util/chars.js";
import type { SourceLine } from "../util/position.js";
import { readDate } from "./date.js";
import { type OutlineNode, nodeFromLine } from "./node.js";

/** The 版记 at the end of a document (GB/T 9704): 抄送 and the printing line. */
export interface Colophon {
  /** Index of its first line; the document's own lines end there. */
  start: number;
  nodes: OutlineNode[];
  cc: Unit[];
  printedBy?: string;
  printedOn?: string;
}

/** The 版记 is the last few lines of a document. */
const LONGEST_COLOPHON = 6;
/** A 抄送 list printed over more lines continues on lines this short at most. */
const LONGEST_CC_LINE = 120;

/** The units of a 抄送 line (or of its continuation) after `from`, split and prefixed like other unit lists. */
function copiedUnits(node: OutlineNode, from: number): Unit[] {
  const end = node.text.length - (/[。.]$/.test(node.text) ? 1 : 0);
  return readUnits(node, from, end);
}

/** The organ and date of a printing line (`某某办公室2025年4月8日印发`, blanks squeezed), or null. */
function readPrinted(compact: string): { by: string; on: string } | null {
  if (!compact.endsWith("发")) return null;
  const match = printedEnding.exec(compact);
  if (match === null) return null;
  const by = compact.slice(0, match.index);
  return printerName.test(by) ? { by, on: match[1] ?? "" } : null;
}

/**
 * Read the 版记 at the end of `lines[from, to)`: a `抄送：…` list (over one or
 * more lines) and `某某办公室  2025年4月8日印发`, in either order, as the last
 * lines. Returns null when the document does not end with one. Horizontal
 * rules around it are page furniture, taken out before.
 */
export function readColophon(lines: SourceLine[], from: number, to: number): Colophon | null {
  let start = to;
  let printedAt = -1;
  let ccAt = -1;
  // From the end: the printing line and the 抄送 line, each at most once.
  for (let at = to - 1; at >= Math.max(from, to - LONGEST_COLOPHON); at--) {
    const compact = squeezeLayoutBlanks((lines[at] as SourceLine).folded);
    if (printedAt === -1 && readPrinted(compact) !== null) printedAt = at;
    else if (ccAt === -1 && copiedTo.test(compact)) ccAt = at;
    else if (ccAt === -1 && printedAt === -1) return null;
    else continue;
    start = at;
  }
  if (start === to) return null;
  // Lines between the 抄送 line and the printing line (or the end) continue the 抄送 list.
  const ccEnd = printedAt > ccAt ? printedAt : to;
  const colophon: Colophon = { start, nodes: [], cc: [] };
  for (let at = start; at < to; at++) {
    const line = lines[at] as SourceLine;
    if (at === printedAt) {
      const printed = readPrinted(squeezeLayoutBlanks(line.folded));
      colophon.printedBy = printed?.by ?? "";
      const date = readDate(printed?.on ?? "");
      if (date?.iso) colophon.printedOn = date.iso;
      colophon.nodes.push(nodeFromLine(line, "printed"));
    } else if (at === ccAt) {
      const label = /^抄\s*送\s*[:：]\s*/.exec(line.text)?.[0] ?? "";
      const node = nodeFromLine(line, "cc");
      colophon.cc.push(...copiedUnits(node, label.length));
      colophon.nodes.push(node);
    } else if (ccAt !== -1 && at > ccAt && at < ccEnd && line.text.length <= LONGEST_CC_LINE) {
      const node = nodeFromLine(line, "cc");
      colophon.cc.push(...copiedUnits(node, 0));
      colophon.nodes.push(node);
    } else {
      return null;
    }
  }
  return colophon;
}

