import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
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
