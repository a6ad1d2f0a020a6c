import { statedTaskCounts } from "../regexes.js";
import { readNumeral } from "../tokenize/numeral.js";
import { fold, squeezeLayoutBlanks } from "../util/chars.js";
import type { Extractor } from "./types.js";
import type { StatedCounts } from "../schema/result.js";
export type { StatedCounts };


/** A document states its counts in its opening paragraphs: only so many top-level nodes are read. */
const OPENING_NODES = 40;

const COUNT_IN_TITLE = /([〇零一二三四五六七八九十百千两0-9]{1,8})条(?:措施)?$/;
const TOTAL = /共\s*([〇零一二三四五六七八九十百千两0-9]{1,8})\s*条/;

/**
 * Counts a document states about itself: `共细化为9个方面39项147个具体任务`
 * in its opening paragraphs, `三十三条` at the end of its title, `共N条`. An
 * `N条` count is of articles when the document has articles, else of measures.
 */
export const statedCounts: Extractor = {
  name: "stated-counts",
  extract(document) {
    const unit = document.articles !== undefined ? "articles" : "measures";
    for (const node of document.outline.slice(0, OPENING_NODES)) {
      if (node.role === "title") continue;
      const folded = fold(node.text);
      const tasks = statedTaskCounts.exec(folded);
      if (tasks !== null) {
        const phrase = tasks[1] ?? "";
        const start = tasks.index + tasks[0].length - phrase.length;
        document.statedCounts = {
          sections: Number(tasks[2]),
          subsections: Number(tasks[3]),
          tasks: Number(tasks[4]),
          source: node.text.slice(start, start + phrase.length),
          position: node.position,
        };
        return;
      }
      const total = node.role === "paragraph" ? TOTAL.exec(folded) : null;
      const value = total === null ? null : readNumeral(total[1] ?? "");
      if (total !== null && value !== null) {
        document.statedCounts = { [unit]: value.value, source: node.text.slice(total.index, total.index + total[0].length), position: node.position };
        return;
      }
    }
    const titleNodes = document.outline.filter((node) => node.role === "title");
    const last = titleNodes[titleNodes.length - 1];
    const count = COUNT_IN_TITLE.exec(squeezeLayoutBlanks(fold(document.title)));
    const value = count === null ? null : readNumeral(count[1] ?? "");
    if (count !== null && value !== null && last !== undefined) {
      document.statedCounts = { [unit]: value.value, source: count[0], position: last.position };
    }
  },
};
