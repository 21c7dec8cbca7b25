import type { AnswerKey } from '../lib/assessment/answerKey';

const keys = new Map<string, Promise<AnswerKey>>();

/** A module's answer key (`/modules/<id>/checks.json`), fetched once per page; a failed fetch (offline) is tried again at the next call. */
export function fetchAnswerKey(moduleId: string): Promise<AnswerKey> {
  let key = keys.get(moduleId);
  if (!key) {
    key = fetch(`/modules/${moduleId}/checks.json`).then((r) => {
      if (!r.ok) throw new Error(`answer key: HTTP ${r.status}`);
      return r.json() as Promise<AnswerKey>;
    });
    key.catch(() => keys.delete(moduleId));
    keys.set(moduleId, key);
  }
  return key;
}
