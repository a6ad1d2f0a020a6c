import type { Rule } from "../types.js";

/**
 * The contents against the body: documents the contents do not list, and
 * page numbers that do not increase. (Entries whose document is missing are
 * reported by the parser as `contents-entry-not-found`.)
 */
export const contents: Rule = {
  name: "contents",
  codes: ["document-not-in-contents", "contents-page-order"],
  run(result, report) {
    if (result.contents.length === 0) return;
    result.documents.forEach((document, index) => {
      if (document.contentsEntry === undefined) {
        report("document-not-in-contents", `「${document.title || "(untitled)"}」 is not listed in the contents`, document.outline[0]?.position ?? document.position, { document: index });
      }
    });
    for (let index = 1; index < result.contents.length; index++) {
      const before = result.contents[index - 1];
      const entry = result.contents[index];
      if (before === undefined || entry === undefined || entry.page >= before.page) continue;
      report("contents-page-order", `Page ${entry.page} of 「${entry.title}」 comes after page ${before.page}`, entry.position, {
        actual: String(entry.page),
        expected: `≥ ${before.page}`,
      });
    }
  },
};
