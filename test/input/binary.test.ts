import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { SIGNATURES, sniffBinary } from "../../src/input/binary.js";
import { parse } from "../../src/parse.js";

const ascii = (text: string) => new TextEncoder().encode(text);
const join = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((part) => [...part]));
const TEXT = ascii("关于印发某某实施方案的通知\n\n各县区人民政府：\n\n一、总体要求\n\n（一）加快建设。\n".repeat(4));

describe("sniffBinary", () => {
  it.each([
    ["%PDF-1.7\n", "a PDF document"],
    ["PK\u0003\u0004", "a ZIP archive (DOCX, XLSX, OFD, …)"],
    ["GIF89a", "a GIF image"],
    ["{\\rtf1\\ansi", "an RTF document"],
  ])("recognizes %j by its signature", (start, name) => {
    expect(sniffBinary(join(ascii(start), TEXT), false)).toBe(name);
  });

  it("recognizes every signature in its table", () => {
    for (const signature of SIGNATURES) {
      const bytes = new Uint8Array(64);
      bytes.set(signature.bytes, signature.offset ?? 0);
      expect(sniffBinary(bytes, true)).toBe(signature.name);
    }
  });

  it("takes input heavy in control bytes for binary data", () => {
    const bytes = new Uint8Array(4096).map((_, index) => (index % 3 === 0 ? 0 : 0x41 + (index % 26)));
    expect(sniffBinary(bytes, false)).toBe("binary data");
  });

  it("reads text with tabs, carriage returns, form feeds and a few stray control bytes as text", () => {
    const text = join(ascii("序号\t网点\t地址\r\n\f"), TEXT, new Uint8Array([0x01, 0x02]), TEXT);
    expect(sniffBinary(text, false)).toBeNull();
  });

  it("does not take UTF-16 text for binary because of its NUL bytes", () => {
    const bytes = new Uint8Array(iconv.encode("Article 1. The rules apply. ".repeat(20), "utf16le"));
    expect(sniffBinary(bytes, false)).toBe("binary data");
    expect(sniffBinary(bytes, true)).toBeNull();
  });

  it("reads a short input as text whatever it holds", () => {
    expect(sniffBinary(new Uint8Array([0, 1, 2, 3]), false)).toBeNull();
  });
});

describe("parse of a binary file", () => {
  it("gives no documents and a binary-input error naming what it looks like", () => {
    const pdf = join(ascii("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), new Uint8Array(200).fill(0x80));
    const result = parse(pdf, { name: "issue.txt" });
    expect(result.documents).toEqual([]);
    expect(result.source).toMatchObject({ encoding: "undecoded", length: 0, bytes: pdf.length, name: "issue.txt" });
    expect(result.diagnostics).toMatchObject([{ code: "binary-input", severity: "error", actual: "a PDF document" }]);
  });

  it("parses text that merely mentions %PDF as text", () => {
    const result = parse(join(ascii("说明：%PDF-1.7 为文件头。\n"), TEXT));
    expect(result.diagnostics.some((d) => d.code === "binary-input")).toBe(false);
  });
});
