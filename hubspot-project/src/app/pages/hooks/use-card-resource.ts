import { useCallback, useEffect, useState } from 'react';
import { createUseCardResource } from '../../packages/card-client/card-hooks.ts';

export type { CardResource } from '../../packages/card-client/card-hooks.ts';

/** The shared resource hook bound to this component folder's own React. */
export const useCardResource = createUseCardResource({ useCallback, useEffect, useState });
