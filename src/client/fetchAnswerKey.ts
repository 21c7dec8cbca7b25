import type { AnswerKey } from '../lib/assessment/answerKey';

const keys = new Map<string, Promise<AnswerKey>>();

/**
 * A module's answer key at `href` (`/modules/<id>/checks.json`, or a translation's own), fetched once
 * per page; a failed fetch (offline) is tried again at the next call.
 */
export function fetchAnswerKey(href: string): Promise<AnswerKey> {
  let key = keys.get(href);
  if (!key) {
    key = fetch(href).then((r) => {
      if (!r.ok) throw new Error(`answer key: HTTP ${r.status}`);
      return r.json() as Promise<AnswerKey>;
    });
    key.catch(() => keys.delete(href));
    keys.set(href, key);
  }
  return key;
}
