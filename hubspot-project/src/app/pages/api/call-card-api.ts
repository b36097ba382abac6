import { hubspot } from '@hubspot/ui-extensions';
import { bindCardApi } from '../../packages/card-client/call-card-api.ts';

export type { CardApiResult, CardFailure } from '../../packages/card-client/call-card-api.ts';

/** The shared card API client on this component folder's own `hubspot.fetch` (each folder builds alone). */
export const callCardApi = bindCardApi(() => (url, options) => hubspot.fetch(url, options));
