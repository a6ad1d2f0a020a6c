import { datesInText } from "../../regexes.js";
import { readDate } from "../../structure/date.js";
import { fold } from "../../util/chars.js";
import type { OutlineNode } from "../../schema/result.js";
import type { Rule } from "../types.js";
import { documentsOf } from "./documents.js";

/**
 * Dates that do not exist (2025年2月30日) anywhere in a document's text. Dates
 * the parser reads for fields (headers, signatures) it reports itself as
 * `invalid-date`; this rule finds the rest, in the body.
 */
export const dates: Rule = {
  name: "dates",
  codes: ["invalid-date"],
  run(result, report) {
    const header = new Set(["doc-number", "date", "decree-preamble", "subtitle"]);
    for (const { document, index } of documentsOf(result)) {
      const visit = (nodes: OutlineNode[]) => {
        for (const node of nodes) {
          if (!header.has(node.role) && node.text.includes("年") && node.text.includes("日") && node.text.includes("月")) {
            for (const match of fold(node.text).matchAll(datesInText)) {
              const date = readDate(match[0]);
              if (date === null || date.iso !== null) continue;
              const single = node.spans === undefined;
              const at = match.index ?? 0;
              const position = single
                ? {
                    start: { line: node.position.start.line, column: node.position.start.column + at, offset: node.position.start.offset + at },
                    end: { line: node.position.start.line, column: node.position.start.column + at + match[0].length, offset: node.position.start.offset + at + match[0].length },
                  }
                : node.position;
              report("invalid-date", `No such date: ${match[0]}`, position, { document: index, actual: match[0] });
            }
          }
          visit(node.children);
        }
      };
      visit(document.outline);
    }
  },
};
