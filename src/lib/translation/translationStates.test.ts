import { describe, expect, it } from 'vitest';
import type { Curriculum } from '../curriculum/curriculum';
import { testCurriculum } from '../curriculum/testCurriculum';
import { testSite } from '../site/testSite';
import { type Digest, sourceSections, sourceStamp } from './sourceStamp';
import { translationStates } from './translationStates';

/** A stable stand-in for sha-256: 12 hex digits from the text's characters. */
const digest: Digest = (text) => {
  let h = 0;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h.toString(16).padStart(12, '0').slice(-12);
};

/** The test curriculum in English and French, with the first module translated from its body as given. */
function translated(body: string): Curriculum {
  const curriculum = testCurriculum();
  curriculum.site = { ...testSite(), locales: ['en', 'fr'], file: 'content/site.yaml' };
  const module = curriculum.modules[0]!;
  module.body = body;
  curriculum.translations = [
    {
      kind: 'modules',
      locale: 'fr',
      id: module.id,
      file: `content/translations/fr/modules/${module.id}.mdx`,
      data: {
        title: 'Titre',
        summary: 'Un résumé assez long pour le schéma.',
        source: sourceStamp(sourceSections('modules', module), digest),
      },
      body: 'Texte.\n',
      bodyStartLine: 5,
    },
  ];
  return curriculum;
}

const statusOf = (curriculum: Curriculum, id: string) =>
  translationStates(curriculum, digest).find((s) => s.kind === 'modules' && s.id === id)!;

describe('translationStates', () => {
  const body = 'Opening.\n\n## Why it matters\n\nBecause.\n\n## How to do it\n\nLike this.\n';

  it('calls a translation made from the source as it is current, and an untranslated module missing', () => {
    const curriculum = translated(body);
    expect(statusOf(curriculum, curriculum.modules[0]!.id).status).toBe('current');
    expect(statusOf(curriculum, curriculum.modules[1]!.id).status).toBe('missing');
  });

  it('calls it stale once one paragraph of the source changes, naming that heading only', () => {
    const curriculum = translated(body);
    curriculum.modules[0]!.body = body.replace('Because.', 'Because it pays.');
    expect(statusOf(curriculum, curriculum.modules[0]!.id)).toMatchObject({
      status: 'stale',
      changed: [{ key: 'why-it-matters', heading: 'Why it matters' }],
    });
  });

  it('names the front matter when the summary changes, and is current again once restored', () => {
    const curriculum = translated(body);
    const module = curriculum.modules[0]!;
    const summary = module.summary;
    module.summary = 'A different summary of this module.';
    expect(statusOf(curriculum, module.id).changed).toEqual([{ key: '_frontmatter', heading: null }]);
    module.summary = summary;
    expect(statusOf(curriculum, module.id).status).toBe('current');
  });

  it('lists nothing when the site declares only the locale the content is written in', () => {
    const curriculum = translated(body);
    curriculum.site = { ...curriculum.site!, locales: ['en'] };
    expect(translationStates(curriculum, digest)).toEqual([]);
  });

  it('follows the scale’s levels and the regions like any entry: current, then stale naming the field that changed', () => {
    const curriculum = translated(body);
    const level = curriculum.scale[0]!;
    const region = curriculum.regions[0]!;
    curriculum.translations!.push(
      {
        kind: 'scale',
        locale: 'fr',
        id: level.id,
        file: `content/translations/fr/scale/${level.id}.yaml`,
        data: {
          name: 'Niveau',
          descriptor: 'Un descripteur assez long.',
          source: sourceStamp(sourceSections('scale', level), digest),
        },
      },
      {
        kind: 'regions',
        locale: 'fr',
        id: region.id,
        file: `content/translations/fr/regions/${region.id}.yaml`,
        data: {
          name: 'Région',
          summary: 'Un résumé assez long.',
          source: sourceStamp(sourceSections('regions', region), digest),
        },
      },
    );
    const state = (kind: 'scale' | 'regions', id: string) =>
      translationStates(curriculum, digest).find((s) => s.kind === kind && s.id === id)!;
    expect(state('scale', level.id).status).toBe('current');
    expect(state('regions', region.id).status).toBe('current');
    level.descriptor = `${level.descriptor} And more.`;
    region.name = `${region.name} (renamed)`;
    expect(state('scale', level.id)).toMatchObject({ status: 'stale', changed: [{ key: 'descriptor' }] });
    expect(state('regions', region.id)).toMatchObject({ status: 'stale', changed: [{ key: 'name' }] });
    expect(state('scale', curriculum.scale[1]!.id).status).toBe('missing');
  });
});
