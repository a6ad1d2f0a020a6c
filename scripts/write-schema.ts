/** Regenerate schema/gongbao.schema.json from the zod schemas. */
import { writeFileSync } from "node:fs";
import { generateJsonSchema } from "../src/schema/json-schema.js";

writeFileSync(new URL("../schema/gongbao.schema.json", import.meta.url), `${JSON.stringify(generateJsonSchema(), null, 2)}\n`);
