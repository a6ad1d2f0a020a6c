/**
 * Escaping for the report page: every piece of document text goes through one
 * of these before it reaches the HTML, so a document that prints `<script>`
 * shows it as text.
 */

const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const ATTRIBUTE_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text content of an element: `&`, `<` and `>` escaped. Not for attributes (quotes stay). */
export function escapeText(text: string): string {
  // Most lines need nothing: test before replacing (no callback, no new string).
  return NEEDS_TEXT_ESCAPE.test(text) ? text.replace(/[&<>]/g, (char) => TEXT_ESCAPES[char] as string) : text;
}

const NEEDS_TEXT_ESCAPE = /[&<>]/;

/** A double- or single-quoted attribute value: `&`, `<`, `>` and both quotes escaped. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ATTRIBUTE_ESCAPES[char] as string);
}

/**
 * JSON for a `<script type="application/json">` block: `</` is written `<\/`
 * and `<!` as `\u003c!`, so neither `</script>` nor `<!--` can end or change
 * the block (a script's data ends only at `</script`, and `<!--` is what
 * could make it skip one); U+2028 and U+2029 are escaped too. `JSON.parse` of
 * the block's text gives the value back unchanged. `replacer` as for
 * `JSON.stringify`.
 */
export function scriptJson(value: unknown, replacer?: (key: string, value: unknown) => unknown): string {
  return escapeScriptJson(JSON.stringify(value, replacer));
}

/**
 * `scriptJson` of a value whose every string the caller has looked at (see
 * `withoutPositions`), its keys being the page's own: when none held `<`,
 * U+2028 or U+2029 (`unsafe` false), the JSON cannot either and is not
 * scanned again (a scan of a long two-byte JSON string costs more than
 * making it).
 */
export function checkedScriptJson(value: unknown, unsafe: boolean): string {
  const json = JSON.stringify(value);
  return unsafe ? escapeScriptJson(json) : json;
}

function escapeScriptJson(json: string): string {
  // Most JSON needs nothing: look before running the expression over it.
  if (json.indexOf("<") === -1 && json.indexOf("\u2028") === -1 && json.indexOf("\u2029") === -1) return json;
  return json.replace(/<\/|<!|[\u2028\u2029]/g, (found) => (found === "</" ? "<\\/" : found === "<!" ? "\\u003c!" : `\\u${found.charCodeAt(0).toString(16)}`));
}
