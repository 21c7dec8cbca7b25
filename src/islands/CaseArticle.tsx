import { Fragment, type ReactNode } from 'react';
import type { CaseVocabulary } from '../data/caseVocabulary';
import type { FieldCaseInput } from '../lib/cases/fieldCaseSchema';
import { type CaseBlock, type CaseInline, renderCaseMarkdown } from '../lib/cases/renderCaseMarkdown';
import type { Translate } from '../lib/i18n/createTranslator';

/** The messages CaseArticle shows; an island that uses it passes these too. */
export const caseArticleMessages = [
  'caseArticle.situation',
  'caseArticle.action',
  'caseArticle.result',
  'caseArticle.reuse',
  'caseArticle.illustrates',
  'caseArticle.competencyAt',
  'caseArticle.where',
  'caseArticle.function',
  'caseArticle.sharedBy',
  'caseArticle.anonymous',
] as const;

/** What CaseArticle shows of a case: its text fields, competencies and places, and the author's chosen name. */
export type CaseContent = Omit<FieldCaseInput, 'showName'>;

/** Renders a static list in order: the tree never changes order while shown, so a position is its identity. */
function each<T>(items: readonly T[], render: (item: T) => ReactNode): ReactNode {
  // biome-ignore lint/suspicious/noArrayIndexKey: the rendered case is never reordered
  return items.map((item, i) => <Fragment key={i}>{render(item)}</Fragment>);
}

/** A run of inline nodes, in order. */
function Inlines({ nodes }: { nodes: readonly CaseInline[] }): ReactNode {
  return each(nodes, (node) => <Inline node={node} />);
}

function Inline({ node }: { node: CaseInline }): ReactNode {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'break':
      return <br />;
    case 'emphasis':
      return (
        <em>
          <Inlines nodes={node.children} />
        </em>
      );
    case 'strong':
      return (
        <strong>
          <Inlines nodes={node.children} />
        </strong>
      );
    case 'link':
      return (
        <a href={node.href} rel="nofollow ugc noopener noreferrer">
          <Inlines nodes={node.children} />
        </a>
      );
  }
}

function Block({ block }: { block: CaseBlock }): ReactNode {
  if (block.type === 'paragraph')
    return (
      <p>
        <Inlines nodes={block.children} />
      </p>
    );
  const items = each(block.items, (item) => (
    <li>
      {each(item, (b) => (
        <Block block={b} />
      ))}
    </li>
  ));
  return block.ordered ? <ol start={block.start}>{items}</ol> : <ul>{items}</ul>;
}

/** A case's Markdown field shown through renderCaseMarkdown's safe subset: React elements only, never raw HTML. */
export function CaseMarkdown({ markdown }: { markdown: string }) {
  return (
    <>
      {each(renderCaseMarkdown(markdown), (b) => (
        <Block block={b} />
      ))}
    </>
  );
}

/**
 * One field case as every view shows it (the form's preview, "Your cases", the queue, the library):
 * its title at `level`, the competencies and levels it illustrates, where and by which function,
 * the author's name only when given, then its four sections.
 */
export function CaseArticle({
  entry,
  vocabulary,
  t,
  level = 2,
  children,
}: {
  entry: CaseContent;
  vocabulary: CaseVocabulary;
  t: Translate<(typeof caseArticleMessages)[number]>;
  level?: 2 | 3;
  children?: ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const Section = level === 2 ? 'h3' : 'h4';
  const headingId = `case-${entry.id}`;
  const name = <T extends { id: string; name: string }>(list: T[], id: string | undefined) =>
    list.find((x) => x.id === id)?.name ?? id;
  const places = [name(vocabulary.regions, entry.region), name(vocabulary.regions, entry.archetype)].filter(Boolean);
  return (
    <article className="field-case" aria-labelledby={headingId}>
      <Heading id={headingId}>{entry.title}</Heading>
      <ul className="field-case-meta">
        <li>
          {t('caseArticle.illustrates')}{' '}
          {entry.competencies
            .map((c) =>
              t('caseArticle.competencyAt', {
                competency: name(vocabulary.competencies, c.competency) ?? c.competency,
                level: c.level,
                levelName: vocabulary.levels.find((l) => l.level === c.level)?.name ?? '',
              }),
            )
            .join(' · ')}
        </li>
        {places.length > 0 && <li>{t('caseArticle.where', { places: places.join(', ') })}</li>}
        {entry.function && (
          <li>{t('caseArticle.function', { function: name(vocabulary.functions, entry.function) ?? '' })}</li>
        )}
        <li>{entry.authorName ? t('caseArticle.sharedBy', { name: entry.authorName }) : t('caseArticle.anonymous')}</li>
      </ul>
      {(['situation', 'action', 'result', 'reuse'] as const).map((field) => (
        <section key={field}>
          <Section>{t(`caseArticle.${field}`)}</Section>
          <CaseMarkdown markdown={entry[field]} />
        </section>
      ))}
      {children}
    </article>
  );
}
