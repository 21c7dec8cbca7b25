import type { CaseImportIssue } from './caseImportIssue';
import {
  casePackageSchema,
  cfAssociationSchema,
  cfDocumentSchema,
  cfItemSchema,
  cfRubricCriterionLevelSchema,
  cfRubricCriterionSchema,
  cfRubricSchema,
} from './casePackageSchema';

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): Fields[] => (Array.isArray(value) ? value.filter(isFields) : []);
const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (isFields(value) && Object.keys(value).length === 0);

/**
 * The fields of a raw CASE package that Cohesion does not read (a CFItem's notes or educationLevel,
 * CFConcepts, a 1.1 extension …), one warning per kind of object with a count per field, so
 * nothing is dropped without the author knowing. Empty values are not worth a mention.
 */
export function unmappedFields(input: unknown): CaseImportIssue[] {
  const issues: CaseImportIssue[] = [];
  const report = (where: string, objects: Fields[], known: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const object of objects) {
      for (const [field, value] of Object.entries(object)) {
        if (!known.includes(field) && !isEmpty(value)) counts.set(field, (counts.get(field) ?? 0) + 1);
      }
    }
    if (counts.size === 0) return;
    const fields = [...counts].map(([field, count]) => (objects.length > 1 ? `${field} (${count})` : field)).join(', ');
    issues.push({
      severity: 'warning',
      where,
      message: `Not imported: ${fields}.`,
      hint: 'Cohesion has no place for these fields; keep the CASE file if you still need them.',
    });
  };

  const pkg = isFields(input) ? input : {};
  const rubrics = list(pkg.CFRubrics);
  const criteria = rubrics.flatMap((r) => list(r.CFRubricCriteria));
  report('the package', [pkg], Object.keys(casePackageSchema.shape));
  report('CFDocument', isFields(pkg.CFDocument) ? [pkg.CFDocument] : [], Object.keys(cfDocumentSchema.shape));
  report('CFItems', list(pkg.CFItems), Object.keys(cfItemSchema.shape));
  report('CFAssociations', list(pkg.CFAssociations), Object.keys(cfAssociationSchema.shape));
  report('CFDefinitions', isFields(pkg.CFDefinitions) ? [pkg.CFDefinitions] : [], ['CFItemTypes']);
  report('CFRubrics', rubrics, Object.keys(cfRubricSchema.shape));
  report('CFRubricCriteria', criteria, Object.keys(cfRubricCriterionSchema.shape));
  report(
    'CFRubricCriterionLevels',
    criteria.flatMap((c) => list(c.CFRubricCriterionLevels)),
    Object.keys(cfRubricCriterionLevelSchema.shape),
  );
  return issues;
}
