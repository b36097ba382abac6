import type { Client } from '@hubspot/api-client';

/**
 * A view of an SDK client on which every generated API call runs the middleware the client was configured with.
 *
 * `@hubspot/api-client` 13.x builds a call's middleware from that call's own options alone: a call given none runs
 * no middleware at all, not the client's `middleware`, nor its User-Agent header, nor its `httpAgent` (14.x starts
 * from the configured ones, but declares Node ≥ 22). Every generated API method takes those options as its last
 * parameter, and an empty list appended to the configured middleware runs exactly them, once. This view fills that
 * parameter on each method of a generated API (an object under a property named `…Api`, such as
 * `sdk.crm.objects.batchApi`), so no call site has to remember it; options a caller passes itself are kept over it.
 */
export function applyConfiguredMiddleware(sdk: Client): Client {
  return toView(sdk, false, new WeakMap());
}

const RUN_CONFIGURED_MIDDLEWARE = { middleware: [], middlewareMergeStrategy: 'append' } as const;

type AnyFunction = (...args: unknown[]) => unknown;

function toView<T extends object>(target: T, isGeneratedApi: boolean, views: WeakMap<object, object>): T {
  const known = views.get(target);
  if (known !== undefined) return known as T;
  const view = new Proxy(target, {
    get(object, key) {
      const value: unknown = Reflect.get(object, key);
      if (typeof value === 'function' && isGeneratedApi) {
        const method = value as AnyFunction;
        const arity = toDeclaredArity(object, key, method);
        return (...args: unknown[]) => method.apply(object, withCallOptions(args, arity));
      }
      if (typeof value === 'object' && value !== null) {
        return toView(value, typeof key === 'string' && key.endsWith('Api'), views);
      }
      return value;
    },
  });
  views.set(target, view);
  return view;
}

/**
 * The method's declared parameter count, options included. Read from the class: the SDK's retry and limiter
 * decorators, when some client enables them (they are process-wide), replace the instance's methods with
 * `(...args)` wrappers that declare none.
 */
function toDeclaredArity(object: object, key: string | symbol, method: AnyFunction): number {
  const declared: unknown = Reflect.get(Object.getPrototypeOf(object) as object, key);
  return typeof declared === 'function' ? declared.length : method.length;
}

function withCallOptions(args: readonly unknown[], arity: number): unknown[] {
  const optionsIndex = arity - 1;
  const own = args[optionsIndex];
  const filled = Array.from({ length: arity }, (_, index) => args[index]);
  filled[optionsIndex] = { ...RUN_CONFIGURED_MIDDLEWARE, ...(typeof own === 'object' ? own : {}) };
  return filled;
}
