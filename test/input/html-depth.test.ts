import { describe, expect, it } from "vitest";
import { flattenDeepNesting } from "../../src/input/html-depth.js";
import { parse } from "../../src/parse.js";

const flat = (source: string, limit: number) => flattenDeepNesting(source, limit).text;

describe("flattenDeepNesting", () => {
  it("leaves a page within the limit untouched (the same string)", () => {
    const page = "<html><body><div><p>一<p>二<br><img src=x></div></body></html>";
    const result = flattenDeepNesting(page, 3);
    expect(result.text).toBe(page);
    expect(result.firstOffset).toBeNull();
  });

  it("blanks the tags past the limit and their end tags, keeping length and line breaks", () => {
    const page = "<div><div><div\nclass=x>深</div></div></div>";
    const result = flattenDeepNesting(page, 2);
    expect(result.text).toBe("<div><div>    \n        深      </div></div>");
    expect(result.text.length).toBe(page.length);
    expect(result.firstOffset).toBe(10);
  });

  it("does not count void elements, optional end tags, self-closing tags, comments or raw text", () => {
    const page = "<div><p>一<li>二<br/><img><x/><!-- <div><div> --><script>if (a<b) '<div><div>'</script><style></div></style><div>深</div></div>";
    expect(flat(page, 2)).toBe(page);
    expect(flat(page, 1)).toBe(page.replace("<div>深</div>", "     深      "));
  });

  it("reads a quoted > inside an attribute as part of the tag", () => {
    expect(flat('<div><div title="a>b">深</div></div>', 1)).toBe(`<div>${" ".repeat(17)}深      </div>`);
  });

  it("keeps the text of flattened elements, at their positions, with a warning", () => {
    const page = `<html><body>${"<div>".repeat(2000)}<p>一、总则</p>${"</div>".repeat(2000)}</body></html>`;
    const result = parse(page, { format: "html" });
    const node = result.documents[0]?.outline[0];
    expect(node?.text).toBe("一、总则");
    expect(page.slice(node?.position.start.offset, node?.position.end.offset)).toBe("一、总则");
    expect(result.diagnostics.find((diagnostic) => diagnostic.code === "html-too-deep")?.position?.start.offset).toBe(12 + 512 * 5);
  });
});
