import { useEffect, useState } from 'react';
import { listReflections, type ReflectionNote } from '../client/learnerStore';

/** Where a reflection was written: its module's title and the prompt, by `<module id>/<reflection id>`. */
export type ReflectionSources = Record<string, { moduleTitle: string; prompt: string }>;

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** "Your reflections" on the Your data page: every note the learner wrote, newest first, each linked to its module. */
export default function ReflectionList({ sources }: { sources: ReflectionSources }) {
  const [notes, setNotes] = useState<ReflectionNote[] | null>(null);
  useEffect(() => {
    void listReflections().then(setNotes);
  }, []);

  return (
    <section aria-labelledby="reflections-heading">
      <h2 id="reflections-heading">Your reflections</h2>
      {notes === null ? (
        <p className="muted">Reading your reflections…</p>
      ) : notes.length === 0 ? (
        <p>
          You have not written a reflection yet. Modules ask you to reflect as you read; what you write appears here,
          and stays in this browser.
        </p>
      ) : (
        <ul className="reflection-list">
          {notes.map((note) => {
            const source = sources[note.key];
            const [, reflectionId] = note.key.split('/');
            return (
              <li key={note.key}>
                <h3>
                  <a href={`/modules/${note.moduleId}/#reflection-${note.moduleId}-${reflectionId}`}>
                    {source?.moduleTitle ?? note.moduleId}
                  </a>
                </h3>
                {source && <p className="muted">{source.prompt}</p>}
                <blockquote>{note.text}</blockquote>
                <p className="muted">
                  Last changed <time dateTime={note.updatedAt}>{when.format(new Date(note.updatedAt))}</time>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
