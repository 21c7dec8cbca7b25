import type { CasePatterns } from '../cases/casePatternsSchema';
import type { Site } from '../site/siteSchema';
import type { TranslationEntry } from '../translation/translationEntry';
import type { AssessmentBank } from './assessmentBankSchema';
import type { CalloutVocabulary } from './calloutVocabularySchema';
import type { Competency } from './competencySchema';
import type { EngagementModel } from './engagementModelSchema';
import type { Framework } from './frameworkSchema';
import type { JobFunctionList } from './jobFunctionSchema';
import type { ModuleFrontmatter } from './moduleSchema';
import type { Path } from './pathSchema';
import type { Region } from './regionSchema';
import type { ScaleLevel } from './scaleLevelSchema';
import type { Synonyms } from './synonymsSchema';

/** An entry with the id it is referenced by and the file it came from (relative to the project). */
export type Sourced<T> = T & { id: string; file: string };

export type CompetencyEntry = Sourced<Competency>;
/** The framework file (`content/framework.yaml`) and where it came from. */
export type FrameworkEntry = Framework & { file: string };
export type EngagementModelEntry = Sourced<EngagementModel>;
export type PathEntry = Sourced<Path>;
export type AssessmentBankEntry = Sourced<AssessmentBank>;
/**
 * A module: its front matter plus the raw MDX body (used for validation, search and counts), and
 * the file line the body starts on when known, so body issues can name a line.
 */
export type ModuleEntry = Sourced<ModuleFrontmatter> & { body: string; bodyStartLine?: number };

/**
 * The whole curriculum as plain data: what `content/` holds once parsed and schema-checked.
 * Everything in `src/lib` takes this object; nothing in `src/lib` reads files.
 */
export interface Curriculum {
  framework: FrameworkEntry;
  scale: Sourced<ScaleLevel>[];
  regions: Sourced<Region>[];
  models: EngagementModelEntry[];
  competencies: CompetencyEntry[];
  modules: ModuleEntry[];
  paths: PathEntry[];
  assessment: AssessmentBankEntry[];
  /** Search synonyms from `content/synonyms.yaml`; absent when the curriculum has none. */
  synonyms?: Synonyms;
  /** The site's identity and words from `content/site.yaml`; absent when the curriculum has none (neutral defaults apply). */
  site?: Site & { file: string };
  /** The course's own callout types from `content/callouts.yaml`; read them with `calloutVocabularyOf`. */
  callouts?: CalloutVocabulary;
  /** The job functions learners state, from `content/functions.yaml`; absent when the curriculum lists none. */
  functions?: JobFunctionList;
  /** What the "Share a practice" form warns about, from `content/case-patterns.yaml`; absent when the curriculum has none. */
  casePatterns?: CasePatterns;
  /** Translations of modules, competencies and paths from `content/translations/<locale>/`; absent or empty when there are none. */
  translations?: TranslationEntry[];
}
