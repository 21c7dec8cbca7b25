import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/authoring/checkContent';
import { formatIssues } from '../../src/lib/curriculum/contentIssue';
import { countWords } from '../../src/lib/curriculum/countWords';
import { scanModuleBody } from '../../src/lib/curriculum/scanModuleBody';

// The curriculum that ships in content/: what the COE pilots and every author copies.
const { curriculum, issues } = checkContent(join(import.meta.dirname, '..', '..'));
const { competencies, modules, paths, assessment, regions } = curriculum;
const components = (body: string) => scanModuleBody(body).map((u) => u.name);

describe('the default curriculum', () => {
  it('passes the content check', () => {
    expect(issues, formatIssues(issues)).toEqual([]);
  });

  it('has at least 14 competencies spread over mindset, skillset and process, including the core ones', () => {
    expect(competencies.length).toBeGreaterThanOrEqual(14);
    expect(new Set(competencies.map((c) => c.area))).toEqual(new Set(['mindset', 'skillset', 'process']));
    const ids = competencies.map((c) => c.id);
    for (const id of [
      'customer-centricity',
      'account-selection',
      'account-planning',
      'stakeholder-mapping',
      'value-selling',
      'business-acumen',
      'insight-analytics',
      'executive-sponsorship',
      'team-selling',
      'account-based-marketing',
      'co-creation',
      'local-execution',
      'account-reviews',
      'community-of-practice',
      'programme-leadership',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('develops every competency at levels 1, 2 and 3, and at least 8 to level 4', () => {
    const reached = (competency: string, level: number) =>
      modules.some((m) => m.develops.some((d) => d.competency === competency && d.level === level));
    const missing = competencies.flatMap((c) =>
      [1, 2, 3].filter((level) => !reached(c.id, level)).map((level) => `${c.id}:${level}`),
    );
    expect(missing).toEqual([]);
    expect(competencies.filter((c) => reached(c.id, 4)).length).toBeGreaterThanOrEqual(8);
  });

  it('has at least 30 modules, each with 500+ words, 3+ knowledge checks and a scenario or reflection', () => {
    expect(modules.length).toBeGreaterThanOrEqual(30);
    const short = modules.filter((m) => countWords(m.body) < 500).map((m) => `${m.id}: ${countWords(m.body)} words`);
    const fewChecks = modules.filter((m) => m.checks.length < 3).map((m) => m.id);
    const noActivity = modules
      .filter((m) => !components(m.body).some((c) => c === 'Scenario' || c === 'Reflection'))
      .map((m) => m.id);
    expect({ short, fewChecks, noActivity }).toEqual({ short: [], fewChecks: [], noActivity: [] });
  });

  it('explains every knowledge-check option', () => {
    const unexplained = modules.flatMap((m) =>
      m.checks.flatMap((c) => c.options.filter((o) => o.explanation.length < 15).map(() => `${m.id}/${c.id}`)),
    );
    expect(unexplained).toEqual([]);
  });

  it('has at least 4 learning paths, and every module is reachable from one', () => {
    expect(paths.length).toBeGreaterThanOrEqual(4);
    const inPaths = new Set(paths.flatMap((p) => p.stages.flatMap((s) => s.modules)));
    expect(modules.map((m) => m.id).filter((id) => !inPaths.has(id))).toEqual([]);
  });

  it('has at least 3 self-assessment items per competency, behavioural and scenario-based, anchored to levels', () => {
    for (const competency of competencies) {
      const items = assessment.filter((b) => b.competency === competency.id).flatMap((b) => b.items);
      expect(items.length, competency.id).toBeGreaterThanOrEqual(3);
      expect(new Set(items.map((i) => i.kind)), competency.id).toEqual(new Set(['behavioural', 'scenario']));
      for (const item of items)
        expect(new Set(item.options.map((o) => o.level)).size, item.id).toBe(item.options.length);
    }
  });

  it('has at least 3 regions or archetypes, with local notes in at least 10 modules', () => {
    expect(regions.filter((r) => r.kind !== 'global').length).toBeGreaterThanOrEqual(3);
    expect(modules.filter((m) => components(m.body).includes('LocalNote')).length).toBeGreaterThanOrEqual(10);
  });
});
