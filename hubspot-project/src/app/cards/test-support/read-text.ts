import { RenderedNodeType } from '@hubspot/ui-extensions/testing';

interface ReadableNode {
  nodeType: RenderedNodeType;
  text: string | null;
  childNodes?: readonly ReadableNode[];
}

/** All text under a node, in order (the renderer's `.text` only holds a node's direct text). */
export function readText(node: ReadableNode): string {
  if (node.nodeType === RenderedNodeType.Text) return node.text ?? '';
  return (node.childNodes ?? []).map((child) => readText(child)).join('');
}
