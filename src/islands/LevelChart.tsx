import type { CompetencyEstimate } from '../lib/assessment/scoreAssessment';

import type { Translate } from '../lib/i18n/createTranslator';
import { HeadedTable } from './HeadedTable';

/** The messages LevelChart shows; its island passes them on. */
export const levelChartMessages = [
  'levelChart.high',
  'levelChart.medium',
  'levelChart.low',
  'levelChart.none',
  'levelChart.noTarget',
  'levelChart.gap',
  'levelChart.met',
  'levelChart.summary',
  'levelChart.caption',
  'levelChart.table',
  'levelChart.competency',
  'levelChart.yourLevel',
  'levelChart.target',
  'levelChart.confidence',
  'levelChart.notYet',
  'levelChart.answered',
  'levelChart.settled',
] as const;

interface Props {
  t: Translate<(typeof levelChartMessages)[number]>;
  estimates: CompetencyEstimate[];
  targets: Record<string, number>;
  names: Record<string, string>;
  scale: Array<{ level: number; name: string }>;
}

const GAP = '#a4470f';
const MET = '#1f6f43';

/**
 * Current level against target per competency, gaps first (largest first): a bar chart drawn in
 * HTML so its text stays at the page's size on a phone, and the same numbers as a table. A gap is
 * told apart from a met target by colour, by its bar's pattern and in words.
 */
export default function LevelChart({ t, estimates, targets, names, scale }: Props) {
  const confidenceText = {
    high: t('levelChart.high'),
    medium: t('levelChart.medium'),
    low: t('levelChart.low'),
    none: t('levelChart.none'),
  };
  const name = (e: CompetencyEstimate) => names[e.competency] ?? e.competency;
  const shortBy = (e: CompetencyEstimate) => (targets[e.competency] ?? 0) - e.level;
  const rows = [...estimates].sort(
    (a, b) => Math.max(shortBy(b), 0) - Math.max(shortBy(a), 0) || name(a).localeCompare(name(b)),
  );
  const top = Math.max(...scale.map((l) => l.level), 1);
  const pct = (level: number) => `${(level / top) * 100}%`;
  const gaps = rows.filter((e) => shortBy(e) > 0).length;
  const status = (e: CompetencyEstimate) => {
    const target = targets[e.competency];
    if (target === undefined) return t('levelChart.noTarget');
    return shortBy(e) > 0 ? t('levelChart.gap', { level: e.level, target }) : t('levelChart.met');
  };
  return (
    <figure className="level-chart">
      <div role="img" aria-label={t('levelChart.summary', { gaps, count: rows.length })}>
        {rows.map((e) => {
          const target = targets[e.competency];
          const gap = shortBy(e) > 0;
          return (
            <div key={e.competency} style={{ margin: '0 0 0.6rem' }}>
              <div
                style={{
                  display: 'flex',
                  flexWrap: 'wrap',
                  justifyContent: 'space-between',
                  gap: '0 0.5rem',
                  fontSize: '0.9rem',
                }}
              >
                <span>{name(e)}</span>
                <strong style={{ color: gap ? GAP : MET }}>{status(e)}</strong>
              </div>
              <div style={{ position: 'relative', height: '1rem', background: '#eef1f5', borderRadius: 3 }}>
                <div
                  style={{
                    width: pct(e.level),
                    minWidth: 2,
                    height: '100%',
                    borderRadius: 3,
                    background: gap ? `repeating-linear-gradient(135deg, ${GAP} 0 6px, #c8733a 6px 10px)` : MET,
                    opacity: e.confidence === 'low' ? 0.6 : 1,
                  }}
                />
                {target !== undefined && target > 0 && (
                  <div
                    style={{
                      position: 'absolute',
                      left: `calc(${pct(target)} - 2px)`,
                      top: -3,
                      bottom: -3,
                      width: 3,
                      background: '#1d2430',
                    }}
                  />
                )}
              </div>
            </div>
          );
        })}
        <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: '0.75rem', color: '#4a5566' }}>
          {[{ level: 0 }, ...scale].map((l) => (
            <span key={l.level}>{l.level}</span>
          ))}
        </div>
      </div>
      <figcaption className="muted">{t('levelChart.caption', { top, name: scale.at(-1)?.name ?? '' })}</figcaption>
      {/* Fixed layout with wrapping anywhere: long competency names never push the page sideways. */}
      <HeadedTable
        style={{ tableLayout: 'fixed', overflowWrap: 'anywhere' }}
        caption={t('levelChart.table')}
        columns={[
          t('levelChart.competency'),
          t('levelChart.yourLevel'),
          t('levelChart.target'),
          t('levelChart.confidence'),
        ]}
      >
        {rows.map((e) => (
          <tr key={e.competency}>
            <th scope="row">{name(e)}</th>
            <td>
              {e.level} {scale.find((l) => l.level === e.level)?.name ?? t('levelChart.notYet')}
            </td>
            <td>
              {targets[e.competency] ?? '—'} <span className="muted">({status(e).toLowerCase()})</span>
            </td>
            <td>
              {t(e.confidence === 'high' && e.answered < e.total ? 'levelChart.settled' : 'levelChart.answered', {
                confidence: confidenceText[e.confidence],
                answered: e.answered,
                total: e.total,
              })}
            </td>
          </tr>
        ))}
      </HeadedTable>
    </figure>
  );
}
