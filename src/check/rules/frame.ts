import type { GazetteDocument } from "../../schema/result.js";
import type { Rule } from "../types.js";
import { documentsOf } from "./documents.js";

/** Kinds of official document (公文) that carry a date (成文日期) in their header or signature. */
const DATED_KINDS: ReadonlySet<GazetteDocument["kind"]> = new Set(["notice", "decision", "opinion", "reply", "letter", "announcement", "circular"]);

/**
 * The frame of each document against itself: a listed attachment whose text
 * is absent (also reported by the parser), and a notice, reply, letter (or
 * other dated kind) printed with a 文号 or a signature but no date. A text
 * without either (an excerpt) is not held to a date, nor is an attachment:
 * an issued plan takes its notice's.
 */
export const frame: Rule = {
  name: "frame",
  codes: ["attachment-missing", "document-without-date"],
  run(result, report) {
    for (const { document, index } of documentsOf(result)) {
      for (const entry of document.attachmentList ?? []) {
        if (entry.attachment !== null) continue;
        report("attachment-missing", `Attachment 「${entry.title}」 is listed but its text is not in the document`, entry.position, { document: index, expected: entry.title });
      }
    }
    result.documents.forEach((document, index) => {
      if (document.date !== undefined || document.decree !== undefined) return;
      // Held to a date: a document printed with its frame (a 文号, or a signature), of a kind that is dated.
      const signed = document.outline.some((node) => node.role === "signature");
      if (!DATED_KINDS.has(document.kind) || (document.docNumber === undefined && !signed)) return;
      report("document-without-date", `「${document.title || "(untitled)"}」 has no date`, document.outline[0]?.position ?? document.position, {
        document: index,
        expected: "a date (成文日期) under the signature or with the 文号",
      });
    });
  },
};
