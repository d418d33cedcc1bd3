/** The document's current text root: its body, or the root element of a document without one (SVG, XHTML fragments). */
export function scopeRoots(document: Document): Node[] {
  const root = document.body ?? document.documentElement;
  return root ? [root] : [];
}

/**
 * Our scan covers the document's current body and open shadow roots; changes in the head (a title,
 * a style) are not text we show. A changed node that holds the body (a new documentElement, or a
 * document rewritten by `document.open()`) stands for the body itself.
 */
export function inScope(document: Document, roots: readonly Node[]): Node[] {
  const [root] = scopeRoots(document);
  if (!root) return [];
  const kept = new Set<Node>();
  for (const node of roots) {
    if (node.getRootNode() !== document) {
      if (node.isConnected) kept.add(node);
    } else if (root.contains(node)) kept.add(node);
    else if (node.contains(root)) kept.add(root);
  }
  return [...kept];
}
