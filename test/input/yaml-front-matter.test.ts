import { describe, expect, it } from "vitest";
import { blankFrontMatter, readYamlFrontMatter } from "../../src/input/yaml-front-matter.js";
import { parse } from "../../src/parse.js";
import { slice } from "../helpers.js";

const LAW = "# 中华人民共和国某某法\n\n第一条 为了……，制定本法。\n\n第二条 本法自2025年1月1日起施行。\n";

describe("readYamlFrontMatter", () => {
  it("reads key: value lines, quoted values and list items, with positions of the values", () => {
    const source = `---\ntitle: "中华人民共和国某某法"\ndate: 2024-06-28\n# a comment\ntags:\n  - 法律\n  - 示范\n---\n${LAW}`;
    const found = readYamlFrontMatter(source);
    expect(found?.entries.map((entry) => [entry.label, entry.value])).toEqual([
      ["title", "中华人民共和国某某法"],
      ["date", "2024-06-28"],
      ["tags", "法律"],
      ["tags", "示范"],
    ]);
    for (const entry of found?.entries ?? []) expect(slice(source, entry.position)).toBe(entry.value);
    expect(source.slice(found?.end ?? 0).startsWith("\n# 中华人民共和国某某法")).toBe(true);
  });

  it("closes with ... as well as ---", () => {
    expect(readYamlFrontMatter(`---\ntitle: 甲\n...\n${LAW}`)?.entries).toHaveLength(1);
  });

  it.each([
    ["no front matter", LAW],
    ["a thematic break later in the text", `${LAW}\n---\n\ntitle: 甲\n---\n`],
    ["no closing fence", "---\ntitle: 甲\n第一条 ……"],
    ["a line that is not key: value", "---\n为了加强管理，制定本办法。\n---\n"],
    ["a block scalar", "---\nsummary: |\n  甲\n---\n"],
    ["a nested mapping", "---\nsource:\n  url: x\n---\n"],
  ])("reads none from %s", (_, source) => {
    expect(readYamlFrontMatter(source)).toBeNull();
  });

  it("blanks the front matter without moving anything after it", () => {
    const source = `---\ntitle: 甲\n---\n${LAW}`;
    const found = readYamlFrontMatter(source);
    const blanked = blankFrontMatter(source, found as NonNullable<typeof found>);
    expect(blanked.length).toBe(source.length);
    expect(blanked.split("\n").slice(0, 3).every((line) => line.trim() === "")).toBe(true);
    expect(blanked.slice(found?.end)).toBe(source.slice(found?.end));
  });
});

describe("front matter in a Markdown document", () => {
  it("is metadata, never title or body text", () => {
    const source = `---\ntitle: 中华人民共和国某某法\ndate: 2024-06-28\n---\n\n${LAW}`;
    const result = parse(source, { format: "markdown" });
    const document = result.documents[0];
    expect(document?.title).toBe("中华人民共和国某某法");
    expect(document?.date).toBe("2024-06-28");
    expect(document?.metadata?.map((entry) => entry.label)).toEqual(["title", "date"]);
    expect(document?.articles).toHaveLength(2);
    expect(JSON.stringify(document?.outline)).not.toContain("title:");
    expect(result.unclassified).toEqual([]);
  });

  it("reports a date in front matter that does not exist", () => {
    const result = parse(`---\ndate: 2025-02-30\n---\n\n${LAW}`, { format: "markdown" });
    expect(result.diagnostics.map((d) => d.code)).toContain("invalid-date");
  });
});
