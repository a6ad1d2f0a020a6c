import type { DiagnosticSink } from "../diagnostics.js";
import type { Furniture } from "../structure/front-matter.js";
import { horizontalRule } from "../regexes.js";
import { foldedKey } from "../util/chars.js";
import { type SourceLine, lineSpan } from "../util/position.js";

/** `— 12 —`, `·12·`, `-12-`, `第12页`: a page number with its decoration. */
export const PAGE_NUMBER = /^(?:[-—–·•\s]+[0-9]{1,4}[-—–·•\s]+|第\s*[0-9]{1,4}\s*页|[0-9]{1,4}\s*\/\s*[0-9]{1,4})$/;

/** Characters a page number line can start with. */
const PAGE_NUMBER_FIRST = /[-—–·•\s第0-9]/;

/** Characters a horizontal rule (around a 版记) is drawn with. */
const RULE_FIRST = /[─━—–\-_=＿﹍﹎]/;

/** Running headers and page numbers are short; longer lines are never checked. */
const LONGEST_FURNITURE = 40;

export interface FurnitureContext {
  /** Title keys of running headers: the contents categories and the gazette title. */
  headerKeys: Set<string>;
}

/**
 * Take running page headers, page numbers and horizontal rules out of the body. A line is a
 * running header when it repeats a contents category (`市政府文件`) or the
 * gazette's title, alone on its line. Returns the lines that stay.
 */
export function removeFurniture(
  lines: SourceLine[],
  context: FurnitureContext,
  furniture: Furniture[],
  sink: DiagnosticSink,
): SourceLine[] {
  const kept: SourceLine[] = [];
  // A running header starts with the first character of one of the header keys.
  const firsts = new Set([...context.headerKeys].map((key) => key[0]));
  for (const line of lines) {
    const first = line.folded[0] ?? "";
    if (RULE_FIRST.test(first) && horizontalRule.test(line.folded)) {
      const position = lineSpan(line);
      furniture.push({ kind: "rule", text: line.text, position });
      sink.report("page-furniture", `Horizontal rule taken out of the text`, position, { actual: line.text });
      continue;
    }
    if (line.text.length > LONGEST_FURNITURE || (!firsts.has(first) && !PAGE_NUMBER_FIRST.test(first))) {
      kept.push(line);
      continue;
    }
    const key = foldedKey(line.folded);
    if (context.headerKeys.has(key)) {
      const position = lineSpan(line);
      furniture.push({ kind: "running-header", text: line.text, position });
      sink.report("page-furniture", `Running page header 「${line.text}」 taken out of the text`, position, { actual: line.text });
    } else if (PAGE_NUMBER.test(line.folded)) {
      const position = lineSpan(line);
      furniture.push({ kind: "page-number", text: line.text, position });
      sink.report("page-furniture", `Page number 「${line.text}」 taken out of the text`, position, { actual: line.text });
    } else {
      kept.push(line);
    }
  }
  return kept;
}
