import { z } from "zod";
import { checkReportSchema } from "./check-report.js";
import { SCHEMA_VERSION, resultSchema } from "./result.js";

/** The major version of the contract: one published schema per major. */
export const SCHEMA_MAJOR = Number(SCHEMA_VERSION.split(".")[0]);

export interface JsonSchemaOptions {
  /**
   * The exact schema of this release: every object closed
   * (`additionalProperties: false`) and `schemaVersion` this version only.
   * By default the published schema of the major version: objects open to
   * fields added by later minor versions, any `schemaVersion` of the major.
   */
  strict?: boolean;
  /**
   * `"offsets"`: the schema of output with positions written as offsets only
   * (`--positions offsets`, `withOffsets`): every `Position` is an
   * `OffsetSpan` (`[start, end]`, or `[start, end, startPage, endPage]` for a
   * PDF) and `source.positions` is `"offsets"`. Published as
   * `schema/gongbao-offsets.schema.json`. Default `"full"`.
   */
  positions?: "full" | "offsets";
}

/** JSON values, as the generated schema holds them. */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Open every object (drop `additionalProperties: false`), leaving other uses of the keyword alone. */
function open(node: Json): Json {
  if (Array.isArray(node)) return node.map(open);
  if (node === null || typeof node !== "object") return node;
  const copy: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "additionalProperties" && value === false) continue;
    copy[key] = open(value);
  }
  return copy;
}

/**
 * Generate a JSON Schema (2020-12) from a zod schema with the compatibility
 * policy applied: `$id` per major version, open objects unless strict.
 */
function publish(schema: z.ZodType, name: string, versionField: { at: string[] } | null, options: JsonSchemaOptions): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { target: "draft-2020-12", io: "output" }) as { [key: string]: Json };
  const result = (options.strict ? generated : open(generated)) as { [key: string]: Json };
  if (versionField !== null) {
    let node: Json = result;
    for (const key of versionField.at) node = (node as { [key: string]: Json })[key] as Json;
    const field = node as { [key: string]: Json };
    if (options.strict) {
      delete field.pattern;
      field.const = SCHEMA_VERSION;
    }
  }
  return { ...result, $id: `https://unpkg.com/gongbao@${SCHEMA_MAJOR}/schema/${name}` };
}

/**
 * The JSON Schema (2020-12) of a parse result, generated from the zod
 * schemas. The published schema (the default, `schema/gongbao.schema.json`)
 * accepts every output of its major version: objects are open and
 * `schemaVersion` is any `1.x.y`, so a consumer validating with it keeps
 * accepting output of later minor versions, which only add fields.
 */
export function generateJsonSchema(options: JsonSchemaOptions = {}): Record<string, unknown> {
  const offsets = options.positions === "offsets";
  const schema = publish(resultSchema, offsets ? "gongbao-offsets.schema.json" : "gongbao.schema.json", { at: ["$defs", "GongbaoResult", "properties", "schemaVersion"] }, options);
  return offsets ? offsetsSchema(schema) : schema;
}

const OFFSET = { type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER };
const PAGE = { type: "integer", minimum: 1, maximum: Number.MAX_SAFE_INTEGER };

/**
 * The schema of a result with positions as offsets: `Position` becomes an
 * `OffsetSpan` (its `Point` goes), and `source.positions` is required to be
 * `"offsets"`, so output of one shape never validates against the other's schema.
 */
function offsetsSchema(schema: Record<string, unknown>): Record<string, unknown> {
  const defs = schema.$defs as Record<string, { properties: Record<string, unknown>; required: string[] } | unknown>;
  delete defs.Point;
  defs.Position = {
    description: "Span of source text as offsets into the decoded text (UTF-16 code units, end exclusive): [start, end], or for a PDF input [start, end, startPage, endPage]",
    anyOf: [
      { type: "array", prefixItems: [OFFSET, OFFSET], minItems: 2, maxItems: 2 },
      { type: "array", prefixItems: [OFFSET, OFFSET, PAGE, PAGE], minItems: 4, maxItems: 4 },
    ],
  };
  const source = defs.Source as { properties: Record<string, unknown>; required: string[] };
  source.properties.positions = { const: "offsets", description: "Positions are written as offsets only (--positions offsets)" };
  source.required = [...source.required, "positions"];
  return schema;
}

/** The JSON Schema (2020-12) of `check --to json` (see `CheckReport`), under the same policy. */
export function generateCheckReportJsonSchema(options: JsonSchemaOptions = {}): Record<string, unknown> {
  return publish(checkReportSchema, "check-report.schema.json", { at: ["$defs", "CheckReport", "properties", "schemaVersion"] }, options);
}
