import { type ReactNode, useEffect, useId, useRef } from 'react';

/** Observable Plot's module, loaded only when an evidence chart is first drawn. */
export type PlotModule = typeof import('./evidencePlot');

/** Draws a chart at the given width with Plot (null: nothing to draw). */
export type DrawChart = (plot: PlotModule, width: number) => SVGSVGElement | HTMLElement | null;

// One import shared by every chart of the page: the library is fetched once, and only on this page.
let plotModule: Promise<PlotModule> | undefined;
const loadPlot = () => {
  plotModule ??= import('./evidencePlot');
  return plotModule;
};

/**
 * A chart of the evidence page as a figure named by its title, with a text summary: the SVG Plot
 * draws (`draw`, at the container's width) is hidden from screen readers, since the table that
 * follows the figure carries the same figures.
 */
export function EvidenceChart({
  title,
  summary,
  draw,
  children,
}: {
  title: string;
  summary: string;
  draw: DrawChart;
  children?: ReactNode;
}) {
  const id = useId();
  const area = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = area.current;
    if (element === null) return;
    let current = true;
    let drawnWidth = 0;
    const render = async () => {
      const width = Math.floor(element.clientWidth);
      if (width === 0 || width === drawnWidth) return;
      const plot = await loadPlot();
      if (!current) return;
      drawnWidth = width;
      const chart = draw(plot, width);
      // Plot adds a <style> element of its own, which the page's Content-Security-Policy refuses: the
      // page's stylesheet gives the charts the same rules instead.
      for (const style of chart?.querySelectorAll('style') ?? []) style.remove();
      chart?.setAttribute('aria-hidden', 'true');
      element.replaceChildren(...(chart === null ? [] : [chart]));
    };
    void render();
    const observer = new ResizeObserver(() => void render());
    observer.observe(element);
    return () => {
      current = false;
      observer.disconnect();
    };
  }, [draw]);

  return (
    <figure className="evidence-chart" aria-labelledby={`${id}-title`}>
      <figcaption>
        <strong id={`${id}-title`}>{title}</strong> <span>{summary}</span>
      </figcaption>
      <div ref={area} className="evidence-plot" />
      {children}
    </figure>
  );
}
