import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decode, replacementRuns } from "../../src/input/decode.js";
import { parse } from "../../src/parse.js";

const TEXT = "洛阳市人民政府公报　第一条（责任单位：市工信局）";

describe("decode", () => {
  it("decodes UTF-8 strictly", () => {
    expect(decode(new TextEncoder().encode(TEXT))).toEqual({ text: TEXT, encoding: "utf-8", bom: false });
  });

  it("drops a UTF-8 byte order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decode(bytes)).toEqual({ text: TEXT, encoding: "utf-8", bom: true });
  });

  it("decodes UTF-16 with a byte order mark", () => {
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode(TEXT, "utf16le")]);
    expect(decode(le)).toMatchObject({ text: TEXT, encoding: "utf-16le" });
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode(TEXT, "utf16be")]);
    expect(decode(be)).toMatchObject({ text: TEXT, encoding: "utf-16be" });
  });

  it("decodes GBK bytes as GB18030", () => {
    const bytes = new Uint8Array(iconv.encode(TEXT, "gbk"));
    expect(decode(bytes)).toEqual({ text: TEXT, encoding: "gb18030", bom: false });
  });

  it("decodes characters outside GBK from GB18030 four-byte sequences", () => {
    const text = "𠀀㐀洛阳";
    expect(decode(new Uint8Array(iconv.encode(text, "gb18030"))).text).toBe(text);
  });

  it("replaces undecodable bytes with U+FFFD", () => {
    const bytes = new Uint8Array([...iconv.encode("洛阳", "gbk"), 0xff, ...iconv.encode("公报", "gbk")]);
    const { text, encoding } = decode(bytes);
    expect(encoding).toBe("gb18030");
    expect(text).toContain("\ufffd");
    expect(replacementRuns(text).length).toBe(1);
  });
});

describe("parse with bytes", () => {
  it("reports undecodable bytes with their position", () => {
    const bytes = new Uint8Array([...iconv.encode("第一条 本规定", "gbk"), 0xff, 0x0a]);
    const result = parse(bytes);
    expect(result.source.encoding).toBe("gb18030");
    const diagnostic = result.diagnostics.find((d) => d.code === "invalid-bytes");
    expect(diagnostic?.position).toEqual({ start: { line: 1, column: 8, offset: 7 }, end: { line: 1, column: 9, offset: 8 } });
  });

  it("gives the same result for a string and its UTF-8 bytes, but for the encoding", () => {
    const text = "关于开展督导工作的通知\n\n各相关单位：\n\n一、总体要求\n\n1.加快建设。（责任单位：市发改委）\n";
    const fromText = parse(text);
    const fromBytes = parse(new TextEncoder().encode(text));
    expect(fromBytes.documents).toEqual(fromText.documents);
    expect(fromBytes.source.sha256).toBe(fromText.source.sha256);
    expect(fromText.source.encoding).toBe("string");
    expect(fromBytes.source.encoding).toBe("utf-8");
  });

  it("accepts an ArrayBuffer", () => {
    const bytes = new TextEncoder().encode("第一条 本规定自公布之日起施行。");
    expect(parse(bytes.buffer.slice(0)).documents).toHaveLength(1);
  });
});
