import { z } from "zod";
import { resultSchema } from "./result.js";

/** The JSON Schema (2020-12) of a parse result, generated from the zod schemas. */
export function generateJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(resultSchema, { target: "draft-2020-12", io: "output" }) as Record<string, unknown>;
  return { ...schema, $id: "https://unpkg.com/gongbao/schema/gongbao.schema.json" };
}
