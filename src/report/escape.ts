/**
 * Escaping for the report page: every piece of document text goes through one
 * of these before it reaches the HTML, so a document that prints `<script>`
 * shows it as text.
 */

const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const ATTRIBUTE_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text content of an element: `&`, `<` and `>` escaped. Not for attributes (quotes stay). */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (char) => TEXT_ESCAPES[char] as string);
}

/** A double- or single-quoted attribute value: `&`, `<`, `>` and both quotes escaped. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ATTRIBUTE_ESCAPES[char] as string);
}

/**
 * JSON for a `<script type="application/json">` block: `<` is written as
 * `\u003c` (so neither `</script>` nor `<!--` can end or change the block),
 * and U+2028 / U+2029 escaped. `JSON.parse` of the block's text gives the
 * value back unchanged.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
