import type { Rule } from "../types.js";
import { documentsOf } from "./documents.js";

/**
 * Stated counts against the extraction: `共细化为9个方面39项147个具体任务`
 * against the tasks' distinct sections, subsections and their number;
 * `三十三条` against measures; `共N条` against articles.
 */
export const statedCounts: Rule = {
  name: "stated-counts",
  codes: ["stated-count-mismatch"],
  run(result, report) {
    for (const { document, index } of documentsOf(result)) {
      const stated = document.statedCounts;
      if (stated === undefined) continue;
      const tasks = document.tasks ?? [];
      const counted: Record<string, number> = {
        tasks: tasks.length,
        sections: new Set(tasks.map((task) => task.section?.number ?? null).filter((n) => n !== null)).size,
        subsections: new Set(tasks.map((task) => (task.subsection ? `${task.section?.number}/${task.subsection.number}` : null)).filter((n) => n !== null)).size,
        measures: document.measures?.length ?? 0,
        articles: document.articles?.length ?? 0,
      };
      const words: Record<string, string> = { tasks: "tasks", sections: "sections (方面)", subsections: "subsections (项)", measures: "measures", articles: "articles" };
      for (const key of ["sections", "subsections", "tasks", "measures", "articles"] as const) {
        const expected = stated[key];
        if (expected === undefined || expected === counted[key]) continue;
        report("stated-count-mismatch", `「${stated.source}」 states ${expected} ${words[key]}; ${counted[key]} found`, stated.position, {
          document: index,
          actual: String(counted[key]),
          expected: String(expected),
        });
      }
    }
  },
};
