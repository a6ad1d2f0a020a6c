import type { GazetteDocument, OutlineNode } from "../../schema/result.js";
import { squeezeLayoutBlanks } from "../../util/chars.js";
import type { Position } from "../../util/position.js";
import type { Rule } from "../types.js";

type Level = "part" | "chapter" | "section";

interface Heading {
  level: Level;
  number: number | null;
  title: string;
  /** Where it is: chapters restart in each 编 and sections in each 章. */
  key: string;
  position: Position;
}

const LEVEL_NAMES: Record<Level, string> = { part: "编", chapter: "章", section: "节" };
const LEVELS: ReadonlySet<string> = new Set(["part", "chapter", "section"]);
/** The unnumbered closing chapter some tables of contents list (民法典). */
const CLOSING = "附则";

function normalized(title: string): string {
  return squeezeLayoutBlanks(title);
}

/** Keys each heading by its place, as `readToc` does: `1` a 编, `1/2` its 章, `1/2/3` that 章's 节. */
function keyed(list: Array<Omit<Heading, "key">>): Heading[] {
  let part = "";
  let chapter = "";
  return list.map((heading) => {
    const number = String(heading.number ?? heading.title);
    if (heading.level === "part") {
      part = number;
      chapter = "";
      return { ...heading, key: number };
    }
    if (heading.level === "chapter") {
      chapter = number;
      return { ...heading, key: `${part}/${number}` };
    }
    return { ...heading, key: `${part}/${chapter}/${number}` };
  });
}

/** The body's 编, 章 and 节 headings in order (and an unnumbered 附则 heading, when the 目录 lists one). */
function bodyHeadings(outline: OutlineNode[], closing: boolean): Heading[] {
  const found: Array<Omit<Heading, "key">> = [];
  const walk = (nodes: OutlineNode[]) => {
    for (const node of nodes) {
      const kind = node.marker?.kind;
      if (kind !== undefined && LEVELS.has(kind)) {
        found.push({ level: kind as Level, number: node.marker?.value ?? null, title: normalized(node.content ?? ""), position: node.position });
      } else if (closing && node.marker === undefined && node.role !== "toc-entry" && normalized(node.text) === CLOSING) {
        found.push({ level: "chapter", number: null, title: CLOSING, position: node.position });
      }
      walk(node.children);
    }
  };
  walk(outline);
  return keyed(found);
}

function label(heading: Heading): string {
  return heading.number === null ? heading.title : `第${heading.number}${LEVEL_NAMES[heading.level]} ${heading.title}`;
}

/**
 * A printed 目录 against the body: each entry must name a heading of the body
 * at the same place (编, 章 in its 编, 节 in its 章) with the same title
 * (blanks aside), and each heading of the body must be listed. Page numbers
 * are not checked.
 */
export const toc: Rule = {
  name: "toc",
  codes: ["toc-mismatch"],
  run(result, report) {
    const visit = (document: GazetteDocument, index: number) => {
      const entries = document.toc;
      if (entries !== undefined && entries.length > 0) {
        const listed = keyed(entries.map((entry) => ({ level: entry.level, number: entry.number, title: normalized(entry.title), position: entry.position })));
        const levels = new Set(listed.map((entry) => entry.level));
        const body = bodyHeadings(document.outline, listed.some((entry) => entry.number === null)).filter((heading) => levels.has(heading.level));
        const inBody = new Map(body.map((heading) => [heading.key, heading]));
        const inToc = new Map(listed.map((entry) => [entry.key, entry]));
        for (const entry of listed) {
          const heading = inBody.get(entry.key);
          if (heading === undefined) {
            report("toc-mismatch", `The 目录 lists 「${label(entry)}」; the body has no such heading`, entry.position, { document: index, actual: "missing", expected: label(entry) });
          } else if (heading.title !== entry.title) {
            report("toc-mismatch", `「${label(heading)}」 is titled 「${entry.title}」 in the 目录`, heading.position, { document: index, actual: heading.title, expected: entry.title });
          }
        }
        for (const heading of body) {
          if (!inToc.has(heading.key)) report("toc-mismatch", `「${label(heading)}」 is not in the 目录`, heading.position, { document: index, actual: label(heading), expected: "an entry in the 目录" });
        }
      }
      for (const attachment of document.attachments ?? []) visit(attachment, index);
    };
    result.documents.forEach((document, index) => visit(document, index));
  },
};
