import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import { formatJson } from "../../src/check/format/json.js";
import { parse } from "../../src/parse.js";
import { generateCheckReportJsonSchema, generateJsonSchema } from "../../src/schema/json-schema.js";
import { SCHEMA_VERSION } from "../../src/schema/result.js";

describe("the published JSON Schema", () => {
  const committed = JSON.parse(readFileSync(new URL("../../schema/gongbao.schema.json", import.meta.url), "utf8"));

  it("is what the zod schemas generate (run `npm run schema` after changing them)", () => {
    expect(committed).toEqual(generateJsonSchema());
    const report = JSON.parse(readFileSync(new URL("../../schema/check-report.schema.json", import.meta.url), "utf8"));
    expect(report).toEqual(generateCheckReportJsonSchema());
  });

  it("is JSON Schema 2020-12 with a versioned result", () => {
    expect(committed.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    const version = committed.$defs.GongbaoResult.properties.schemaVersion;
    expect(new RegExp(version.pattern).test(SCHEMA_VERSION)).toBe(true);
    expect(committed.$id).toBe(`https://unpkg.com/gongbao@${SCHEMA_VERSION.split(".")[0]}/schema/gongbao.schema.json`);
    expect((generateJsonSchema({ strict: true }) as typeof committed).$defs.GongbaoResult.properties.schemaVersion.const).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("names the contract's fields", () => {
    const defs = committed.$defs;
    expect(Object.keys(defs.GongbaoResult.properties)).toEqual(["schemaVersion", "source", "issue", "contents", "documents", "furniture", "unclassified", "diagnostics"]);
    for (const field of ["title", "kind", "category", "docNumber", "date", "issuer", "recipients", "decree", "attachments", "outline", "position"]) {
      expect(defs.Document.properties).toHaveProperty(field);
    }
    for (const field of ["marker", "text", "children", "position"]) expect(defs.OutlineNode.properties).toHaveProperty(field);
    expect(defs.Decree.required).toEqual(["authority", "number", "adoptedOn", "meeting", "effectiveFrom", "signatory", "signedOn"]);
  });
});

describe("the compatibility policy", () => {
  const published = new Ajv2020({ strict: false }).compile(generateJsonSchema());
  const exact = new Ajv2020({ strict: false }).compile(generateJsonSchema({ strict: true }));
  const result = parse(readFileSync(new URL("../../seeds/luoyang-jiyuan-33-measures.txt", import.meta.url)));

  it("an output of a later minor version, with fields this release does not know, validates against the published schema", () => {
    expect(published(result)).toBe(true);
    const newer = structuredClone(result) as unknown as Record<string, unknown> & { documents: Array<Record<string, unknown> & { outline: Array<{ position: { start: Record<string, unknown> } }> }> };
    newer.schemaVersion = "1.99.0";
    newer.addedLater = { any: "thing" };
    (newer.documents[0] as Record<string, unknown>).addedLater = 1;
    (newer.documents[0]?.outline[0]?.position.start as Record<string, unknown>).page = 3;
    expect(published(newer), JSON.stringify(published.errors)).toBe(true);
    // This release's exact schema closes every object: the test suite uses it to catch undeclared fields.
    expect(exact(newer)).toBe(false);
    expect(exact(result)).toBe(true);
  });

  it("an output of another major version, or a malformed version, does not validate", () => {
    for (const version of ["2.0.0", "0.9.0", "1.x.0", "1.01.0", ""]) {
      expect(published({ ...result, schemaVersion: version }), version).toBe(false);
    }
  });

  it("a document of kind decree must carry decree, in the JSON Schema as in the type", () => {
    const decree = { ...structuredClone(result.documents[0]), kind: "decree" } as Record<string, unknown>;
    delete decree.decree;
    expect(published({ ...result, documents: [decree] })).toBe(false);
  });

  it("check's JSON report validates against its schema", () => {
    const report = new Ajv2020({ strict: false }).compile(generateCheckReportJsonSchema({ strict: true }));
    const json = JSON.parse(formatJson([{ file: "a.txt", text: "", diagnostics: check(result), counts: { error: 0, warning: 0, info: 1 } }]));
    expect(report(json), JSON.stringify(report.errors)).toBe(true);
    expect(json.schemaVersion).toBe(SCHEMA_VERSION);
  });
});
