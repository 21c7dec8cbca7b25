import { useEffect, useMemo, useState } from 'react';
import { readSession } from '../client/accountApi';
import { hasCohesionServer } from '../client/hasCohesionServer';
import { evidenceChartSeries } from '../lib/evidence/evidenceChartSeries';
import { type EvidenceReport, evidenceReportSchema } from '../lib/evidence/evidenceReportSchema';
import { UNSTATED_FUNCTION } from '../lib/evidence/learnerHistory';
import { createTranslator } from '../lib/i18n/createTranslator';
import type { IslandMessages } from '../lib/i18n/islandMessages';
import { UNKNOWN_REGION } from '../lib/workforce/learnerStanding';
import { AdoptionSection } from './evidence/AdoptionSection';
import { AtTargetSection } from './evidence/AtTargetSection';
import { CohortsSection } from './evidence/CohortsSection';
import type { EvidenceFormat } from './evidence/EvidenceFormat';
import { evidenceQuery } from './evidence/evidenceQuery';
import { type EvidenceMessage, evidenceViewMessages } from './evidence/evidenceViewMessages';
import { GrowthSection } from './evidence/GrowthSection';
import { PopulationForm } from './evidence/PopulationForm';
import { ReachSection } from './evidence/ReachSection';
import { StallsSection } from './evidence/StallsSection';
import { TimelineSection } from './evidence/TimelineSection';
import { FilterSelect } from './FilterSelect';
import { SignInNotice } from './SignInNotice';
import { countText } from './WorkforceTables';

export { evidenceViewMessages };

type Phase = { kind: 'probing' } | { kind: 'no-server' } | { kind: 'signed-out' } | { kind: 'signed-in' };

/** The programme evidence page for COE leads: filters, a figure, summary, table and CSV per chart, the population and the programme timeline. */
export default function EvidenceView({ i18n }: { i18n: IslandMessages<EvidenceMessage> }) {
  const t = useMemo(() => createTranslator(i18n.locale, i18n.messages), [i18n]);
  const [phase, setPhase] = useState<Phase>({ kind: 'probing' });
  const [region, setRegion] = useState('');
  const [path, setPath] = useState('');
  const [asOf, setAsOf] = useState('');
  const [competency, setCompetency] = useState('');
  const [report, setReport] = useState<EvidenceReport | null>(null);
  const [status, setStatus] = useState('');
  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads((n) => n + 1);

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
      const response = await fetch(`/api/evidence${evidenceQuery({ region, path, asOf })}`, {
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

  const format = useMemo<EvidenceFormat>(() => {
    const percent = new Intl.NumberFormat(i18n.locale, { style: 'percent' });
    return {
      t,
      percent,
      number: new Intl.NumberFormat(i18n.locale, { maximumFractionDigits: 1 }),
      when: new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeStyle: 'short' }),
      count: (count) => countText(count, report?.minGroup ?? 0, t),
      share: (share) => (share === null ? t('evidenceView.hiddenShare') : percent.format(share)),
      csvHref: (chart) => `/api/evidence.csv${evidenceQuery({ region, path, asOf }, { chart })}`,
    };
  }, [i18n.locale, t, report, region, path, asOf]);
  const series = useMemo(() => (report === null ? null : evidenceChartSeries(report)), [report]);
  const chosen = report?.growth.find((g) => g.id === competency) ?? report?.growth[0];

  if (phase.kind === 'probing') return <p role="status">{t('evidenceView.probing')}</p>;
  if (phase.kind === 'no-server') return <p role="status">{t('evidenceView.noServer')}</p>;
  if (phase.kind === 'signed-out')
    return <SignInNotice text={t('evidenceView.signedOut')} link={t('evidenceView.signInLink')} base={i18n.base} />;

  const options = report?.options;
  const reportable = (items: ReadonlyArray<{ id: string; name: string; reportable: boolean }> = []) =>
    items.map((i) => ({ value: i.id, label: i.reportable ? i.name : t('evidenceView.tooFew', { name: i.name }) }));
  // The filters: each names its choices "too few" where the small-group rule refuses them.
  const filters = [
    { label: t('evidenceView.region'), value: region, blank: t('evidenceView.allRegions'), set: setRegion },
    { label: t('evidenceView.path'), value: path, blank: t('evidenceView.allPaths'), set: setPath },
  ].map((f, i) => ({ ...f, options: reportable(i === 0 ? options?.regions : options?.paths) }));
  const regionName = options?.regions.find((r) => r.id === region)?.name ?? t('evidenceView.allRegions');
  const pathName = options?.paths.find((p) => p.id === path)?.name ?? t('evidenceView.allPaths');
  // Sizes are entered for the curriculum's regions and functions, not for learners with none.
  const populationRegions = report?.options.regions.filter((r) => r.id !== UNKNOWN_REGION) ?? [];
  const populationFunctions =
    report?.reach.functions.filter((f) => f.id !== UNSTATED_FUNCTION).map(({ id, name }) => ({ id, name })) ?? [];

  return (
    <div className="evidence">
      <form className="evidence-filters" onSubmit={(e) => e.preventDefault()}>
        {filters.map(({ set, ...f }) => (
          <FilterSelect key={f.blank} {...f} onChange={set} />
        ))}
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
      {report !== null && series !== null && (
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

          <AtTargetSection
            report={report}
            competency={report.adoption.atTarget.find((c) => c.id === chosen?.id)}
            format={format}
          />
          <GrowthSection report={report} growth={chosen} format={format} />
          <CohortsSection report={report} series={series} format={format} />
          <ReachSection report={report} series={series} format={format} />
          <AdoptionSection report={report} series={series} format={format} />
          <StallsSection report={report} series={series} format={format} />
          <TimelineSection report={report} format={format} onChange={reload} />
          <PopulationForm
            regions={populationRegions}
            functions={populationFunctions}
            format={format}
            onChange={reload}
          />
        </>
      )}
    </div>
  );
}
