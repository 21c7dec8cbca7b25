import { type FormEvent, type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, addProgrammeEvent, deleteProgrammeEvent, readSession } from '../client/accountApi';
import { hasCohesionServer } from '../client/hasCohesionServer';
import { evidenceChartSeries, latestShares } from '../lib/evidence/evidenceChartSeries';
import type { EvidenceChart as ChartId } from '../lib/evidence/evidenceCsv';
import { type EvidenceReport, evidenceReportSchema } from '../lib/evidence/evidenceReportSchema';
import { programmeEventKindSchema, programmeEventSchema } from '../lib/evidence/programmeEventSchema';
import { createTranslator } from '../lib/i18n/createTranslator';
import type { IslandMessages } from '../lib/i18n/islandMessages';
import type { LearnerCount } from '../lib/workforce/workforceReportSchema';
import { EvidenceChart, type PlotModule } from './EvidenceChart';
import { FilterSelect } from './FilterSelect';
import { HeadedTable } from './HeadedTable';
import { countText } from './WorkforceTables';

/** The messages EvidenceView shows; the page passes exactly these. */
export const evidenceViewMessages = [
  'evidenceView.probing',
  'evidenceView.noServer',
  'evidenceView.signedOut',
  'evidenceView.signInLink',
  'evidenceView.loading',
  'evidenceView.loadFailed',
  'evidenceView.showing',
  'evidenceView.region',
  'evidenceView.allRegions',
  'evidenceView.path',
  'evidenceView.allPaths',
  'evidenceView.asOf',
  'evidenceView.tooFew',
  'evidenceView.reportHeading',
  'evidenceView.hiddenRule',
  'evidenceView.hiddenShare',
  'evidenceView.competency',
  'evidenceView.csv',
  'evidenceView.print',
  'evidenceView.month',
  'evidenceView.share',
  'evidenceView.learners',
  'evidenceView.atTarget.title',
  'evidenceView.atTarget.summary',
  'evidenceView.atTarget.none',
  'evidenceView.started',
  'evidenceView.atOrAbove',
  'evidenceView.eventsOnChart',
  'evidenceView.cohorts.title',
  'evidenceView.cohorts.summary',
  'evidenceView.cohorts.none',
  'evidenceView.cohort',
  'evidenceView.monthsSince',
  'evidenceView.reach.title',
  'evidenceView.reach.summary',
  'evidenceView.reach.none',
  'evidenceView.function',
  'evidenceView.adoption.title',
  'evidenceView.adoption.summary',
  'evidenceView.hours',
  'evidenceView.step',
  'evidenceView.invited',
  'evidenceView.enrolled',
  'evidenceView.active',
  'evidenceView.growth.title',
  'evidenceView.growth.summary',
  'evidenceView.growth.none',
  'evidenceView.level',
  'evidenceView.before',
  'evidenceView.after',
  'evidenceView.stalls.title',
  'evidenceView.stalls.summary',
  'evidenceView.stalls.none',
  'evidenceView.lastModule',
  'evidenceView.timeline',
  'evidenceView.noEvents',
  'evidenceView.date',
  'evidenceView.kind',
  'evidenceView.label',
  'evidenceView.kind.launch',
  'evidenceView.kind.relaunch',
  'evidenceView.kind.curriculum-version',
  'evidenceView.kind.campaign',
  'evidenceView.addEvent',
  'evidenceView.deleteEvent',
  'evidenceView.eventAdded',
  'evidenceView.eventDeleted',
  'workforceTables.fewerThan',
  'workforceTables.hidden',
] as const;

type Id = (typeof evidenceViewMessages)[number];
type Phase = { kind: 'probing' } | { kind: 'no-server' } | { kind: 'signed-out' } | { kind: 'signed-in' };
type EventField = 'date' | 'kind' | 'label';

const CHART_COLOUR = '#3b5bdb';
const EVENT_COLOUR = '#b45309';

/** The report's query string: the filters a lead chose (an empty one is left out). */
const query = (filters: Record<string, string>, extra: Record<string, string> = {}) => {
  const params = new URLSearchParams(Object.entries({ ...filters, ...extra }).filter(([, v]) => v !== ''));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
};

/** A month (`YYYY-MM`) as a date Plot places on a time axis. */
const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);

/** A table in its own scrolling box, so a wide one never makes the page scroll sideways. */
const Scroll = ({ children }: { children: ReactNode }) => (
  // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
  <div className="table-scroll" tabIndex={0}>
    {children}
  </div>
);

/** The programme evidence page for COE leads: filters, a figure, summary, table and CSV per chart, and the programme timeline. */
export default function EvidenceView({ i18n }: { i18n: IslandMessages<Id> }) {
  const t = useMemo(() => createTranslator(i18n.locale, i18n.messages), [i18n]);
  const percent = useMemo(() => new Intl.NumberFormat(i18n.locale, { style: 'percent' }), [i18n.locale]);
  const number = useMemo(() => new Intl.NumberFormat(i18n.locale, { maximumFractionDigits: 1 }), [i18n.locale]);
  const [phase, setPhase] = useState<Phase>({ kind: 'probing' });
  const [region, setRegion] = useState('');
  const [path, setPath] = useState('');
  const [asOf, setAsOf] = useState('');
  const [competency, setCompetency] = useState('');
  const [report, setReport] = useState<EvidenceReport | null>(null);
  const [status, setStatus] = useState('');
  const [reloads, setReloads] = useState(0);
  const [eventErrors, setEventErrors] = useState<Partial<Record<EventField | 'form', string>>>({});
  const [eventStatus, setEventStatus] = useState('');

  useEffect(() => {
    void hasCohesionServer().then(async (hasServer) => {
      if (!hasServer) return setPhase({ kind: 'no-server' });
      const session = await readSession().catch(() => null);
      setPhase(session?.user ? { kind: 'signed-in' } : { kind: 'signed-out' });
    });
  }, []);

  useEffect(() => {
    if (phase.kind !== 'signed-in' || reloads < 0) return;
    let current = true;
    setStatus(t('evidenceView.loading'));
    void (async () => {
      // The session cookie (signed in on the account page) speaks for the lead.
      const response = await fetch(`/api/evidence${query({ region, path, asOf })}`, {
        headers: { 'X-Requested-With': 'XMLHttpRequest' },
      });
      const body: unknown = await response.json().catch(() => undefined);
      if (!current) return;
      if (response.status === 401 || response.status === 403) return setPhase({ kind: 'signed-out' });
      if (!response.ok) {
        const message = (body as { message?: string } | undefined)?.message ?? String(response.status);
        return setStatus(t('evidenceView.loadFailed', { message }));
      }
      const next = evidenceReportSchema.parse(body);
      setReport(next);
      setStatus(next.reason ?? t('evidenceView.showing', { count: next.population.count ?? 0 }));
    })();
    return () => {
      current = false;
    };
  }, [phase, region, path, asOf, reloads, t]);

  const series = useMemo(() => (report === null ? null : evidenceChartSeries(report)), [report]);
  const chosen = report?.growth.find((g) => g.id === competency) ?? report?.growth[0];
  const atTarget = report?.adoption.atTarget.find((c) => c.id === chosen?.id);

  const shareText = (share: number | null) => (share === null ? t('evidenceView.hiddenShare') : percent.format(share));
  const countOf = (count: LearnerCount) => countText(count, report?.minGroup ?? 0, t);

  const drawAtTarget = useCallback(
    (plot: PlotModule, width: number) => {
      if (report === null || atTarget === undefined) return null;
      const points = atTarget.monthly.flatMap((m) =>
        m.share === null ? [] : [{ date: monthDate(m.month), share: m.share }],
      );
      const events = report.events.map((e) => ({ ...e, at: new Date(`${e.date}T00:00:00Z`) }));
      const first = monthDate(report.months[0]!).getTime();
      const last = monthDate(report.months.at(-1)!).getTime();
      return plot.plot({
        width,
        height: 260,
        marginTop: 24,
        x: { type: 'utc', domain: [new Date(first), new Date(last)], label: null },
        y: { domain: [0, 1], tickFormat: (d: number) => percent.format(d), label: null, grid: true },
        marks: [
          plot.ruleY([0]),
          plot.ruleX(events, { x: 'at', stroke: EVENT_COLOUR, strokeDasharray: '4 3' }),
          // A label reads away from the nearer edge, so it stays inside the chart on a phone.
          ...(['start', 'end'] as const).map((anchor) =>
            plot.text(
              events.filter((e) => e.at.getTime() > (first + last) / 2 === (anchor === 'end')),
              {
                x: 'at',
                text: 'label',
                frameAnchor: 'top',
                textAnchor: anchor,
                dx: anchor === 'start' ? 3 : -3,
                dy: -14,
                fill: EVENT_COLOUR,
                lineWidth: 12,
              },
            ),
          ),
          plot.lineY(points, { x: 'date', y: 'share', stroke: CHART_COLOUR, marker: 'circle' }),
        ],
      });
    },
    [report, atTarget, percent],
  );

  const drawCohorts = useCallback(
    (plot: PlotModule, width: number) => {
      if (series === null) return null;
      return plot.plot({
        width,
        height: 260,
        marginRight: 64,
        // Whole months only: Plot's own ticks would fall between them.
        x: {
          label: t('evidenceView.monthsSince'),
          ticks: Array.from({ length: Math.max(0, ...series.cohorts.map((p) => Number(p.x))) + 1 }, (_, age) => age),
        },
        y: { domain: [0, 1], tickFormat: (d: number) => percent.format(d), label: null, grid: true },
        marks: [
          plot.ruleY([0]),
          plot.lineY(series.cohorts, { x: 'x', y: 'share', z: 'series', stroke: CHART_COLOUR, marker: 'circle' }),
          plot.text(
            series.cohorts,
            plot.selectLast({ x: 'x', y: 'share', z: 'series', text: 'series', textAnchor: 'start', dx: 6 }),
          ),
        ],
      });
    },
    [series, percent, t],
  );

  /** Horizontal bars, each labelled inside with its category and count: long names fit a phone. */
  const bars = useCallback(
    (rows: ReadonlyArray<{ category: string; learners: number }>) => (plot: PlotModule, width: number) =>
      rows.length === 0
        ? null
        : plot.plot({
            width,
            height: 34 * rows.length + 30,
            marginLeft: 8,
            marginRight: 16,
            x: { label: t('evidenceView.learners'), grid: true },
            y: { axis: null, padding: 0.15 },
            marks: [
              plot.barX(rows, { y: 'category', x: 'learners', fill: '#c5d0fa' }),
              plot.text(rows, {
                y: 'category',
                x: 0,
                text: (d: { category: string; learners: number }) => `${d.category}: ${d.learners}`,
                textAnchor: 'start',
                dx: 4,
                fill: 'black',
              }),
              plot.ruleX([0]),
            ],
          }),
    [t],
  );

  const steps = ['invited', 'enrolled', 'active'] as const;
  const drawReach = useMemo(() => bars(series?.reach ?? []), [bars, series]);
  const drawAdoption = useMemo(
    () =>
      bars(
        (series?.adoption ?? []).map((b) => ({
          ...b,
          category: t(`evidenceView.${b.category as (typeof steps)[number]}`),
        })),
      ),
    [bars, series, t],
  );

  const drawGrowth = useCallback(
    (plot: PlotModule, width: number) => {
      if (report === null || chosen === undefined) return null;
      const rows = (['before', 'after'] as const).flatMap((when) =>
        chosen[when].flatMap((c, level) =>
          c.count === null ? [] : [{ level: String(level), when: t(`evidenceView.${when}`), learners: c.count }],
        ),
      );
      if (rows.length === 0) return null;
      return plot.plot({
        width,
        height: 240,
        marginTop: 36,
        fx: { axis: 'top', label: t('evidenceView.level'), domain: report.levels.map((l) => String(l.level)) },
        x: { label: null, domain: [t('evidenceView.before'), t('evidenceView.after')] },
        y: { label: t('evidenceView.learners'), grid: true },
        color: { domain: [t('evidenceView.before'), t('evidenceView.after')], range: ['#adb5bd', CHART_COLOUR] },
        marks: [plot.barY(rows, { fx: 'level', x: 'when', y: 'learners', fill: 'when' }), plot.ruleY([0])],
      });
    },
    [report, chosen, t],
  );

  const addEvent = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = Object.fromEntries(new FormData(form)) as Record<EventField, string>;
    const parsed = programmeEventSchema.safeParse(data);
    if (!parsed.success) {
      const errors: Partial<Record<EventField, string>> = {};
      for (const issue of parsed.error.issues) errors[issue.path[0] as EventField] ??= issue.message;
      setEventErrors(errors);
      return;
    }
    try {
      await addProgrammeEvent(parsed.data);
      setEventErrors({});
      setEventStatus(t('evidenceView.eventAdded', { label: parsed.data.label }));
      form.reset();
      setReloads((n) => n + 1);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const field = error instanceof ApiError ? error.field : undefined;
      setEventErrors(
        field === 'date' || field === 'kind' || field === 'label' ? { [field]: message } : { form: message },
      );
    }
  };

  const removeEvent = async (id: string, label: string) => {
    try {
      await deleteProgrammeEvent(id);
      setEventStatus(t('evidenceView.eventDeleted', { label }));
      setReloads((n) => n + 1);
    } catch (error) {
      setEventErrors({ form: error instanceof Error ? error.message : String(error) });
    }
  };

  if (phase.kind === 'probing') return <p role="status">{t('evidenceView.probing')}</p>;
  if (phase.kind === 'no-server') return <p role="status">{t('evidenceView.noServer')}</p>;
  if (phase.kind === 'signed-out')
    return (
      <p role="status">
        {t('evidenceView.signedOut')} <a href={`${i18n.base}account/`}>{t('evidenceView.signInLink')}</a>
      </p>
    );

  const options = report?.options;
  const reportable = (items: ReadonlyArray<{ id: string; name: string; reportable: boolean }>) =>
    items.map((i) => ({ value: i.id, label: i.reportable ? i.name : t('evidenceView.tooFew', { name: i.name }) }));
  const csv = (chart: ChartId, title: string) => (
    <p className="evidence-csv">
      <a href={`/api/evidence.csv${query({ region, path, asOf }, { chart })}`} download>
        {t('evidenceView.csv', { chart: title })}
      </a>
    </p>
  );
  const error = (field: EventField | 'form') =>
    eventErrors[field] === undefined ? null : (
      <p className="field-error" id={`ev-${field}-error`} role="alert">
        {eventErrors[field]}
      </p>
    );
  const describedBy = (field: EventField) => (eventErrors[field] === undefined ? undefined : `ev-${field}-error`);

  const regionName = options?.regions.find((r) => r.id === region)?.name ?? t('evidenceView.allRegions');
  const pathName = options?.paths.find((p) => p.id === path)?.name ?? t('evidenceView.allPaths');

  /** The chart summaries: one or two sentences worked out from the figures shown. */
  const summaries = () => {
    if (report === null || series === null) return null;
    const targetNow = atTarget?.monthly.findLast((m) => m.share !== null);
    const cohortLatest = [...latestShares(series.cohorts).values()].sort((a, b) => b.share - a.share)[0];
    const reachTop = [...series.reach].sort((a, b) => b.learners - a.learners)[0];
    const stalled = report.adoption.stalls.filter((s) => s.learners.count !== null);
    const topStall = [...stalled].sort((a, b) => (b.learners.count ?? 0) - (a.learners.count ?? 0))[0];
    return {
      atTarget:
        targetNow === undefined || chosen === undefined
          ? t('evidenceView.atTarget.none')
          : t('evidenceView.atTarget.summary', {
              competency: chosen.name,
              share: percent.format(targetNow.share!),
              month: targetNow.month,
              count: report.events.length,
            }),
      cohorts:
        cohortLatest === undefined
          ? t('evidenceView.cohorts.none')
          : t('evidenceView.cohorts.summary', {
              count: latestShares(series.cohorts).size,
              cohort: cohortLatest.series,
              share: percent.format(cohortLatest.share),
              age: cohortLatest.x,
            }),
      reach:
        reachTop === undefined
          ? t('evidenceView.reach.none', { shared: report.reach.sharedModules })
          : t('evidenceView.reach.summary', {
              count: series.reach.length,
              name: reachTop.category,
              learners: reachTop.learners,
              shared: report.reach.sharedModules,
            }),
      adoption: t('evidenceView.adoption.summary', {
        invited: countOf(report.adoption.invited),
        enrolled: countOf(report.adoption.enrolled),
        active: countOf(report.adoption.active),
      }),
      growth:
        chosen === undefined || chosen.paired.count === null
          ? t('evidenceView.growth.none', { competency: chosen?.name ?? '' })
          : t('evidenceView.growth.summary', {
              competency: chosen.name,
              paired: chosen.paired.count,
              moved: shareText(chosen.shareMovedUp),
              median: chosen.medianGained === null ? t('evidenceView.hiddenShare') : chosen.medianGained,
            }),
      stalls:
        topStall === undefined
          ? t('evidenceView.stalls.none')
          : t('evidenceView.stalls.summary', { name: topStall.name, learners: countOf(topStall.learners) }),
    };
  };
  const summary = summaries();

  return (
    <div className="evidence">
      <form className="evidence-filters" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect
          label={t('evidenceView.region')}
          value={region}
          blank={t('evidenceView.allRegions')}
          options={reportable(options?.regions ?? [])}
          onChange={setRegion}
        />
        <FilterSelect
          label={t('evidenceView.path')}
          value={path}
          blank={t('evidenceView.allPaths')}
          options={reportable(options?.paths ?? [])}
          onChange={setPath}
        />
        <label>
          {t('evidenceView.asOf')}
          <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        </label>
        <button className="button secondary" type="button" onClick={() => window.print()}>
          {t('evidenceView.print')}
        </button>
      </form>
      <p role="status" className="evidence-status">
        {status}
      </p>
      {report !== null && series !== null && summary !== null && (
        <>
          <h2 className="evidence-report-heading">
            {t('evidenceView.reportHeading', { date: report.asOf, regionName, pathName })}
          </h2>
          <p className="muted">{t('evidenceView.hiddenRule', { count: report.minGroup })}</p>

          <div className="evidence-competency">
            <FilterSelect
              label={t('evidenceView.competency')}
              value={chosen?.id ?? ''}
              blank={t('evidenceView.competency')}
              options={report.growth.map((g) => ({ value: g.id, label: g.name }))}
              onChange={setCompetency}
            />
          </div>

          <section aria-labelledby="ev-at-target">
            <h3 id="ev-at-target">{t('evidenceView.atTarget.title')}</h3>
            <EvidenceChart title={t('evidenceView.atTarget.title')} summary={summary.atTarget} draw={drawAtTarget}>
              <p className="evidence-legend">
                {t('evidenceView.eventsOnChart')}{' '}
                {report.events.length === 0
                  ? t('evidenceView.noEvents')
                  : report.events.map((e) => `${e.date} ${e.label}`).join(' · ')}
              </p>
            </EvidenceChart>
            <Scroll>
              <HeadedTable
                caption={`${t('evidenceView.atTarget.title')}: ${chosen?.name ?? ''}`}
                columns={[
                  t('evidenceView.month'),
                  t('evidenceView.started'),
                  t('evidenceView.atOrAbove'),
                  t('evidenceView.share'),
                ]}
              >
                {atTarget?.monthly.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{m.month}</th>
                    <td className="num">{countOf(m.started)}</td>
                    <td className="num">{countOf(m.atOrAbove)}</td>
                    <td className="num">{shareText(m.share)}</td>
                  </tr>
                ))}
              </HeadedTable>
            </Scroll>
            {csv('at-target', t('evidenceView.atTarget.title'))}
          </section>

          <section aria-labelledby="ev-growth">
            <h3 id="ev-growth">{t('evidenceView.growth.title')}</h3>
            <EvidenceChart title={t('evidenceView.growth.title')} summary={summary.growth} draw={drawGrowth} />
            <Scroll>
              <HeadedTable
                caption={`${t('evidenceView.growth.title')}: ${chosen?.name ?? ''}`}
                columns={[t('evidenceView.level'), t('evidenceView.before'), t('evidenceView.after')]}
              >
                {report.levels.map((l) => (
                  <tr key={l.level}>
                    <th scope="row">{`${l.level} ${l.name}`}</th>
                    <td className="num">{chosen ? countOf(chosen.before[l.level]!) : ''}</td>
                    <td className="num">{chosen ? countOf(chosen.after[l.level]!) : ''}</td>
                  </tr>
                ))}
              </HeadedTable>
            </Scroll>
            {csv('growth', t('evidenceView.growth.title'))}
          </section>

          <section aria-labelledby="ev-cohorts">
            <h3 id="ev-cohorts">{t('evidenceView.cohorts.title')}</h3>
            <EvidenceChart title={t('evidenceView.cohorts.title')} summary={summary.cohorts} draw={drawCohorts} />
            <Scroll>
              <HeadedTable
                caption={t('evidenceView.cohorts.title')}
                columns={[
                  t('evidenceView.cohort'),
                  t('evidenceView.learners'),
                  ...report.months.map((_, age) => `${t('evidenceView.monthsSince')} ${age}`),
                ]}
              >
                {report.cohorts.map((c) => (
                  <tr key={c.month}>
                    <th scope="row">{c.month}</th>
                    <td className="num">{countOf(c.learners)}</td>
                    {report.months.map((month, age) => (
                      <td className="num" key={month}>
                        {age < c.curve.length ? shareText(c.curve[age]!.oneModule) : ''}
                      </td>
                    ))}
                  </tr>
                ))}
              </HeadedTable>
            </Scroll>
            {csv('cohorts', t('evidenceView.cohorts.title'))}
          </section>

          <section aria-labelledby="ev-reach">
            <h3 id="ev-reach">{t('evidenceView.reach.title')}</h3>
            <EvidenceChart title={t('evidenceView.reach.title')} summary={summary.reach} draw={drawReach} />
            <Scroll>
              <HeadedTable
                caption={t('evidenceView.reach.title')}
                columns={[t('evidenceView.function'), t('evidenceView.enrolled')]}
              >
                {report.reach.functions.map((f, i) => (
                  <tr key={f.id}>
                    <th scope="row">{f.name}</th>
                    <td className="num">{countOf(report.reach.enrolled[i]!)}</td>
                  </tr>
                ))}
              </HeadedTable>
            </Scroll>
            {csv('reach', t('evidenceView.reach.title'))}
          </section>

          <section aria-labelledby="ev-adoption">
            <h3 id="ev-adoption">{t('evidenceView.adoption.title')}</h3>
            <EvidenceChart title={t('evidenceView.adoption.title')} summary={summary.adoption} draw={drawAdoption}>
              <p>
                {t('evidenceView.hours', {
                  hours:
                    report.adoption.hours === null
                      ? t('evidenceView.hiddenShare')
                      : number.format(report.adoption.hours),
                })}
              </p>
            </EvidenceChart>
            <Scroll>
              <HeadedTable
                caption={t('evidenceView.adoption.title')}
                columns={[t('evidenceView.step'), t('evidenceView.learners')]}
              >
                {steps.map((step) => (
                  <tr key={step}>
                    <th scope="row">{t(`evidenceView.${step}`)}</th>
                    <td className="num">{countOf(report.adoption[step])}</td>
                  </tr>
                ))}
              </HeadedTable>
            </Scroll>
            {csv('adoption', t('evidenceView.adoption.title'))}
          </section>

          <section aria-labelledby="ev-stalls">
            <h3 id="ev-stalls">{t('evidenceView.stalls.title')}</h3>
            <p>{summary.stalls}</p>
            <Scroll>
              <HeadedTable
                caption={t('evidenceView.stalls.title')}
                columns={[t('evidenceView.lastModule'), t('evidenceView.learners')]}
              >
                {report.adoption.stalls.map((s) => (
                  <tr key={s.id ?? ''}>
                    <th scope="row">{s.name}</th>
                    <td className="num">{countOf(s.learners)}</td>
                  </tr>
                ))}
              </HeadedTable>
            </Scroll>
            {csv('stalls', t('evidenceView.stalls.title'))}
          </section>

          <section aria-labelledby="ev-timeline" className="evidence-timeline">
            <h3 id="ev-timeline">{t('evidenceView.timeline')}</h3>
            {report.events.length === 0 ? (
              <p>{t('evidenceView.noEvents')}</p>
            ) : (
              <ul>
                {report.events.map((e) => (
                  <li key={e.id ?? `${e.date}-${e.label}`}>
                    {e.date} · {t(`evidenceView.kind.${e.kind}`)} · {e.label}{' '}
                    {e.id !== undefined && (
                      <button
                        className="button secondary"
                        type="button"
                        onClick={() => void removeEvent(e.id!, e.label)}
                      >
                        {t('evidenceView.deleteEvent', { label: e.label })}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <form className="stacked-form evidence-event-form" onSubmit={(e) => void addEvent(e)} noValidate>
              <label htmlFor="ev-date">{t('evidenceView.date')}</label>
              <input id="ev-date" name="date" type="date" aria-describedby={describedBy('date')} required />
              {error('date')}
              <label htmlFor="ev-kind">{t('evidenceView.kind')}</label>
              <select id="ev-kind" name="kind" aria-describedby={describedBy('kind')}>
                {programmeEventKindSchema.options.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`evidenceView.kind.${kind}`)}
                  </option>
                ))}
              </select>
              {error('kind')}
              <label htmlFor="ev-label">{t('evidenceView.label')}</label>
              <input id="ev-label" name="label" maxLength={120} aria-describedby={describedBy('label')} required />
              {error('label')}
              {error('form')}
              <button className="button" type="submit">
                {t('evidenceView.addEvent')}
              </button>
              <p role="status">{eventStatus}</p>
            </form>
          </section>
        </>
      )}
    </div>
  );
}
