import type { OutlineNode } from "../structure/node.js";
import type { MarkerKind } from "../tokenize/types.js";
import type { PathEntry } from "../schema/result.js";
export type { PathEntry };

/** Kinds that divide a regulation rather than number items. */
export const DIVISION_KINDS: ReadonlySet<MarkerKind> = new Set(["part", "chapter", "section", "article"]);

/**
 * Visit every node depth first with its numbered ancestors, outermost first.
 * A quoted passage (an amendment quoting another text) is passed over: its
 * articles and items are the quoted text's, not the document's.
 */
export function visit(nodes: OutlineNode[], callback: (node: OutlineNode, ancestors: OutlineNode[], parent: OutlineNode | null) => void): void {
  const ancestors: OutlineNode[] = [];
  const go = (list: OutlineNode[], parent: OutlineNode | null) => {
    for (const node of list) {
      if (node.quoted === true) continue;
      callback(node, ancestors, parent);
      if (node.children.length === 0) continue;
      const numbered = node.marker !== undefined;
      if (numbered) ancestors.push(node);
      go(node.children, node);
      if (numbered) ancestors.pop();
    }
  };
  go(nodes, null);
}

/** `{ number, title }` of a numbered heading (a new object each time: results are never aliased). */
export function headingOf(node: OutlineNode | undefined): { number: number; title: string } | null {
  if (node?.marker === undefined) return null;
  return { number: node.marker.value, title: node.content ?? node.text };
}


/** Every numbered ancestor, outermost first, as path entries (new objects each time). */
export function pathOf(ancestors: OutlineNode[]): PathEntry[] {
  const path: PathEntry[] = [];
  for (const node of ancestors) {
    if (node.marker === undefined) continue;
    path.push({ marker: node.marker.raw, number: node.marker.value, title: node.content ?? node.text });
  }
  return path;
}
