import { useMemo } from 'react';
import { createTranslator } from '../lib/i18n/createTranslator';
import type { IslandMessages } from '../lib/i18n/islandMessages';

/** The island's `t(id, params)` over the messages its page passed, made once per set of messages. */
export function useTranslator<Id extends string>(i18n: IslandMessages<Id>) {
  return useMemo(() => createTranslator(i18n.locale, i18n.messages), [i18n]);
}
