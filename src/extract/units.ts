import type { OutlineNode } from "../structure/node.js";
import { fold, squeezeLayoutBlanks } from "../util/chars.js";
import { splitOutsideBrackets } from "../util/split.js";
import { etcOf, isCollective } from "./notes.js";
import { rangeInNode } from "./source-range.js";
import type { Unit } from "../schema/result.js";
export type { Unit };


/** Separators between runs of units; within a run, `、` separates items. */
const RUN_SEPARATORS = "，,；;";
const ITEM_SEPARATOR = "、";
/** A prefix that the first item of a `、` run lends to bare abbreviations after it. */
const CARRIED_PREFIX = /^[省市县区]/;
/** A bare department abbreviation: `工信局`, `发改委`, `市场监管局`, `外事办` (qualifier allowed). */
const BARE_DEPARTMENT = /^[\u4e00-\u9fff]{1,7}(?:局|委|办|厅)(?:[(（][^()（）]*[)）])?$/;
/** Names that carry their own place or are not departments of the same government. */
const NOT_BARE = /^[省市县区各]|^[\u4e00-\u9fff]{0,2}[省市县区]|政府|集团|公司|银行|管委会|分局|支局|^团/;

function isBareDepartment(name: string): boolean {
  return BARE_DEPARTMENT.test(name) && !NOT_BARE.test(name);
}

/**
 * Read a unit list from `node.text.slice(from, to)`: split on `、 ， , ； ;`
 * outside brackets; a `市` (or 省/县/区) on the first item of a `、` run is
 * carried to the bare department abbreviations after it in that run
 * (`市工信局、人社局` → 市工信局, 市人社局). Qualifiers in brackets stay with
 * their unit (`市政府办公室（金融）`).
 */
export function readUnits(node: OutlineNode, from: number, to: number): Unit[] {
  const text = node.text.slice(from, to);
  const units: Unit[] = [];
  let prefix: string | null = null;
  // One pass: items are split on every separator; a run separator also starts a new run.
  for (const item of splitOutsideBrackets(text, RUN_SEPARATORS + ITEM_SEPARATOR)) {
    let back = item.offset - 1;
    while (back >= 0 && /\s/.test(text[back] as string)) back--;
    const startsRun = back < 0 || RUN_SEPARATORS.includes(text[back] as string);
    const start = from + item.offset;
    const etc = item.text.includes("等") ? etcOf(item.text) : null;
    const raw = etc !== null && etc.index > 0 ? item.text.slice(0, etc.index) : item.text;
    const clean = squeezeLayoutBlanks(raw);
    let name = clean;
    if (startsRun) {
      const match = CARRIED_PREFIX.exec(clean);
      prefix = match !== null && clean.length > 2 ? match[0] : null;
    } else if (prefix !== null && isBareDepartment(fold(clean))) {
      name = prefix + clean;
    }
    const unit: Unit = { name, raw, ...rangeInNode(node, start, start + raw.length) };
    if (isCollective(name)) unit.kind = "collective";
    if (etc !== null && etc.index > 0) unit.etc = true;
    units.push(unit);
  }
  return units;
}

/** Read a list of names (`任丽君、王国辉`): split on every list separator outside brackets. */
export function readNames(node: OutlineNode, from: number, to: number): string[] {
  return splitOutsideBrackets(node.text.slice(from, to), RUN_SEPARATORS + ITEM_SEPARATOR + " \u3000").map((part) => part.text);
}
