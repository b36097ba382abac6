interface ReadableNode {
  /** The testing renderer's RenderedNodeType ('root' | 'fragment' | 'element' | 'text'), read structurally. */
  nodeType: string;
  text: string | null;
  childNodes?: readonly ReadableNode[];
}

/** All text under a node, in order (the renderer's `.text` only holds a node's direct text). */
export function readText(node: ReadableNode): string {
  if (node.nodeType === 'text') return node.text ?? '';
  return (node.childNodes ?? []).map((child) => readText(child)).join('');
}
