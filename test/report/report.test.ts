import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import { parse } from "../../src/parse.js";
import { renderDatasetIndex } from "../../src/report/dataset-index.js";
import { checkedScriptJson, escapeAttribute, escapeText, scriptJson } from "../../src/report/escape.js";
import { collectObjects } from "../../src/report/objects.js";
import { renderOutlineTree } from "../../src/report/outline-tree.js";
import { renderReport } from "../../src/report/page.js";
import { countResult, statedCounts } from "../../src/report/summary.js";
import { renderTextView } from "../../src/report/text-view.js";
import { SEED_000, SEED_003, readText } from "../helpers.js";

/** The text a chunk shows: tags taken out, entities read back; diagnostic notes and badges left out. */
function shownLines(html: string): string[] {
  const lines: string[] = [];
  const pattern = /<div class(?:=l|="l[^"]*")[^>]*>(.*?)<\/div>|<div class="dn[^>]*>.*?<\/div>/g;
  for (const match of html.matchAll(pattern)) {
    if (match[1] === undefined) continue;
    const text = match[1].replace(/<b class="bg[^>]*>.*?<\/b>/g, "").replace(/<[^>]+>/g, "");
    const plain = text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    if (/class="l[^"]* c"/.test(match[0])) lines[lines.length - 1] += plain;
    else lines.push(plain);
  }
  return lines;
}

describe("escaping", () => {
  const TEXT: Array<[string, string]> = [
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["A&B", "A&amp;B"],
    ["&amp;", "&amp;amp;"],
    // Near miss: quotes are text in element content.
    [`"引号"'`, `"引号"'`],
    ["洛政〔2025〕7号", "洛政〔2025〕7号"],
  ];
  it.each(TEXT)("text %s", (input, output) => expect(escapeText(input)).toBe(output));

  const ATTRIBUTE: Array<[string, string]> = [
    [`" onmouseover="x`, "&quot; onmouseover=&quot;x"],
    ["it's", "it&#39;s"],
    ["<a>&", "&lt;a&gt;&amp;"],
    ["关于印发方案的通知", "关于印发方案的通知"],
  ];
  it.each(ATTRIBUTE)("attribute %s", (input, output) => expect(escapeAttribute(input)).toBe(output));

  it("JSON in a script block can neither close it nor open a comment, and parses back", () => {
    const value = { a: "</script><script>alert(1)</script>", b: "<!--", c: "\u2028\u2029", d: "<b>不变</b>" };
    const json = scriptJson(value);
    expect(json).not.toMatch(/<\/|<!/);
    expect(json).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it("JSON without < is returned as JSON.stringify gives it", () => {
    expect(scriptJson({ a: "任务", b: [1, 2] })).toBe(JSON.stringify({ a: "任务", b: [1, 2] }));
  });
});

describe("text view", () => {
  it("shows every line of seed 003 exactly once, as printed", () => {
    const text = readText(SEED_003);
    const result = parse(text, { name: "luoyang-gazette-2025-02.txt" });
    const view = renderTextView(text, collectObjects(result, check(result)), []);
    const shown = view.chunks.flatMap((chunk) => shownLines(chunk.html));
    expect(shown).toEqual(text.split(/\r\n|\n|\r/));
    expect(view.lines).toBe(shown.length);
    // Chunks cover the lines in order, without gaps.
    view.chunks.forEach((chunk, index) => expect(chunk.from).toBe(index === 0 ? 1 : (view.chunks[index - 1]?.to as number) + 1));
  });

  it("marks overlapping objects with flat spans that name every object", () => {
    const text = "牵头单位：市发改委、市财政局";
    const unit = (from: number, to: number) => ({ start: { line: 1, column: from + 1, offset: from }, end: { line: 1, column: to + 1, offset: to } });
    const view = renderTextView(
      text,
      [
        { type: "unit", label: "市发改委", data: {}, places: [unit(5, 9)] },
        { type: "diagnostic", label: "x", role: "error", data: { code: "x", severity: "error", message: "m" }, places: [unit(7, 12)] },
      ],
      [],
    );
    const html = view.chunks[0]?.html ?? "";
    expect(html).toContain(`<span class="m u" data-o=0>市发</span><span class="m u d-error" data-o="0 1">改委</span><span class="m d-error" data-o=1>、市财</span>`);
    expect(html).toContain(`<div class="dn dn-error" data-o=1>`);
  });

  it("marks one character for a diagnostic at a point, and the last one at the end of a line", () => {
    const point = (offset: number) => ({ start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: offset + 1, offset } });
    const at = (offset: number) => renderTextView("第一条", [{ type: "diagnostic", label: "x", role: "warning", data: { code: "x", severity: "warning", message: "m" }, places: [point(offset)] }], []).chunks[0]?.html;
    expect(at(0)).toContain(`<span class="m d-warning" data-o=0>第</span>一条`);
    expect(at(3)).toContain(`第一<span class="m d-warning" data-o=0>条</span>`);
  });

  it("gives a block object a badge on its first line and its class on every line it covers", () => {
    const text = "1.任务一\n牵头单位：甲\n其他";
    const html = renderTextView(text, [{ type: "task", label: "任务 1", data: {}, places: [{ start: { line: 1, column: 1, offset: 0 }, end: { line: 2, column: 7, offset: 12 } }] }], []).chunks[0]?.html;
    expect(html).toBe(`<div class="l b-task" data-b=0><b class="bg bg-task" data-o=0>任务 1</b>1.任务一</div><div class="l b-task" data-b=0>牵头单位：甲</div><div class=l>其他</div>`);
  });

  it("greys furniture and flags unclassified lines", () => {
    const html = renderTextView("页眉\n正文\n???", [], [
      { line: 1, className: "fu", title: "running-header" },
      { line: 3, className: "un", title: "unclassified" },
    ]).chunks[0]?.html;
    expect(html).toBe(`<div class="l fu" title="running-header">页眉</div><div class=l>正文</div><div class="l un" title="unclassified">???</div>`);
  });

  it("cuts a long line into rows, never inside a surrogate pair, and a huge line into several chunks", () => {
    const text = `${"字".repeat(1999)}𠀀${"字".repeat(100_000)}`;
    const view = renderTextView(text, [], []);
    expect(view.lines).toBe(1);
    const html = view.chunks.map((chunk) => chunk.html).join("");
    expect(html.startsWith(`<div class=l>${"字".repeat(1999)}𠀀</div><div class="l c">`)).toBe(true);
    expect(shownLines(html)).toEqual([text]);
  });

  it("grows linearly: the page of seed 003 repeated four times is four times the size", () => {
    const seed = readText(SEED_003);
    const size = (copies: number) => {
      const text = Array.from({ length: copies }, () => seed).join("\n");
      const result = parse(text, { name: "x.txt" });
      return renderReport({ result, text, diagnostics: check(result), file: "x.txt", version: "test" }).parts.reduce((sum, part) => sum + part.length, 0);
    };
    const ratio = size(4) / size(1);
    expect(ratio).toBeGreaterThan(3.5);
    expect(ratio).toBeLessThan(4.3);
  });
});

describe("outline tree", () => {
  it("links each contents entry to its document's first line and lists every document", () => {
    const result = parse(readText(SEED_003), { name: "luoyang-gazette-2025-02.txt" });
    const html = renderOutlineTree(result);
    for (const entry of result.contents) {
      const document = result.documents[entry.document as number];
      expect(html).toContain(`href="#L${document?.position.start.line}" data-l="${document?.position.start.line}" style="--d:0" data-doc="${entry.document}"`);
    }
    expect(html.match(/class="go doc[ "]/g)?.length).toBe(7);
    expect(html).toContain("一、全方位扩大内需");
  });

  it("shows an entry without a document as unlinked", () => {
    const result = parse(readText(SEED_003), { name: "x.txt" });
    const first = result.contents[0];
    if (first === undefined) throw new Error("no contents");
    first.document = null;
    expect(renderOutlineTree(result)).toContain(`<span class="ce unlinked"`);
  });

  it("indents a heading by its depth, documents and attachments as sections", () => {
    const result = parse(readText(SEED_003), { name: "x.txt" });
    const html = renderOutlineTree(result);
    expect(html).toMatch(/class="go doc att"[^>]*style="--d:1"/);
    expect(html).toMatch(/style="--d:2"[^>]*>\(一\) ?用足用好政策机遇/);
  });
});

describe("summary", () => {
  it("counts what seed 003 holds and its stated counts against what was found", () => {
    const result = parse(readText(SEED_003), { name: "x.txt" });
    const counts = countResult(result, check(result));
    expect(counts).toMatchObject({ documents: 6, tasks: 147, articles: 54, outlets: 8, unclassified: 0, errors: 0 });
    expect(statedCounts(result).map((row) => [row.what, row.stated, row.found])).toEqual([
      ["sections", 9, 9],
      ["subsections", 39, 39],
      ["tasks", 147, 147],
    ]);
  });

  it("counts the measures of seed 000", () => {
    const result = parse(readText(SEED_000), { name: "x.txt" });
    expect(countResult(result, check(result)).measures).toBe(33);
  });
});

describe("dataset index", () => {
  const counts = (errors: number, warnings: number) => ({ documents: 1, attachments: 0, tasks: 0, measures: 0, articles: 0, outlets: 0, tables: 0, units: 0, furniture: 0, unclassified: 0, errors, warnings, infos: 0 });
  it("puts files with errors first, then warnings, then by name", () => {
    const html = renderDatasetIndex(
      [
        { file: "a.txt", href: "report/a.txt.html", counts: counts(0, 0) },
        { file: "b.txt", href: "report/b.txt.html", counts: counts(0, 2) },
        { file: "c.txt", href: "report/c.txt.html", counts: counts(3, 0) },
        { file: "d.txt", problem: "not a regular file (a FIFO)" },
      ],
      "test",
    );
    const order = [...html.matchAll(/<tr class="\w+"><td data-v="([^"]+)"/g)].map((match) => match[1]);
    expect(order).toEqual(["c.txt", "d.txt", "b.txt", "a.txt"]);
    expect(html).toContain("4 files, 3 errors, 2 warnings");
  });

  it("escapes file names in links and sort keys", () => {
    const html = renderDatasetIndex([{ file: `x"><script>alert(1)</script>.txt`, href: `report/${encodeURIComponent(`x"><script>`)}.html`, counts: counts(0, 0), title: "<b>标题</b>" }], "test");
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<b>标题");
    expect(html).toContain(`data-v="x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;.txt"`);
  });
});

describe("the panel data's JSON", () => {
  const json = (html: string) => html.slice(html.indexOf('id="gb-objects">') + 16, html.indexOf("</script>", html.indexOf('id="gb-objects">')));
  const page = (text: string) => {
    const result = parse(text);
    return renderReport({ result, text, diagnostics: check(result), file: "a.txt", version: "v" }).parts.join("");
  };

  it("is JSON.stringify's output, unscanned, when no string of it holds <, U+2028 or U+2029", () => {
    const panel = JSON.parse(json(page("第一条 本规定自公布之日起施行。\n")));
    expect(panel.some((entry: { t: string }) => entry.t === "article")).toBe(true);
    expect(checkedScriptJson({ a: "任务" }, false)).toBe(JSON.stringify({ a: "任务" }));
  });

  it("is escaped when an object's text holds them, and parses back to that text", () => {
    const html = page("第一条 本规定</script><script>alert(1)</script><!--自\u2028公布之日起施行。\n");
    const block = json(html);
    expect(block).not.toMatch(/<\/|<!|[\u2028\u2029]/);
    const article = JSON.parse(block).find((entry: { t: string }) => entry.t === "article");
    // Whole, to its last character: the block was not ended by the text's own </script>.
    expect(article.d.text).toBe("本规定</script><script>alert(1)</script><!--自\u2028公布之日起施行。");
  });
});
