import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../src/diagnostics.js";
import { MAX_MARKDOWN_DEPTH, markdownBlocks, readMarkdown } from "../../src/input/markdown.js";
import { readText } from "../helpers.js";

const texts = (source: string) => markdownBlocks(source).map((block) => source.slice(block.start, block.end));
const lines = (source: string) => readMarkdown(source).map((line) => line.text);

describe("markdownBlocks", () => {
  it("covers the source exactly, in order, with no gaps", () => {
    const source = readText("fixtures/markdown/henan-decree-232.md");
    const blocks = markdownBlocks(source);
    expect(blocks[0]?.start).toBe(0);
    expect(blocks[blocks.length - 1]?.end).toBe(source.length);
    for (let index = 1; index < blocks.length; index++) expect(blocks[index]?.start).toBe(blocks[index - 1]?.end);
    expect(blocks.length).toBeGreaterThan(30);
  });

  it("cuts at blank lines before the margin, list items and quote lines", () => {
    expect(texts("一\n\n二\n")).toEqual(["一\n\n", "二\n"]);
    expect(texts("- a\n- b\n  - c\n")).toEqual(["- a\n", "- b\n", "  - c\n"]);
    expect(texts("> a\n> b\n")).toEqual(["> a\n", "> b\n"]);
  });

  it("does not cut before indented continuations, inside fences or inside multi-line HTML", () => {
    expect(texts("- a\n\n  continued\n")).toEqual(["- a\n\n  continued\n"]);
    expect(texts("```\ncode\n\n- not a list\n```\nafter\n")).toEqual(["```\ncode\n\n- not a list\n```\nafter\n"]);
    expect(texts("<!-- one\n\n- two -->\n")).toEqual(["<!-- one\n\n- two -->\n"]);
    // A <pre> block runs to its own end tag, not to the first end tag inside it.
    expect(texts("<PRE>\n<b>x</b>\n\n- y\n</Pre>\nafter\n")).toEqual(["<PRE>\n<b>x</b>\n\n- y\n</Pre>\nafter\n"]);
    expect(texts("<div>\n- inside\n</div>\n\nafter\n")).toEqual(["<div>\n- inside\n</div>\n\n", "after\n"]);
  });

  it("handles CRLF and a last line without a newline", () => {
    expect(texts("一\r\n\r\n二")).toEqual(["一\r\n\r\n", "二"]);
    expect(texts("")).toEqual([""]);
  });

  it("marks a block nested too deep or with too many delimiters", () => {
    const deep = `${">".repeat(MAX_MARKDOWN_DEPTH + 1)} 深\n`;
    expect(markdownBlocks(deep)[0]?.tooComplex?.reason).toBe("depth");
    expect(markdownBlocks(`${">".repeat(10)} 浅\n`)[0]?.tooComplex).toBeUndefined();
    expect(markdownBlocks(`${"*a ".repeat(300)}\n`)[0]?.tooComplex?.reason).toBe("delimiters");
    // A form line of underscores is one run, not hundreds of delimiters.
    expect(markdownBlocks(`姓名：${"_".repeat(2000)}\n`)[0]?.tooComplex).toBeUndefined();
  });
});

describe("readMarkdown block by block", () => {
  it("gives the same lines as one tree would for lists, quotes and nested lists", () => {
    expect(lines("1. 第一项\n2. 第二项\n   - 子项\n\n> 引文\n> 续行\n")).toEqual(["1. 第一项", "2. 第二项", "子项", "引文", "续行"]);
  });

  it("reads a block too deep to parse as plain text, with a positioned warning", () => {
    const sink = new DiagnosticSink();
    const source = `一、总则\n\n${">".repeat(40)} 深层\n`;
    const result = readMarkdown(source, sink);
    expect(result.map((line) => line.text)).toEqual(["一、总则", `${">".repeat(40)} 深层`]);
    expect(sink.list.map((diagnostic) => [diagnostic.code, diagnostic.position?.start.line])).toEqual([["markdown-read-as-text", 3]]);
  });

  it("drops the code inside raw <script> and <style>", () => {
    expect(lines("<div><script>var x = 1;</script>正文<style>p{}</style></div>\n").join("|")).toBe("正文");
  });

  it("locates each line of a paragraph on its own source line, past entities and indentation", () => {
    // Found by the property run: an entity on one line shifted the next line's positions.
    for (const source of ["一、\n&nbsp;。 \r\n。", "- 一项\n  继续行\n", "段落 &amp; 文字\n   第二行 \\* 星\n第三行"]) {
      for (const line of readMarkdown(source)) {
        const first = line.locate?.(line.start).offset ?? -1;
        const last = line.locate?.(line.end - 1).offset ?? -1;
        expect(last).toBeLessThan(source.length);
        expect(source[first]).toBe(line.text[0] === "&" || line.text[0] === "\u00a0" ? "&" : line.text[0]);
        expect(source[last]).toBe(line.text[line.text.length - 1]);
      }
    }
  });

  it("points an inline code span past its backticks", () => {
    const source = "前 `代码` 后\n";
    const [line] = readMarkdown(source);
    expect(line?.text).toBe("前 代码 后");
    const at = line?.text.indexOf("代码") ?? -1;
    expect(source.slice(line?.locate?.(line.start + at).offset)).toMatch(/^代码/);
  });
});

describe("readMarkdown hands neighbouring simple blocks to remark together", () => {
  /** Every line's text sliced back out of the source through its points, blanks squeezed as the assembler squeezes them. */
  const sliceBack = (source: string) =>
    readMarkdown(source).map((line) => {
      const start = line.locate?.(line.start).offset ?? -1;
      const end = line.locateEnd?.(line.end).offset ?? -1;
      return source.slice(start, end);
    });

  it("gives every paragraph of a long document its line and its place, across batches", () => {
    const paragraphs = Array.from({ length: 3000 }, (_, index) => `第${index + 1}段，说明有关工作的具体安排和要求。`);
    const source = paragraphs.join("\n\n");
    expect(source.length).toBeGreaterThan(3 * 16_384);
    expect(lines(source)).toEqual(paragraphs);
    expect(sliceBack(source)).toEqual(paragraphs);
  });

  it("keeps a link reference unresolved across blocks, as each block alone reads it", () => {
    // The definition is in a block of its own; a reference elsewhere keeps its brackets, batched or not.
    const source = "第一条 见[附件][1]。\n\n第二条 内容。\n\n[1]: http://example.com\n\n第三条 另见[附件][1]。\n";
    expect(lines(source)).toEqual(["第一条 见[附件][1]。", "第二条 内容。", "第三条 另见[附件][1]。"]);
  });

  it("reads a pipe table between paragraphs as a table, and the paragraphs around it in order", () => {
    const source = "一、总则\n\n说明。\n\n| 序号 | 名称 |\n| --- | --- |\n| 1 | 甲 |\n\n二、附则\n\n结尾。\n";
    const read = readMarkdown(source);
    expect(read.map((line) => line.text)).toEqual(["一、总则", "说明。", "序号\t名称", "1\t甲", "二、附则", "结尾。"]);
    expect(read.filter((line) => line.table !== undefined).map((line) => line.table?.row)).toEqual([0, 1]);
  });

  it("parses nested lists alone and flat ones together, to the same lines", () => {
    const source = "前言。\n\n- 一项\n- 二项\n  - 子项\n    - 孙项\n- 三项\n\n后记。\n";
    expect(lines(source)).toEqual(["前言。", "一项", "二项", "子项", "孙项", "三项", "后记。"]);
    expect(sliceBack(source)).toEqual(["前言。", "一项", "二项", "子项", "孙项", "三项", "后记。"]);
  });
});
