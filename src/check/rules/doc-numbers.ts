import { fold } from "../../util/chars.js";
import type { Rule } from "../types.js";
import { documentsOf } from "./documents.js";

/** Something shaped like a 文号: issuer, a bracketed year, a number, 号. */
const LOOSE_DOC_NUMBER = /[\u4e00-\u9fff]\s*[〔[(]\s*([0-9]{1,5})\s*[〕\])]\s*(?:第\s*)?(?:([0-9]{1,5})\s*)?号/;
const FIRST_YEAR = 1949;

/**
 * 文号 that do not read as issuer〔year〕number号: a 文号-shaped text in a
 * document's head that the parser could not read, or a read one with an
 * impossible year or a zero number.
 */
export const docNumbers: Rule = {
  name: "doc-numbers",
  codes: ["doc-number-malformed"],
  run(result, report) {
    const latest = (result.issue?.year ?? new Date().getUTCFullYear()) + 1;
    for (const { document, index } of documentsOf(result)) {
      const number = document.docNumber;
      if (number !== undefined && (number.year < FIRST_YEAR || number.year > latest || number.seq === 0)) {
        const node = document.outline.find((n) => n.role === "doc-number");
        report("doc-number-malformed", `「${number.text}」: year ${number.year} or number ${number.seq} is not possible`, node?.position ?? document.position, {
          document: index,
          actual: number.text,
        });
      }
      if (number !== undefined) continue;
      // A head line shaped like a 文号 that did not read as one.
      for (const node of document.outline.slice(0, 6)) {
        if (node.role !== "paragraph" && node.role !== "title") continue;
        if (node.text.length > 40) continue;
        const loose = LOOSE_DOC_NUMBER.exec(fold(node.text));
        if (loose === null) continue;
        report("doc-number-malformed", `「${node.text}」 does not read as issuer〔year〕number号`, node.position, { document: index, actual: node.text });
        break;
      }
    }
  },
};
