import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attackFigures, type Seen } from '../workforce/attackFigures.ts';
import { NO_PATH, UNKNOWN_REGION } from '../workforce/learnerStanding.ts';
import { evidenceReportFromPlan } from './buildEvidenceReport.ts';
import type { EvidenceReport } from './evidenceReportSchema.ts';
import type { LearnerHistory } from './learnerHistory.ts';
import { planEvidence } from './planEvidence.ts';
import { evidenceCurriculum } from './seededPopulation.ts';

const MIN = 5;
const AS_OF = '2026-06-30';
const REGIONS = [...evidenceCurriculum.regions.map((r) => r.id), UNKNOWN_REGION];
const PATHS = [...evidenceCurriculum.paths.map((p) => p.id), NO_PATH];
const FUNCTIONS = [...evidenceCurriculum.functions.map((f) => f.id), 'unstated'];
const MODULES = evidenceCurriculum.modules;
const TARGET: Record<string, number> = { mapping: 2, value: 1 };
const DAY = 86_400_000;

// The test's own reading of a learner (not the code under test's): what each figure says of them.
const fnOf = (l: LearnerHistory) => (FUNCTIONS.includes(l.function) ? l.function : 'unstated');
const paired = (l: LearnerHistory) => l.assessments.length >= 2;
const time = (s: string) => Date.parse(s);
const active = (l: LearnerHistory) =>
  l.lastActiveAt !== undefined && time(l.lastActiveAt) >= time('2026-06-01T00:00:00Z');
const monthEndOf = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return Date.UTC(y!, m!, 1);
};
const levelAt = (l: LearnerHistory, c: string, end: number) => {
  let level = l.assessments.filter((a) => time(a.at) < end).at(-1)?.levels[c] ?? 0;
  for (const d of l.completions)
    if (time(d.at) < end)
      level = Math.max(
        level,
        MODULES.find((m) => m.id === d.module)!.develops.find((x) => x.competency === c)?.level ?? 0,
      );
  return level;
};
const daysBand = (l: LearnerHistory, c: string) => {
  const i = l.assessments.findIndex((a) => (a.levels[c] ?? 0) >= TARGET[c]!);
  if (i === -1) return 5;
  if (i === 0) return 0;
  const days = (time(l.assessments[i]!.at) - time(l.assessments[0]!.at)) / DAY;
  return days <= 30 ? 1 : days <= 90 ? 2 : days <= 180 ? 3 : 4;
};
const hoursBand = (h: number) => (h === 0 ? 0 : h < 1 ? 1 : h < 5 ? 2 : h < 10 ? 3 : 4);
const stalledAfter = (l: LearnerHistory) => {
  const path = evidenceCurriculum.paths.find((p) => p.id === l.path)?.stages.flatMap((s) => s.modules);
  const finished = path?.every((m) => l.completions.some((d) => d.module === m)) === true;
  if (l.startedAt === undefined || active(l) || finished) return undefined;
  return [...l.completions].sort((a, b) => time(a.at) - time(b.at)).at(-1)?.module ?? null;
};
const modulesBy = (l: LearnerHistory, end: number) => l.completions.filter((d) => time(d.at) < end).length;

/** Every report the API offers: all learners, each region, each path, each region and path. */
function everyReport(all: readonly LearnerHistory[]): EvidenceReport[] {
  const filters = [
    {},
    ...REGIONS.map((region) => ({ region })),
    ...PATHS.map((path) => ({ path })),
    ...REGIONS.flatMap((region) => PATHS.map((path) => ({ region, path }))),
  ];
  const plan = planEvidence(all, evidenceCurriculum, MIN, AS_OF);
  return filters.map((filter) => evidenceReportFromPlan(plan, evidenceCurriculum, filter, []));
}

/** The figures of every report per family of linked tables, each with the learners it counts (worked out here). */
function seenFigures(all: readonly LearnerHistory[], reports: readonly EvidenceReport[]): Map<string, Seen[]> {
  const families = new Map<string, Seen[]>();
  const add = (family: string, what: string, count: number | null, member: (l: LearnerHistory) => boolean) => {
    if (count === null) return;
    const learners = new Set(all.flatMap((l, i) => (member(l) ? [i] : [])));
    (families.get(family) ?? families.set(family, []).get(family)!).push({ what, count, learners });
  };
  for (const r of reports) {
    const inFilter = (l: LearnerHistory) =>
      (r.filter.region === null || l.region === r.filter.region) &&
      (r.filter.path === null || l.path === r.filter.path);
    const where = `(${r.filter.region ?? 'all'}, ${r.filter.path ?? 'all'})`;
    const fig = (family: string, what: string, count: number | null, member: (l: LearnerHistory) => boolean) =>
      add(family, `${what} ${where}`, count, (l) => inFilter(l) && member(l));
    const families_ = [
      ...r.growth.map((g) => `growth ${g.id}`),
      ...r.adoption.atTarget.map((a) => `at target ${a.id}`),
      'reach',
      'adoption',
      'stalls',
      'cohorts',
    ];
    for (const family of families_) fig(family, 'population', r.population.count, () => true);

    for (const g of r.growth) {
      const family = `growth ${g.id}`;
      const first = (l: LearnerHistory) => l.assessments[0]!.levels[g.id] ?? 0;
      const last = (l: LearnerHistory) => l.assessments.at(-1)!.levels[g.id] ?? 0;
      fig(family, 'paired', g.paired.count, paired);
      g.before.forEach((c, level) => {
        fig(family, `before ${level}`, c.count, (l) => paired(l) && first(l) === level);
      });
      g.after.forEach((c, level) => {
        fig(family, `after ${level}`, c.count, (l) => paired(l) && last(l) === level);
      });
      g.gained.forEach((c, i) => {
        fig(family, `gained ${i - 4}`, c.count, (l) => paired(l) && last(l) - first(l) === i - 4);
      });
      g.daysToTarget.forEach((c, b) => {
        fig(family, `days band ${b}`, c.count, (l) => paired(l) && daysBand(l, g.id) === b);
      });
      const movedUp =
        g.shareMovedUp === null || g.paired.count === null ? null : Math.round(g.shareMovedUp * g.paired.count);
      fig(family, 'moved up', movedUp, (l) => paired(l) && last(l) > first(l));
    }
    r.reach.enrolled.forEach((c, i) => {
      fig('reach', `enrolled ${FUNCTIONS[i]}`, c.count, (l) => l.startedAt !== undefined && fnOf(l) === FUNCTIONS[i]);
    });
    for (const k of r.reach.competencies)
      k.functions.forEach((c, i) => {
        fig(
          'reach',
          `${k.id} by ${FUNCTIONS[i]}`,
          c.count,
          (l) =>
            fnOf(l) === FUNCTIONS[i] &&
            l.completions.some((d) =>
              MODULES.find((m) => m.id === d.module)!.develops.some((x) => x.competency === k.id),
            ),
        );
      });
    for (const m of r.reach.modules)
      m.functions.forEach((c, i) => {
        fig(
          'reach',
          `${m.id} by ${FUNCTIONS[i]}`,
          c.count,
          (l) => fnOf(l) === FUNCTIONS[i] && l.completions.some((d) => d.module === m.id),
        );
      });
    const a = r.adoption;
    const depths = (who: string, row: typeof a, of: (l: LearnerHistory) => boolean) => {
      fig('adoption', `invited ${who}`, row.invited.count, of);
      fig('adoption', `enrolled ${who}`, row.enrolled.count, (l) => of(l) && l.startedAt !== undefined);
      fig('adoption', `active ${who}`, row.active.count, (l) => of(l) && l.startedAt !== undefined && active(l));
    };
    depths('all', a, () => true);
    for (const fn of a.byFunction) depths(fn.id, { ...a, ...fn }, (l) => fnOf(l) === fn.id);
    a.hoursBands.forEach((b, i) => {
      fig('adoption', `hours ${b.band}`, b.learners.count, (l) => hoursBand(l.hours) === i);
    });
    for (const k of a.atTarget)
      for (const m of k.monthly) {
        const started = (l: LearnerHistory) => l.startedAt !== undefined && time(l.startedAt) < monthEndOf(m.month);
        fig(`at target ${k.id}`, `started by ${m.month}`, m.started.count, started);
        fig(
          `at target ${k.id}`,
          `at target in ${m.month}`,
          m.atOrAbove.count,
          (l) => started(l) && levelAt(l, k.id, monthEndOf(m.month)) >= TARGET[k.id]!,
        );
      }
    for (const s of a.stalls) fig('stalls', `stalled after ${s.id}`, s.learners.count, (l) => stalledAfter(l) === s.id);
    for (const c of r.cohorts) {
      const inCohort = (l: LearnerHistory) =>
        l.startedAt !== undefined &&
        (l.startedAt.slice(0, 7) === c.month || (c.month === r.months[0] && l.startedAt.slice(0, 7) < c.month));
      fig('cohorts', `cohort ${c.month}`, c.learners.count, inCohort);
      c.curve.forEach((p, age) => {
        const end = monthEndOf(r.months[r.months.indexOf(c.month) + age]!);
        const n = c.learners.count;
        fig(
          'cohorts',
          `${c.month} +${age} one`,
          p.oneModule === null ? null : Math.round(p.oneModule * n!),
          (l) => inCohort(l) && modulesBy(l, end) >= 1,
        );
        fig(
          'cohorts',
          `${c.month} +${age} three`,
          p.threeModules === null ? null : Math.round(p.threeModules * n!),
          (l) => inCohort(l) && modulesBy(l, end) >= 3,
        );
      });
    }
  }
  return families;
}

const day = fc.constantFrom('2026-03-10', '2026-04-10', '2026-05-20', '2026-06-15').map((d) => `${d}T09:00:00Z`);
/** The later of two ISO instants of the same form (nothing happens before a learner starts). */
const notBefore = (at: string, start: string) => (at.localeCompare(start) < 0 ? start : at);
const levels = fc.record({ mapping: fc.integer({ min: 0, max: 4 }), value: fc.integer({ min: 0, max: 4 }) });
const history: fc.Arbitrary<LearnerHistory> = fc
  .record({
    region: fc.constantFrom(...REGIONS),
    function: fc.constantFrom('kam', 'sales', 'heor', 'unstated'),
    path: fc.constantFrom(...PATHS),
    started: fc.option(day, { nil: undefined }),
    lastActive: day,
    assessments: fc.array(fc.tuple(day, levels), { maxLength: 3 }),
    completions: fc
      .subarray(MODULES.map((m) => m.id))
      .chain((ids) => fc.tuple(...ids.map((id) => fc.tuple(fc.constant(id), day)))),
    hours: fc.constantFrom(0, 0.5, 3, 12),
  })
  .map(
    (h): LearnerHistory =>
      h.started === undefined
        ? { region: h.region, function: h.function, path: h.path, assessments: [], completions: [], hours: 0 }
        : {
            region: h.region,
            function: h.function,
            path: h.path,
            startedAt: h.started,
            lastActiveAt: notBefore(h.lastActive, h.started),
            assessments: h.assessments
              .map(([at, l]) => ({ at: notBefore(at, h.started!), levels: l }))
              .sort((a, b) => a.at.localeCompare(b.at)),
            completions: h.completions.map(([module, at]) => ({ module, at: notBefore(at, h.started!) })),
            hours: h.hours,
          },
  );

/** Populations that repeat a few learner profiles, as real ones do, so that many figures are large enough to show. */
const population = fc
  .array(fc.tuple(history, fc.integer({ min: 1, max: 12 })), { minLength: 1, maxLength: 8 })
  .map((groups) => groups.flatMap(([l, n]) => Array.from({ length: n }, () => l)));

describe('the evidence reports, played by an attacker', () => {
  it('finds no sum or difference of figures across every report a lead can request that counts 1 to 4 learners', () => {
    fc.assert(
      fc.property(population, (all) => {
        expect(attackFigures(seenFigures(all, everyReport(all)), MIN)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('tells the truth: every figure shown is the number of learners it describes', () => {
    fc.assert(
      fc.property(population, (all) => {
        for (const seen of seenFigures(all, everyReport(all)).values())
          for (const s of seen) expect(s.count, s.what).toBe(s.learners.size);
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
