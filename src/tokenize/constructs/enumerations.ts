import {
  arabicEnumMarker,
  arabicParenMarker,
  circledMarker,
  hanEnumMarker,
  hanParenMarker,
} from "../../regexes.js";
import { readNumeral } from "../numeral.js";
import type { MarkerConstruct, MarkerKind } from "../types.js";

const CIRCLED_ONE = 0x2460;
const HAN_NUMERAL_FIRST = "〇零一二三四五六七八九十百千两";

function fromRegex(kind: MarkerKind, regex: RegExp, firstChars: string): MarkerConstruct {
  return {
    kind,
    firstChars,
    tokenize(folded) {
      const match = regex.exec(folded);
      if (match === null) return null;
      const number = readNumeral(match[1] ?? "");
      if (number === null) return null;
      const length = match[0].length;
      return number.typo === undefined ? { value: number.value, length } : { value: number.value, length, typo: number.typo };
    },
  };
}

/**
 * `一、`
 *
 *   一、产业项目共建
 *   ^^
 */
export const hanEnum = fromRegex("han-enum", hanEnumMarker, HAN_NUMERAL_FIRST);

/**
 * `（一）` or `(一)`.
 *
 *   （一）用足用好政策机遇
 *   ^^^^^^
 */
export const hanParen = fromRegex("han-paren", hanParenMarker, "(");

/**
 * `1.` `1．` `1、`; `1.5%` is a number, not a marker.
 *
 *   12.共建共享黄河小浪底库区港航项目
 *   ^^^
 */
export const arabicEnum = fromRegex("arabic-enum", arabicEnumMarker, "0123456789");

/**
 * `（1）` or `(1)`.
 *
 *   (1)申请材料
 *   ^^^
 */
export const arabicParen = fromRegex("arabic-paren", arabicParenMarker, "(");

/**
 * `①` … `⑳`.
 *
 *   ①申请材料
 *   ^
 */
export const circled: MarkerConstruct = {
  kind: "circled",
  firstChars: "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳",
  tokenize(folded) {
    if (!circledMarker.test(folded)) return null;
    return { value: folded.charCodeAt(0) - CIRCLED_ONE + 1, length: 1 };
  },
};
