import type { Piece } from "../normalize/blocks.js";
import type { OutlineNode } from "./node.js";

/**
 * The source pieces of nodes built from assembled lines (HTML, Markdown),
 * whose offsets do not map linearly to the source. Extractors locate text
 * inside such a node through its lines; plain-text nodes are not listed.
 */
export const ASSEMBLED_PIECES = new WeakMap<OutlineNode, readonly Piece[]>();
