interface TriggerableNode {
  trigger: (eventPropName: never, eventArg?: never) => void;
}

/**
 * Calls a rendered component's event prop with the value its handler receives. The 0.17 typings declare
 * `trigger`'s argument as the handler's own type, so the call goes through this one typed seam.
 */
export function fireEvent(node: TriggerableNode, eventPropName: string, value: unknown): void {
  (node.trigger as (name: string, arg: unknown) => void).call(node, eventPropName, value);
}
