import { validateSite } from '../site/validateSite';
import { AUTHOR_COMPONENTS, checkComponentProps } from './authorComponents';
import { calloutVocabularyOf } from './calloutVocabularySchema';
import type { ContentIssue } from './contentIssue';
import type { Curriculum, ModuleEntry } from './curriculum';
import { findPrerequisiteCycles } from './findPrerequisiteCycles';
import { scanModuleBody } from './scanModuleBody';
import { sectionHeadings } from './sectionHeadings';
import { didYouMean } from './suggestId';

/** Adds an issue; carries what could not be read, so checks can leave references to it alone. */
type Report = ((issue: ContentIssue) => void) & { unreadable: Unreadable; known: KnownIds };

/** The ids references are checked against, listed once per validation (per module, the checks grew with the square of the curriculum). */
interface KnownIds {
  modules: string[];
  moduleSet: ReadonlySet<string>;
  competencies: string[];
  competencySet: ReadonlySet<string>;
}

function knownIds(curriculum: Curriculum): KnownIds {
  const modules = curriculum.modules.map((m) => m.id);
  const competencies = curriculum.competencies.map((c) => c.id);
  return { modules, moduleSet: new Set(modules), competencies, competencySet: new Set(competencies) };
}

/**
 * What is in content/ but could not be read, its problem already reported: entries as
 * `<folder>:<id>` (`competencies:value`), and whether the scale is among them. References to these
 * are not reported again, so one broken file gives one problem.
 */
export interface Unreadable {
  entries: Set<string>;
  scale: boolean;
}

const NOTHING_UNREADABLE: Unreadable = { entries: new Set(), scale: false };

// The shortest texts that still say something; shorter ones are TODO warnings (imports leave them short).
const MIN_DESCRIPTION = 20;
const MIN_DESCRIPTOR = 10;

/**
 * Checks everything a schema cannot see on its own: references between files (areas included), levels against the
 * scale, prerequisite cycles, duplicate ids, what paths promise, knowledge-check answer counts and
 * the components used in module bodies. Returns every issue found, in file order; empty when the
 * curriculum is sound.
 */
export function validateCurriculum(curriculum: Curriculum, skip: Unreadable = NOTHING_UNREADABLE): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report: Report = Object.assign((issue: ContentIssue) => void issues.push(issue), {
    unreadable: skip,
    known: knownIds(curriculum),
  });
  checkScale(curriculum, report);
  checkDuplicates(curriculum, report);
  checkCompetencies(curriculum, report);
  checkCaseIdentifiers(curriculum, report);
  checkModels(curriculum, report);
  for (const module of curriculum.modules) checkModule(curriculum, module, report);
  checkCycles(curriculum, report);
  checkPaths(curriculum, report);
  checkAssessment(curriculum, report);
  for (const issue of validateSite(curriculum)) report(issue);
  return issues.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

function scaleLevels(curriculum: Curriculum): number[] {
  return curriculum.scale.map((level) => level.level).sort((a, b) => a - b);
}

function levelHint(curriculum: Curriculum): string {
  return `Use one of the levels defined in content/scale.yaml: ${curriculum.scale
    .map((l) => `${l.level} (${l.name})`)
    .join(', ')}.`;
}

function checkScale(curriculum: Curriculum, report: Report): void {
  if (report.unreadable.scale) return;
  const levels = scaleLevels(curriculum);
  const file = curriculum.scale[0]?.file ?? 'content/scale.yaml';
  if (levels.length === 0) {
    report({
      file,
      field: '',
      message: 'The proficiency scale has no levels.',
      hint: 'List the levels 1, 2, 3 … with an id, name and descriptor each.',
    });
    return;
  }
  levels.forEach((level, index) => {
    if (level !== index + 1) {
      report({
        file,
        field: `[${index}].level`,
        message: `Scale levels must run 1, 2, 3 … without gaps or repeats; found ${levels.join(', ')}.`,
        hint: 'Number the levels consecutively from 1.',
      });
    }
  });
}

function checkDuplicates(curriculum: Curriculum, report: Report): void {
  const groups: Array<[string, Array<{ id: string; file: string }>, string]> = [
    ['module', curriculum.modules, 'Module ids come from file names; rename one of the files.'],
    ['competency', curriculum.competencies, 'Competency ids come from file names; rename one of the files.'],
    ['path', curriculum.paths, 'Path ids come from file names; rename one of the files.'],
    ['region', curriculum.regions, 'Give each region in content/regions.yaml its own id.'],
    ['scale level', curriculum.scale, 'Give each scale level its own id.'],
  ];
  for (const [kind, entries, hint] of groups) {
    const first = new Map<string, string>();
    for (const entry of entries) {
      const earlier = first.get(entry.id);
      if (earlier)
        report({
          file: entry.file,
          field: 'id',
          message: `Duplicate ${kind} id "${entry.id}" (also used by ${earlier}).`,
          hint,
        });
      else first.set(entry.id, entry.file);
    }
  }
}

function checkLevel(curriculum: Curriculum, level: number, file: string, field: string, report: Report): void {
  if (!report.unreadable.scale && !scaleLevels(curriculum).includes(level)) {
    report({ file, field, message: `Level ${level} is not on the proficiency scale.`, hint: levelHint(curriculum) });
  }
}

function checkCompetencyRef(id: string, file: string, field: string, report: Report): void {
  const known = report.known.competencies;
  if (!report.known.competencySet.has(id) && !report.unreadable.entries.has(`competencies:${id}`)) {
    report({
      file,
      field,
      message: `Unknown competency "${id}".${didYouMean(id, known)}`,
      hint: 'Use the id (file name without .yaml) of a competency in content/competencies/, or add that competency.',
    });
  }
}

function checkCompetencies(curriculum: Curriculum, report: Report): void {
  const expected = scaleLevels(curriculum).map(String);
  const scaleKnown = !report.unreadable.scale;
  const areas = curriculum.framework.areas.map((a) => a.id);
  areas.forEach((id, i) => {
    if (areas.indexOf(id) < i)
      report({
        file: curriculum.framework.file,
        field: `areas[${i}].id`,
        message: `Duplicate area id "${id}".`,
        hint: 'Give each area its own id.',
      });
  });
  curriculum.framework.areas.forEach((area, i) => {
    if (area.parent !== undefined && !areas.includes(area.parent))
      report({
        file: curriculum.framework.file,
        field: `areas[${i}].parent`,
        message: `Unknown parent area "${area.parent}".${didYouMean(area.parent, areas)}`,
        hint: `Use the id of another area in ${curriculum.framework.file}, or remove parent:.`,
      });
    if (area.description !== undefined && area.description.trim().length < MIN_DESCRIPTION)
      report({
        severity: 'warning',
        file: curriculum.framework.file,
        field: `areas[${i}].description`,
        message: `The area's description is shorter than ${MIN_DESCRIPTION} characters.`,
        hint: 'Say in a sentence or two what the area groups together.',
      });
  });
  if (curriculum.framework.name && curriculum.framework.description.trim().length < MIN_DESCRIPTION)
    report({
      severity: 'warning',
      file: curriculum.framework.file,
      field: 'description',
      message: `The framework's description is shorter than ${MIN_DESCRIPTION} characters.`,
      hint: 'Say in one or two sentences what the framework describes.',
    });
  for (const competency of curriculum.competencies) {
    if (competency.description.trim().length < MIN_DESCRIPTION)
      report({
        severity: 'warning',
        file: competency.file,
        field: 'description',
        message: `The description is shorter than ${MIN_DESCRIPTION} characters.`,
        hint: 'Say in a sentence or two what the competency is.',
      });
    // No areas at all means the framework file is missing or broken, which is already reported.
    if (areas.length > 0 && !areas.includes(competency.area)) {
      report({
        file: competency.file,
        field: 'area',
        message: `Unknown area "${competency.area}".${didYouMean(competency.area, areas)}`,
        hint: `Use the id of an area in ${curriculum.framework.file}: ${areas.join(', ')}; or add the area there.`,
      });
    }
    const keys = Object.keys(competency.levels);
    if (!scaleKnown) continue;
    for (const level of expected) {
      if (!keys.includes(level) || competency.levels[level]!.trim().length < MIN_DESCRIPTOR) {
        report({
          severity: 'warning',
          file: competency.file,
          field: `levels.${level}`,
          message: `No behavioural descriptor for level ${level}.`,
          hint: `Add "${level}: <what a person at this level does>" under levels.`,
        });
      }
    }
    for (const key of keys) {
      if (!expected.includes(key)) {
        report({
          file: competency.file,
          field: `levels.${key}`,
          message: `"${key}" is not a level of the proficiency scale.`,
          hint: levelHint(curriculum),
        });
      }
    }
  }
}

/** CASE identifiers kept from an imported framework must stay unique, or the export would merge two items. */
function checkCaseIdentifiers(curriculum: Curriculum, report: Report): void {
  const { framework } = curriculum;
  const owners: Array<{ identifier: string | undefined; file: string; field: string }> = [
    { identifier: framework.case?.identifier, file: framework.file, field: 'case.identifier' },
    ...framework.areas.map((a, i) => ({
      identifier: a.caseIdentifier,
      file: framework.file,
      field: `areas[${i}].caseIdentifier`,
    })),
    ...curriculum.competencies.map((c) => ({ identifier: c.caseIdentifier, file: c.file, field: 'caseIdentifier' })),
  ];
  const seen = new Map<string, string>();
  for (const { identifier, file, field } of owners) {
    if (!identifier) continue;
    const key = identifier.toLowerCase();
    const earlier = seen.get(key);
    if (earlier)
      report({
        file,
        field,
        message: `CASE identifier ${identifier} is also used by ${earlier}.`,
        hint: 'Each area and competency needs its own CASE identifier; remove this one to have it derived from the id.',
      });
    else seen.set(key, `${file} (${field})`);
  }
}

function checkModels(curriculum: Curriculum, report: Report): void {
  for (const model of curriculum.models) {
    model.defaultTargets.forEach((target, i) => {
      checkCompetencyRef(target.competency, model.file, `defaultTargets[${i}].competency`, report);
      checkLevel(curriculum, target.level, model.file, `defaultTargets[${i}].level`, report);
    });
  }
}

function checkModule(curriculum: Curriculum, module: ModuleEntry, report: Report): void {
  const { file } = module;
  const moduleIds = report.known.modules;
  const modelIds = curriculum.models.map((m) => m.id);
  if (
    module.model !== undefined &&
    !modelIds.includes(module.model) &&
    !report.unreadable.entries.has(`models:${module.model}`)
  ) {
    report({
      file,
      field: 'model',
      message: `Unknown engagement model "${module.model}".${didYouMean(module.model, modelIds)}`,
      hint: 'Use the id (file name) of a model in content/engagement-models/.',
    });
  }
  module.develops.forEach((d, i) => {
    checkCompetencyRef(d.competency, file, `develops[${i}].competency`, report);
    checkLevel(curriculum, d.level, file, `develops[${i}].level`, report);
  });
  module.prerequisites.forEach((id, i) => {
    if (id === module.id) {
      report({
        file,
        field: `prerequisites[${i}]`,
        message: 'A module cannot be its own prerequisite.',
        hint: 'Remove it from prerequisites.',
      });
    } else if (!report.known.moduleSet.has(id) && !report.unreadable.entries.has(`modules:${id}`)) {
      report({
        file,
        field: `prerequisites[${i}]`,
        message: `Unknown module "${id}".${didYouMean(id, moduleIds)}`,
        hint: 'Use the file name (without .mdx) of a module in content/modules/.',
      });
    }
  });
  const checkIds = new Set<string>();
  module.checks.forEach((check, i) => {
    if (checkIds.has(check.id)) {
      report({
        file,
        field: `checks[${i}].id`,
        message: `Duplicate knowledge-check id "${check.id}".`,
        hint: 'Give each check in the module its own id.',
      });
    }
    checkIds.add(check.id);
    const correct = check.options.filter((o) => o.correct).length;
    if (check.type === 'single' && correct !== 1) {
      report({
        file,
        field: `checks[${i}].options`,
        message: `Single-choice check "${check.id}" has ${correct} correct options; it needs exactly 1.`,
        hint: 'Mark exactly one option with "correct: true", or set "type: multiple".',
      });
    }
    if (check.type === 'multiple' && (correct < 2 || correct === check.options.length)) {
      report({
        file,
        field: `checks[${i}].options`,
        message: `Multiple-choice check "${check.id}" has ${correct} of ${check.options.length} options correct; it needs at least 2 correct and at least 1 wrong.`,
        hint: 'Mark two or more (not all) options "correct: true", or set "type: single" for one right answer.',
      });
    }
  });
  checkModuleBody(curriculum, module, checkIds, report);
  checkSections(module, report);
}

/** Each timed section names a `##` heading of the body; the times add up to the module's duration (a warning). */
function checkSections(module: ModuleEntry, report: Report): void {
  if (module.sections.length === 0) return;
  const headings = sectionHeadings(module.body).map((h) => h.text);
  module.sections.forEach((section, i) => {
    if (!headings.includes(section.heading))
      report({
        file: module.file,
        field: `sections[${i}].heading`,
        message: `No "## ${section.heading}" heading in the body.${didYouMean(section.heading, headings)}`,
        hint: `Name a ## heading of this module exactly as written: ${headings.map((h) => `"${h}"`).join(', ') || 'the body has none yet'}.`,
      });
  });
  const total = module.sections.reduce((sum, s) => sum + s.minutes, 0);
  if (total !== module.duration)
    report({
      file: module.file,
      field: 'sections',
      severity: 'warning',
      message: `The sections add up to ${total} minutes, but the module's duration is ${module.duration}.`,
      hint: `Set duration: ${total} (the planner and module lists use duration), or change the sections' minutes.`,
    });
}

/**
 * The problems of a module body's components (unknown ones, props, regions, check ids, reflections)
 * and tables, reported at `module.file`: a module's own body, or a translation's over its source.
 */
export function checkModuleBody(
  curriculum: Curriculum,
  module: ModuleEntry,
  checkIds: ReadonlySet<string>,
  report: (issue: ContentIssue) => void,
): void {
  const regionIds = curriculum.regions.filter((r) => r.kind !== 'global').map((r) => r.id);
  const calloutTypes = calloutVocabularyOf(curriculum.callouts).map((t) => t.type);
  const reflections = new Set<string>();
  for (const use of scanModuleBody(module.body)) {
    const at = { file: module.file, field: `<${use.name}>`, line: bodyLine(module, use.line) };
    const { attributes: attrs } = use;
    if ((AUTHOR_COMPONENTS as readonly string[]).includes(use.name)) {
      for (const problem of checkComponentProps(use.name as (typeof AUTHOR_COMPONENTS)[number], attrs))
        report({ ...at, field: `<${use.name} ${problem.prop}>`, message: problem.message, hint: problem.hint });
    }
    if (!(AUTHOR_COMPONENTS as readonly string[]).includes(use.name)) {
      report({
        ...at,
        message: `Unknown component <${use.name}>.${didYouMean(use.name, AUTHOR_COMPONENTS)}`,
        hint: `Use one of ${AUTHOR_COMPONENTS.map((c) => `<${c}>`).join(', ')} (see AUTHORING.md).`,
      });
    } else if (use.name === 'Callout' && attrs.type !== undefined && !calloutTypes.includes(attrs.type)) {
      report({
        ...at,
        field: '<Callout type>',
        message: `"${attrs.type}" is not a callout type.${didYouMean(attrs.type, calloutTypes)}`,
        hint: `Use one of: ${calloutTypes.join(', ')}, or declare it in content/callouts.yaml.`,
      });
    } else if (use.name === 'LocalNote' && !regionIds.includes(attrs.region ?? '')) {
      const region = attrs.region ?? '';
      report({
        ...at,
        field: '<LocalNote region>',
        message: region ? `Unknown region "${region}".${didYouMean(region, regionIds)}` : '<LocalNote> has no region.',
        hint: `Set region="…" to one of ${regionIds.join(', ')} (content/regions.yaml).`,
      });
    } else if (use.name === 'KnowledgeCheck' && !checkIds.has(attrs.id ?? '')) {
      const id = attrs.id ?? '';
      report({
        ...at,
        field: '<KnowledgeCheck id>',
        message: id
          ? `No knowledge check with id "${id}" in this module's front matter.${didYouMean(id, [...checkIds])}`
          : '<KnowledgeCheck> has no id.',
        hint: 'Set id="…" to the id of a question under checks: in the front matter.',
      });
    } else if (use.name === 'Reflection') {
      const id = attrs.id ?? '';
      if (!id || !attrs.prompt) {
        report({
          ...at,
          field: '<Reflection>',
          message: '<Reflection> needs an id and a prompt.',
          hint: 'Write <Reflection id="my-kebab-id" prompt="Your question to the learner" />.',
        });
      } else if (reflections.has(id)) {
        report({
          ...at,
          field: '<Reflection id>',
          message: `Duplicate reflection id "${id}".`,
          hint: 'Give each reflection in the module its own id: the learner’s notes are stored under it.',
        });
      }
      reflections.add(id);
    }
  }
  for (const line of emptyTableHeaders(module.body)) {
    report({
      file: module.file,
      field: 'table',
      line: bodyLine(module, line),
      message: 'A table header has an empty cell, so screen readers announce that column without a name.',
      hint: 'Name every column in the header row, e.g. "Aspect" for a first column of row labels.',
    });
  }
}

const TABLE_RULE = /^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*(:?-{3,}:?)?\s*$/;

/** Body lines (1-based) of Markdown table header rows with an empty cell. */
function emptyTableHeaders(body: string): number[] {
  const lines = body.split('\n');
  return lines.flatMap((text, i) => {
    const rule = lines[i + 1];
    if (!rule || !TABLE_RULE.test(rule) || !text.includes('|')) return [];
    const cells = text
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|');
    return cells.some((cell) => cell.trim() === '') ? [i + 1] : [];
  });
}

/** Body lines are counted from the body's start; the file line adds the front matter's lines. */
function bodyLine(module: ModuleEntry, line: number): number | undefined {
  return module.bodyStartLine === undefined ? undefined : module.bodyStartLine + line - 1;
}

function checkCycles(curriculum: Curriculum, report: Report): void {
  const graph = new Map(curriculum.modules.map((m) => [m.id, m.prerequisites] as const));
  for (const cycle of findPrerequisiteCycles(graph)) {
    const module = curriculum.modules.find((m) => m.id === cycle[0])!;
    report({
      file: module.file,
      field: 'prerequisites',
      message: `Prerequisite cycle: ${cycle.join(' → ')}.`,
      hint: 'Remove one of these prerequisites so the modules can be taken in some order.',
    });
  }
}

function checkPaths(curriculum: Curriculum, report: Report): void {
  const modules = new Map(curriculum.modules.map((m) => [m.id, m]));
  for (const path of curriculum.paths) {
    const stageOf = new Map<string, number>();
    path.stages.forEach((stage, s) => {
      stage.modules.forEach((id, i) => {
        const field = `stages[${s}].modules[${i}]`;
        if (!modules.has(id) && !report.unreadable.entries.has(`modules:${id}`)) {
          report({
            file: path.file,
            field,
            message: `Unknown module "${id}".${didYouMean(id, [...modules.keys()])}`,
            hint: 'Use the file name (without .mdx) of a module in content/modules/.',
          });
        } else if (!modules.has(id)) {
          // Unreadable: its own problem is reported where it is.
        } else if (stageOf.has(id)) {
          report({
            file: path.file,
            field,
            message: `Module "${id}" appears twice in the path.`,
            hint: 'List each module once, in the first stage that needs it.',
          });
        } else {
          stageOf.set(id, s);
        }
      });
    });
    for (const [id, s] of stageOf) {
      for (const pre of modules.get(id)!.prerequisites) {
        const preStage = stageOf.get(pre);
        if (preStage !== undefined && preStage > s) {
          report({
            file: path.file,
            field: `stages[${s}]`,
            message: `"${id}" comes before its prerequisite "${pre}" (stage ${preStage + 1}).`,
            hint: `Move "${pre}" to stage ${s + 1} or earlier, or "${id}" later.`,
          });
        }
      }
    }
    // With a module of the path unreadable, what the path reaches is unknown: its problem is reported already.
    const partial = path.stages.some((stage) =>
      stage.modules.some((id) => report.unreadable.entries.has(`modules:${id}`)),
    );
    path.builds.forEach((target, i) => {
      checkCompetencyRef(target.competency, path.file, `builds[${i}].competency`, report);
      checkLevel(curriculum, target.level, path.file, `builds[${i}].level`, report);
      if (partial) return;
      const reached = Math.max(
        0,
        ...[...stageOf.keys()].flatMap((id) =>
          modules
            .get(id)!
            .develops.filter((d) => d.competency === target.competency)
            .map((d) => d.level),
        ),
      );
      if (reached < target.level) {
        report({
          file: path.file,
          field: `builds[${i}]`,
          message: `The path promises ${target.competency} at level ${target.level}, but its modules reach level ${reached}.`,
          hint: `Add a module that develops ${target.competency} to level ${target.level}, or lower the promised level.`,
        });
      }
    });
  }
}

function checkAssessment(curriculum: Curriculum, report: Report): void {
  const ids = new Map<string, string>();
  const top = Math.max(0, ...scaleLevels(curriculum));
  for (const bank of curriculum.assessment) {
    checkCompetencyRef(bank.competency, bank.file, 'competency', report);
    bank.items.forEach((item, i) => {
      const earlier = ids.get(item.id);
      if (earlier)
        report({
          file: bank.file,
          field: `items[${i}].id`,
          message: `Duplicate assessment item id "${item.id}" (also in ${earlier}).`,
          hint: 'Prefix item ids with the competency id to keep them unique.',
        });
      ids.set(item.id, bank.file);
      item.options.forEach((option, j) => {
        if (option.level > top) {
          report({
            file: bank.file,
            field: `items[${i}].options[${j}].level`,
            message: `Level ${option.level} is not on the proficiency scale.`,
            hint: `Use 0 for "not yet" or a level from 1 to ${top}.`,
          });
        }
      });
    });
  }
}
