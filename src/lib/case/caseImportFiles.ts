import { Document, isScalar, stringify } from 'yaml';
import type { Framework } from '../curriculum/frameworkSchema';
import type { ImportedCompetency } from './importCase';

/** A file to write, its path relative to the content folder. */
export interface ContentFile {
  path: string;
  text: string;
}

const yaml = (data: unknown) => stringify(data, { lineWidth: 100 });

/**
 * The YAML files an imported framework becomes: `framework.yaml` and one `competencies/<id>.yaml`
 * per competency, with fields in the order AUTHORING.md shows them and levels keyed 1:, 2: ….
 */
export function caseImportFiles({
  framework,
  competencies,
}: {
  framework: Framework;
  competencies: readonly ImportedCompetency[];
}): ContentFile[] {
  const frameworkDoc = new Document(framework);
  frameworkDoc.commentBefore = ' Imported from a CASE package by npm run case:import; see AUTHORING.md.';
  // Quoted, so no YAML reader takes the date and time for anything but text.
  const stamp = frameworkDoc.getIn(['case', 'lastChangeDateTime'], true);
  if (isScalar(stamp)) stamp.type = 'QUOTE_DOUBLE';
  const frameworkFile: ContentFile = { path: 'framework.yaml', text: frameworkDoc.toString({ lineWidth: 100 }) };
  return [
    frameworkFile,
    ...competencies.map(({ id, name, area, pillar, description, levels, caseIdentifier, case: kept, statements }) => {
      const ordered = new Map(
        Object.entries(levels)
          .map(([level, text]) => [Number(level), text] as const)
          .sort(([a], [b]) => a - b),
      );
      const data = {
        name,
        area,
        ...(pillar ? { pillar } : {}),
        description,
        levels: ordered,
        ...(caseIdentifier ? { caseIdentifier } : {}),
        ...(kept ? { case: kept } : {}),
        ...(statements ? { statements } : {}),
      };
      return { path: `competencies/${id}.yaml`, text: yaml(data) };
    }),
  ];
}
