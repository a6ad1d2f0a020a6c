import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import { parse } from "../../src/parse.js";
import { readBytes, slice } from "../helpers.js";
import { decode } from "../../src/input/decode.js";

/** A law with a printed 目录 in each front end: with page numbers (text, Markdown) and without (HTML). */
const LAWS = [
  { path: "fixtures/law-toc.txt", kind: "law", articles: 11, chapters: 4, sections: 2, toc: 6, pages: true, history: ["adopted", "amended", "amended"], splits: 3 },
  { path: "fixtures/html/law-toc.html", kind: "regulation", articles: 7, chapters: 4, sections: 0, toc: 4, pages: false, history: ["adopted", "amended"], splits: 1 },
  { path: "fixtures/markdown/law-toc.md", kind: "law", articles: 6, chapters: 3, sections: 2, toc: 5, pages: true, history: ["adopted", "amended", "revised"], splits: 1 },
];

describe.each(LAWS)("$path", (law) => {
  const bytes = readBytes(law.path);
  const result = parse(bytes, { name: law.path });
  const text = decode(bytes).text;
  const document = result.documents[0];

  it("is one document of its kind, its title without the headnote", () => {
    expect(result.documents).toHaveLength(1);
    expect(document?.kind).toBe(law.kind);
    expect(document?.title).not.toMatch(/通过|目录/);
  });

  it("reads the 目录 as toc, never as chapters", () => {
    expect(document?.toc).toHaveLength(law.toc);
    expect(document?.toc?.every((entry) => (entry.page !== null) === law.pages)).toBe(true);
    expect(document?.chapters).toHaveLength(law.chapters);
    expect(document?.sections ?? []).toHaveLength(law.sections);
    for (const entry of document?.toc ?? []) expect(slice(text, entry.position)).toContain(entry.title.slice(0, 1));
  });

  it("finds every article, glued ones included, numbered in order", () => {
    expect(document?.articles?.map((article) => article.number)).toEqual(Array.from({ length: law.articles }, (_, index) => index + 1));
    expect(result.diagnostics.filter((d) => d.code === "split-article")).toHaveLength(law.splits);
  });

  it("reads the history and the effective date", () => {
    expect(document?.history?.map((entry) => entry.action)).toEqual(law.history);
    expect(document?.adoption?.date).toBe(document?.history?.[0]?.date);
    expect(document?.effectiveFrom?.source).toBe("article");
  });

  it("passes check with no error and no warning", () => {
    expect(check(result).filter((d) => d.severity !== "info")).toEqual([]);
    expect(result.unclassified).toEqual([]);
  });
});
