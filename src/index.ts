/**
 * gongbao: Chinese government gazettes and official documents as typed,
 * validated JSON with source positions.
 */
export { DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_LINES, parse, type ParseOptions } from "./parse.js";
export { parseFile } from "./parse-file.js";
export { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode, type Severity } from "./diagnostics.js";
export {
  SCHEMA_VERSION,
  resultSchema,
  documentSchema,
  outlineNodeSchema,
  issueSchema,
  contentsEntrySchema,
  diagnosticSchema,
  positionSchema,
  type GongbaoResult,
  type DocumentShape as GazetteDocument,
  type OutlineNodeShape as OutlineNode,
} from "./schema/result.js";
export { generateJsonSchema } from "./schema/json-schema.js";
export { check } from "./check/check.js";
export type { CheckOptions, RuleSetting } from "./check/types.js";
export { readNumeral } from "./tokenize/numeral.js";
