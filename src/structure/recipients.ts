import { squeezeLayoutBlanks } from "../util/chars.js";
import { splitOutsideBrackets } from "../util/split.js";
import { isIssuerName } from "./closing.js";

/**
 * Words a recipient group ends with besides an organ's own (主送机关 name
 * groups of organs: `国务院各部委、各直属机构`, `各有关单位`).
 */
export const RECIPIENT_ENDINGS: ReadonlyArray<{ ending: string; example: string }> = [
  { ending: "机构", example: "各直属机构" },
  { ending: "单位", example: "各有关单位" },
  { ending: "部门", example: "市人民政府各部门" },
  { ending: "部委", example: "国务院各部委" },
  { ending: "企业", example: "各中央企业" },
  { ending: "学校", example: "各高等学校" },
  { ending: "军区", example: "沈阳、北京、兰州、济南、南京、广州军区" },
  { ending: "兵团", example: "新疆生产建设兵团" },
  { ending: "方面", example: "各有关方面" },
  { ending: "人民政府", example: "各县（市、区）人民政府" },
];

/** A letter or a reply may be addressed to a person: `马万祺副主席：`, `周桂英等代表：`. */
export const ADDRESSEE_TITLES: ReadonlyArray<{ ending: string; example: string }> = [
  { ending: "主席", example: "马万祺副主席" },
  { ending: "委员", example: "王超斌委员" },
  { ending: "代表", example: "周桂英等代表" },
  { ending: "同志", example: "张三同志" },
  { ending: "长", example: "李四市长" },
  { ending: "主任", example: "王五主任" },
  { ending: "先生", example: "赵六先生" },
  { ending: "女士", example: "钱七女士" },
];

function isRecipient(name: string): boolean {
  return isIssuerName(name) || RECIPIENT_ENDINGS.some((row) => name.endsWith(row.ending) && name.length > row.ending.length);
}

/**
 * Whether the text before a colon reads as a 主送 list: each part separated by
 * `，` ends as an organ, a group of organs or a person addressed does. A
 * lead-in that ends with a colon (`特制定以下规定：`, `附：`) does not.
 */
export function readsAsRecipients(text: string): boolean {
  const parts = splitOutsideBrackets(text, "，,;；");
  return parts.length > 0 && parts.every((part) => {
    // The last of the names a `、` joins carries the ending (`各省、自治区、直辖市人民政府`).
    const pieces = splitOutsideBrackets(part.text, "、");
    const name = squeezeLayoutBlanks(pieces[pieces.length - 1]?.text ?? "").replace(/\([^()]*\)$/, "");
    return isRecipient(name) || ADDRESSEE_TITLES.some((row) => name.endsWith(row.ending) && name.length > row.ending.length);
  });
}

/**
 * The recipients of a 主送 line, without its colon. Recipients are separated
 * by `，` (and `；`); a `、` separates recipients only when every part names a
 * recipient (`河北省人民政府、国家发展改革委`), and otherwise joins the parts of
 * one (`各省、自治区、直辖市人民政府`, `邓乃扬、韩汝琦委员`). Brackets are kept whole
 * (`各县（市、区）人民政府`).
 */
export function splitRecipients(text: string): string[] {
  const out: string[] = [];
  for (const part of splitOutsideBrackets(text, "，,;；")) {
    const pieces = splitOutsideBrackets(part.text, "、").map((piece) => piece.text);
    if (pieces.length > 1 && pieces.every((piece) => isRecipient(squeezeLayoutBlanks(piece)))) out.push(...pieces);
    else out.push(part.text);
  }
  return out;
}
