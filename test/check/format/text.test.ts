import { describe, expect, it } from "vitest";
import { WINDOW_CELLS, formatText, sourceWindow, width } from "../../../src/check/format/text.js";
import type { Diagnostic } from "../../../src/diagnostics.js";

function diagnostic(line: number, column: number, endColumn: number): Diagnostic {
  return {
    code: "numbering-gap",
    severity: "error",
    message: "gap",
    position: { start: { line, column, offset: 0 }, end: { line, column: endColumn, offset: 0 } },
  };
}

function shown(text: string, d: Diagnostic): string[] {
  return formatText([{ file: "f.txt", text, diagnostics: [d], counts: { error: 1, warning: 0, info: 0 } }], false).split("\n").slice(1, 3);
}

describe("check's text output shows a window of a long line", () => {
  it("a short line is shown whole, with the caret under the spot in terminal cells (CJK characters are two)", () => {
    const [line, caret] = shown("一、总则\n三、附则\n", diagnostic(2, 1, 3));
    expect(line).toBe("  三、附则");
    expect(caret).toBe("  ^^^^");
  });

  it("a 2,800-character minified line gives a window of at most WINDOW_CELLS cells around the spot", () => {
    const text = `${"<td>甲</td>".repeat(200)}<p>三、附则</p>${"<td>乙</td>".repeat(200)}`;
    const column = text.indexOf("三、") + 1;
    const [line, caret] = shown(text, diagnostic(1, column, column + 2));
    expect(text.length).toBeGreaterThan(2800);
    expect(width((line as string).slice(2))).toBeLessThanOrEqual(WINDOW_CELLS);
    expect(line).toMatch(/^ {2}…/);
    expect(line).toMatch(/…$/);
    const pad = (caret as string).indexOf("^");
    // The caret sits under 三、 : the text left of it is as wide as the padding.
    const left = (line as string).slice(0, (line as string).indexOf("三、"));
    expect(width(left)).toBe(pad);
    expect((caret as string).trim()).toBe("^^^^");
  });

  it("a spot at the very start or the very end of a long line", () => {
    const long = "字".repeat(500);
    const start = sourceWindow("", "字", long.slice(1));
    expect(start.line.startsWith("字")).toBe(true);
    expect(start.line.endsWith("…")).toBe(true);
    expect(start.pad).toBe(0);
    expect(width(start.line)).toBeLessThanOrEqual(WINDOW_CELLS);
    const end = sourceWindow(long.slice(0, -1), "字", "");
    expect(end.line.startsWith("…")).toBe(true);
    expect(end.line.endsWith("字")).toBe(true);
    expect(width(end.line)).toBeLessThanOrEqual(WINDOW_CELLS);
    expect(end.pad).toBe(width(end.line) - 2);
  });

  it("a marked span longer than the window is cut, and the caret row never outgrows it", () => {
    const window = sourceWindow("前", "x".repeat(1000), "后");
    expect(width(window.line)).toBeLessThanOrEqual(WINDOW_CELLS);
    expect(window.pad + window.caret).toBeLessThanOrEqual(WINDOW_CELLS);
    expect(window.line.endsWith("…")).toBe(true);
  });

  it("tabs and control characters take one cell each, so the caret stays aligned", () => {
    const [line, caret] = shown("\t\u0001三、附则\n", diagnostic(1, 3, 5));
    expect(line).toBe("    三、附则");
    expect(caret).toBe("    ^^^^");
  });

  it("characters outside the BMP are never split", () => {
    const text = "𠀀".repeat(300);
    const window = sourceWindow(text.slice(0, 300), text.slice(300, 302), text.slice(302));
    expect(window.line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
