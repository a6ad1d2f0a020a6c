import type { Column } from "./columns.js";
import { COLUMNS } from "./columns.js";
import { ENTITIES } from "./rows.js";

export type DatasetFormat = "jsonl" | "csv" | "json";

/** Separator of list cells in CSV. Unit names never contain it; `、` they may (inside brackets). */
export const LIST_SEPARATOR = "|";

type JsonSchema = { $defs: Record<string, { properties?: Record<string, Property> }> };
type Property = { type?: string | string[]; anyOf?: Property[]; pattern?: string; enum?: unknown[]; items?: Property; $ref?: string; description?: string };

function resolve(schema: JsonSchema, property: Property | undefined): Property | undefined {
  if (property?.$ref !== undefined) return resolve(schema, { ...schema.$defs[property.$ref.replace("#/$defs/", "")], description: property.description } as Property);
  if (property?.anyOf !== undefined) return resolve(schema, property.anyOf.find((option) => option.type !== "null"));
  return property;
}

/** The Frictionless field of a column, its type read from the JSON Schema property it comes from. */
function field(schema: JsonSchema, column: Column, format: DatasetFormat): Record<string, unknown> {
  let type: string = column.type ?? "string";
  const out: Record<string, unknown> = { name: column.name };
  if (column.from !== undefined) {
    const [definition = "", property = ""] = column.from.split(".");
    const resolved = resolve(schema, schema.$defs[definition]?.properties?.[property]);
    if (resolved === undefined) throw new Error(`dataset column ${column.name}: no ${column.from} in the JSON Schema`);
    const jsonType = Array.isArray(resolved.type) ? resolved.type.find((t) => t !== "null") : resolved.type;
    if (jsonType === "integer") type = "integer";
    else if (jsonType === "number") type = "number";
    else if (jsonType === "array") type = "array";
    else if (jsonType === "string" && resolved.pattern === "^\\d{4}-\\d{2}-\\d{2}$") type = "date";
    else type = "string";
    if (resolved.enum !== undefined) out.constraints = { enum: resolved.enum };
    if (column.description === undefined && resolved.description !== undefined) out.description = resolved.description;
  }
  if (type === "array" && format === "csv") {
    out.type = "string";
    out.description = `${String(out.description ?? column.description ?? "A list")}; items joined with "${LIST_SEPARATOR}"`;
  } else {
    out.type = type;
  }
  if (column.description !== undefined && out.description === undefined) out.description = column.description;
  return out;
}

/** The Frictionless data package descriptor of a dataset. */
export function descriptor(schema: JsonSchema, format: DatasetFormat, version: string): Record<string, unknown> {
  const extension = format === "jsonl" ? "jsonl" : format;
  return {
    profile: "data-package",
    name: "gongbao-dataset",
    title: "Chinese government gazettes and documents, parsed by gongbao",
    generator: `gongbao ${version}`,
    resources: ENTITIES.map((entity) => ({
      name: entity,
      path: `${entity}.${extension}`,
      profile: "tabular-data-resource",
      format: extension,
      mediatype: format === "csv" ? "text/csv" : format === "jsonl" ? "application/x-ndjson" : "application/json",
      encoding: "utf-8",
      schema: {
        fields: COLUMNS[entity].map((column) => field(schema, column, format)),
        primaryKey: "id",
        ...(COLUMNS[entity].some((column) => column.name === "document_id")
          ? { foreignKeys: [{ fields: "document_id", reference: { resource: "documents", fields: "id" } }] }
          : {}),
      },
    })),
  };
}
