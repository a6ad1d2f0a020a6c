import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decode, replacementRuns } from "../../src/input/decode.js";
import { parse } from "../../src/parse.js";
import { SEED_003, readBytes, readText } from "../helpers.js";

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

describe("decoding by evidence", () => {
  const seed = readText(SEED_003);
  const utf8 = new TextEncoder().encode(seed);

  it("reads UTF-8 with one stray byte as damaged UTF-8, not as GB18030", () => {
    const at = utf8.indexOf(0x0a, 5000);
    const damaged = new Uint8Array([...utf8.subarray(0, at), 0xff, ...utf8.subarray(at)]);
    const result = parse(damaged);
    expect(result.source.encoding).toBe("utf-8");
    expect(result.documents).toHaveLength(6);
    expect(result.diagnostics.filter((d) => d.code === "invalid-bytes")).toHaveLength(1);
  });

  it("reads GBK with a few bad bytes as GB18030, never as damaged UTF-8", () => {
    const gbk = new Uint8Array(iconv.encode(seed, "gbk"));
    gbk[1000] = 0xff;
    gbk[2000] = 0xff;
    expect(decode(gbk).encoding).toBe("gb18030");
    expect(parse(gbk).documents).toHaveLength(6);
  });

  it("reads UTF-8 with many bad sequences as GB18030 (not enough evidence for UTF-8)", () => {
    const mixed = new Uint8Array([...new TextEncoder().encode("洛阳"), ...iconv.encode("市人民政府公报第一条本规定", "gbk")]);
    expect(decode(mixed).encoding).toBe("gb18030");
  });

  it.each(["utf16le", "utf16be"] as const)("detects %s without a byte order mark", (name) => {
    const bytes = new Uint8Array(iconv.encode(seed, name));
    const result = parse(bytes);
    expect(result.source.encoding).toBe(name === "utf16le" ? "utf-16le" : "utf-16be");
    expect(result.documents).toHaveLength(6);
    expect(result.diagnostics.some((d) => d.code === "binary-input")).toBe(false);
  });

  it("detects UTF-16 of Han text with no ASCII at all", () => {
    const text = "洛阳市人民政府关于印发洛阳市城中村改造工作实施方案的通知各县区人民政府市人民政府各部门";
    expect(decode(new Uint8Array(iconv.encode(text, "utf16le")))).toEqual({ text, encoding: "utf-16le", bom: false });
  });

  it("keeps GBK that happens to read as UTF-16 characters as GB18030", () => {
    const bytes = readBytes("fixtures/html/luoyang-jiyuan-33-measures.gbk.html");
    expect(decode(bytes).encoding).toBe("gb18030");
  });
});
