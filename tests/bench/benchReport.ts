import type { PageScripts } from './analysePageScripts';
import type { MachineInfo } from './machineInfo';
import type { FirstSearch } from './measureFirstSearch';
import type { FirstVisit } from './measureFirstVisit';
import type { PageWeight } from './measurePageWeight';
import type { LighthouseScores } from './runLighthouse';
import type { RunCost } from './runMeasured';
import type { SearchFigures } from './searchBench';

/** A timed operation (milliseconds) and, when it has one, its budget. */
export interface Timing {
  name: string;
  median: number;
  p95?: number;
  budget?: { ms: number; on: 'median' | 'p95' };
}

/** One page type of one built site: what Chromium fetched, and the JavaScript its HTML declares. */
export interface PageFigures {
  type: string;
  path: string;
  measured: PageWeight;
  declared: PageScripts;
}

/** A built site: which generator, how big, what the build cost, its pages, and its module pages' HTML size. */
export interface SiteFigures {
  product: 'cohesion' | 'starlight';
  label: string;
  modules: number;
  build: RunCost;
  pages: PageFigures[];
  /** gzip bytes of every module page's HTML, read from disk. */
  moduleHtml: { count: number; median: number; max: number };
}

/** One Cohesion build and the Starlight build that followed it, on the same generated modules. */
export interface BuildPair {
  modules: number;
  cohesion: RunCost;
  starlight: RunCost;
  timeRatio: number;
  cpuRatio: number;
  memoryRatio: number;
}

/** Cohesion alone on a larger curriculum (5,000 modules) against a smaller one (1,000), for the scale budget. */
export interface ScaleFigures {
  from: { modules: number; build: RunCost };
  to: { modules: number; build: RunCost };
}

/** A budget, the figure it was checked against, and whether it held. */
export interface BudgetResult {
  budget: string;
  actual: string;
  ok: boolean;
  /** Where it is missed and what causes it, when known. */
  note?: string;
}

/** Everything one `npm run bench` measured: written as bench-results/latest.json and .md. */
export interface BenchReport {
  startedAt: string;
  seconds: number;
  quick: boolean;
  machine: MachineInfo & { loadAtEnd: number };
  timings: Timing[];
  sites: SiteFigures[];
  pairs: BuildPair[];
  /** The full run's 5,000-module Cohesion build against its 1,000-module one (absent in quick and older runs). */
  scale?: ScaleFigures;
  firstSearch: { modules: number; query: string; cohesion: FirstSearch; starlight: FirstSearch } | { skipped: string };
  search: SearchFigures[];
  /** A first visit to the home page with the service worker's install, per Cohesion site (absent in older runs). */
  firstVisit?: { modules: number; label: string; visit: FirstVisit }[];
  server: unknown[] | { skipped: string };
  lighthouse: LighthouseScores[] | { skipped: string };
  budgets: BudgetResult[];
}
