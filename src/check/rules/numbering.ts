import type { OutlineNodeShape } from "../../schema/result.js";
import type { Rule } from "../types.js";

const KIND_NAMES: Record<string, string> = {
  part: "part (编)",
  chapter: "chapter (章)",
  section: "section (节)",
  article: "article (条)",
  "han-enum": "一、 heading",
  "han-paren": "（一） item",
  "arabic-enum": "1. item",
  "arabic-paren": "（1） item",
  circled: "① item",
};

/**
 * Numbering at every level: each marker kind is one sequence per document.
 * Within a parent, each number follows the one before; the first of a kind
 * under a parent may restart at 1 or continue the document's last number of
 * that kind (tasks and articles run on across sections and chapters).
 * `第X条之一` continues its article's number.
 */
export const numbering: Rule = {
  name: "numbering",
  codes: ["numbering-gap", "numbering-duplicate", "numbering-out-of-order"],
  run(result, report) {
    const visitDocument = (outline: OutlineNodeShape[], document: number) => {
      const last = new Map<string, number>();
      const walk = (nodes: OutlineNodeShape[]) => {
        const previous = new Map<string, number>();
        for (const node of nodes) {
          const marker = node.marker;
          if (marker !== undefined) {
            const kind = marker.kind;
            const before = previous.get(kind);
            const name = KIND_NAMES[kind] ?? kind;
            if (marker.sub !== undefined) {
              // 第十一条之一 follows 第十一条.
              if (before !== marker.value) report("numbering-gap", `${name} ${marker.raw} does not follow article ${marker.value}`, marker.position, { document, actual: marker.raw });
            } else if (before === undefined) {
              const run = last.get(kind);
              const expected = run === undefined ? 1 : run + 1;
              if (marker.value !== 1 && marker.value !== expected && run !== undefined) {
                report(marker.value > expected ? "numbering-gap" : marker.value === run ? "numbering-duplicate" : "numbering-out-of-order",
                  `${name} ${marker.raw} follows ${run}: expected 1 or ${expected}`, marker.position, { document, actual: String(marker.value), expected: String(expected) });
              }
            } else if (marker.value === before) {
              report("numbering-duplicate", `${name} ${marker.raw} repeats the number before it`, marker.position, { document, actual: String(marker.value), expected: String(before + 1) });
            } else if (marker.value < before) {
              report("numbering-out-of-order", `${name} ${marker.raw} comes after ${before}`, marker.position, { document, actual: String(marker.value), expected: String(before + 1) });
            } else if (marker.value > before + 1) {
              const missing = marker.value - before - 1;
              report("numbering-gap", `${name} ${marker.raw}: ${missing === 1 ? `number ${before + 1} is` : `numbers ${before + 1}–${marker.value - 1} are`} missing`, marker.position, {
                document,
                actual: String(marker.value),
                expected: String(before + 1),
              });
            }
            previous.set(kind, marker.value);
            last.set(kind, marker.value);
          }
          if (node.children.length > 0) walk(node.children);
        }
      };
      walk(outline);
    };
    result.documents.forEach((document, index) => {
      visitDocument(document.outline, index);
      const attachments = (documents: typeof result.documents) => {
        for (const attachment of documents) {
          visitDocument(attachment.outline, index);
          attachments(attachment.attachments ?? []);
        }
      };
      attachments(document.attachments ?? []);
    });
  },
};
