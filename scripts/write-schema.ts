/** Regenerate the published JSON Schemas (schema/*.schema.json) from the zod schemas. */
import { writeFileSync } from "node:fs";
import { generateCheckReportJsonSchema, generateJsonSchema } from "../src/schema/json-schema.js";

writeFileSync(new URL("../schema/gongbao.schema.json", import.meta.url), `${JSON.stringify(generateJsonSchema(), null, 2)}\n`);
writeFileSync(new URL("../schema/gongbao-offsets.schema.json", import.meta.url), `${JSON.stringify(generateJsonSchema({ positions: "offsets" }), null, 2)}\n`);
writeFileSync(new URL("../schema/check-report.schema.json", import.meta.url), `${JSON.stringify(generateCheckReportJsonSchema(), null, 2)}\n`);
