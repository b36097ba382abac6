import { useCallback, useEffect, useState } from 'react';
import { createUseCardAction } from '../../packages/card-client/card-hooks.ts';

export type { ActionOutcome } from '../../packages/card-client/card-hooks.ts';

/** The shared action hook bound to this component folder's own React. */
export const useCardAction = createUseCardAction({ useCallback, useEffect, useState });
