import { type Block, isTitleLike } from "../normalize/blocks.js";
import { attachmentList, dateLine, figureCaption } from "../regexes.js";
import { MARKER_RANK, type MarkerKind } from "../tokenize/types.js";
import { squeezeLayoutBlanks } from "../util/chars.js";
import { type NodeRole, type OutlineNode, nodeFromBlock } from "./node.js";
import { findQuotedPassages } from "./scopes.js";

interface Open {
  node: OutlineNode;
  kind: MarkerKind | null;
  /** Whether un-numbered paragraphs after it belong to it (a heading or an article). */
  container: boolean;
}

const CONTAINER_KINDS: ReadonlySet<MarkerKind> = new Set(["part", "chapter", "section", "article"]);
const SENTENCE_END = /[。！？；!?;]/;
const LONGEST_HEADING = 50;
const LEAD_IN = /[:：]$/;
/** The first character of any `attachmentList` match, the last of any `dateLine` match. */
const ATTACHMENT_FIRST = "附";
const DATE_LAST = "日";

/** A heading: short, no sentence end, and not a lead-in to a list (`…下列安全措施：`). */
function isHeading(node: OutlineNode): boolean {
  const content = node.content ?? node.text;
  return !SENTENCE_END.test(content) && !LEAD_IN.test(content) && content.length <= LONGEST_HEADING;
}

/** Rank of an open node; an attachment list (no kind) is outermost, so its numbered titles nest in it. */
function rank(open: Open): number {
  return open.kind === null ? -1 : MARKER_RANK[open.kind];
}

function roleOf(block: Block): NodeRole {
  if (block.tabbed) return "table-row";
  if (block.field !== null) return "field";
  // A block's text is trimmed and squeezing keeps its first and last characters: a cheap test first.
  if (block.folded.startsWith(ATTACHMENT_FIRST) && attachmentList.test(squeezeLayoutBlanks(block.folded))) return "attachment-list";
  if (block.folded.endsWith(DATE_LAST) && dateLine.test(squeezeLayoutBlanks(block.folded))) return "date";
  return "paragraph";
}

/** Where nodes are placed: a list of top-level nodes and the numbered nodes open in it. */
interface Frame {
  children: OutlineNode[];
  stack: Open[];
}

/**
 * Build the outline: numbered blocks nest by kind (一、 > （一） > 1. > （1）;
 * 第X编 > 第X章 > 第X节 > 第X条 > （一）). A marker of a kind already open
 * closes everything below it and becomes its sibling; a kind not open nests
 * under the nearest outer kind, so skipped levels and mixed styles still give
 * a tree. Un-numbered paragraphs belong to the nearest open heading or
 * article; field lines and table rows to the last open node. A quoted
 * passage that spans blocks (`将第七条修改为：` / `“…（一）…（三）…”`) is an
 * outline of its own under the block that introduces it, its nodes marked
 * `quoted`: its numbering is the quoted text's, not the document's.
 */
export function buildOutline(header: OutlineNode[], blocks: Block[]): OutlineNode[] {
  const main: Frame = { children: [...header], stack: [] };
  const passages = findQuotedPassages(blocks.map((block) => block.text));
  let frame = main;
  let next = 0;
  let previous: OutlineNode | null = null;
  blocks.forEach((block, index) => {
    const passage = passages[next];
    if (passage !== undefined && index === passage.first && previous !== null) frame = { children: previous.children, stack: [] };
    const node = place(frame, block);
    if (frame !== main) node.quoted = true;
    if (passage !== undefined && index === passage.last) {
      frame = main;
      next++;
    }
    previous = node;
  });
  return main.children;
}

/** Where a node placed under `open` goes: its children, or the frame's top level. */
function childrenOf(frame: Frame, open: Open | undefined): OutlineNode[] {
  return open === undefined ? frame.children : open.node.children;
}

/** Index of the last open node of `kind`, or -1. */
function lastOfKind(stack: Open[], kind: MarkerKind): number {
  for (let index = stack.length - 1; index >= 0; index--) if ((stack[index] as Open).kind === kind) return index;
  return -1;
}

function place(frame: Frame, block: Block): OutlineNode {
  const { stack } = frame;
  if (block.marker !== null) {
    const kind = block.marker.kind;
    const node = nodeFromBlock(block, "paragraph");
    const same = lastOfKind(stack, kind);
    if (same !== -1) stack.length = same;
    else while (stack.length > 0 && rank(stack[stack.length - 1] as Open) >= MARKER_RANK[kind]) stack.pop();
    const container = CONTAINER_KINDS.has(kind) || isHeading(node);
    node.role = container && kind !== "article" ? "heading" : "paragraph";
    childrenOf(frame, stack[stack.length - 1]).push(node);
    stack.push({ node, kind, container });
    return node;
  }
  const role = roleOf(block);
  const node = nodeFromBlock(block, role);
  if (role === "attachment-list") {
    // The titles listed under `附件:` belong to the list.
    stack.length = 0;
    frame.children.push(node);
    stack.push({ node, kind: null, container: true });
    return node;
  }
  if (role === "paragraph" && isTitleLike(block.folded) && !figureCaption.test(block.folded)) {
    // A document title (`…的规定`, printed after a notice without an 附件 label)
    // belongs to no heading before it; a title listed under `附件：` stays in the list.
    stack.length = stack[0]?.kind === null ? 1 : 0;
  } else if (role === "paragraph" || role === "date") {
    while (stack.length > 0 && !(stack[stack.length - 1] as Open).container) stack.pop();
  }
  childrenOf(frame, stack[stack.length - 1]).push(node);
  return node;
}
