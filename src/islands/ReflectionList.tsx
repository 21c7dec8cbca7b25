import { useEffect, useState } from 'react';
import { listReflections, type ReflectionNote } from '../client/learnerStore';
import { createTranslator } from '../lib/i18n/createTranslator';
import type { IslandMessages } from '../lib/i18n/islandMessages';

/** The messages ReflectionList shows; the page passes exactly these. */
export const reflectionListMessages = [
  'reflections.title',
  'reflections.reading',
  'reflections.none',
  'reflections.changed',
] as const;

/** Where a reflection was written: its module's title and the prompt, by `<module id>/<reflection id>`. */
export type ReflectionSources = Record<string, { moduleTitle: string; prompt: string }>;

/** "Your reflections" on the Your data page: every note the learner wrote, newest first, each linked to its module. */
export default function ReflectionList({
  sources,
  i18n,
}: {
  sources: ReflectionSources;
  i18n: IslandMessages<(typeof reflectionListMessages)[number]>;
}) {
  const t = createTranslator(i18n.locale, i18n.messages);
  const when = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeStyle: 'short' });
  // The date goes inside <time>, wherever the locale puts it in the sentence.
  const [changedBefore = '', changedAfter = ''] = t('reflections.changed', { when: '\u0000' }).split('\u0000');
  const [notes, setNotes] = useState<ReflectionNote[] | null>(null);
  useEffect(() => {
    void listReflections().then(setNotes);
  }, []);

  return (
    <section aria-labelledby="reflections-heading">
      <h2 id="reflections-heading">{t('reflections.title')}</h2>
      {notes === null ? (
        <p className="muted">{t('reflections.reading')}</p>
      ) : notes.length === 0 ? (
        <p>{t('reflections.none')}</p>
      ) : (
        <ul className="reflection-list">
          {notes.map((note) => {
            const source = sources[note.key];
            const [, reflectionId] = note.key.split('/');
            return (
              <li key={note.key}>
                <h3>
                  <a href={`${i18n.base}modules/${note.moduleId}/#reflection-${note.moduleId}-${reflectionId}`}>
                    {source?.moduleTitle ?? note.moduleId}
                  </a>
                </h3>
                {source && <p className="muted">{source.prompt}</p>}
                <blockquote>{note.text}</blockquote>
                <p className="muted">
                  {changedBefore}
                  <time dateTime={note.updatedAt}>{when.format(new Date(note.updatedAt))}</time>
                  {changedAfter}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
