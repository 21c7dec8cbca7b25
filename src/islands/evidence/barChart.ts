import type { PlotModule } from '../EvidenceChart';

/** A bar of a horizontal bar chart: its category and the learners (or people) it counts. */
export interface BarRow {
  category: string;
  learners: number;
  /** The words inside the bar; `category: learners` when absent. */
  text?: string;
}

/** Horizontal bars, each labelled inside with its category and count: long names fit a phone. */
export const barChart = (rows: readonly BarRow[], axisLabel: string) => (plot: PlotModule, width: number) =>
  rows.length === 0
    ? null
    : plot.plot({
        width,
        height: 34 * rows.length + 30,
        marginLeft: 8,
        marginRight: 16,
        x: { label: axisLabel, grid: true },
        y: { axis: null, padding: 0.15, domain: rows.map((r) => r.category) },
        marks: [
          plot.barX(rows, { y: 'category', x: 'learners', fill: '#c5d0fa' }),
          plot.text(rows, {
            y: 'category',
            x: 0,
            text: (d: BarRow) => d.text ?? `${d.category}: ${d.learners}`,
            textAnchor: 'start',
            dx: 4,
            fill: 'black',
          }),
          plot.ruleX([0]),
        ],
      });
