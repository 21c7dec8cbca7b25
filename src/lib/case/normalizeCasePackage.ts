import type { CaseImportIssue } from './caseImportIssue';

type Fields = Record<string, unknown>;
const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): Fields[] => (Array.isArray(value) ? value.filter(isFields) : []);

/**
 * Brings what real CASE tools emit to the CASE 1.0 CFPackage shape, with one warning per kind of
 * repair: the CASE 1.1 API's `{"CFPackage": …}` wrapper, pre-1.0 shapes (CFPackageURI and
 * CFDocumentURI as plain strings, sequenceNumber as a string), null for absent optional fields, an
 * empty CFDefinitions array, and missing lastChangeDateTime (the document's then its newest item's).
 * Returns the input untouched (a copy) when it is no object; the schema then says what is wrong.
 */
export function normalizeCasePackage(input: unknown): { value: unknown; issues: CaseImportIssue[] } {
  const issues: CaseImportIssue[] = [];
  const warn = (where: string, message: string, hint: string) =>
    issues.push({ severity: 'warning', where, message, hint });
  let value: unknown = structuredClone(input);
  if (isFields(value) && isFields(value.CFPackage) && !('CFDocument' in value)) {
    value = value.CFPackage;
    warn(
      'the package',
      'The package is wrapped in {"CFPackage": …} (the CASE 1.1 API shape); its content was read.',
      'Nothing to do.',
    );
  }
  if (!isFields(value) || !isFields(value.CFDocument)) return { value, issues };
  const pkg = value;
  const document = pkg.CFDocument as Fields;
  const items = list(pkg.CFItems);
  const associations = list(pkg.CFAssociations);
  if (Array.isArray(pkg.CFDefinitions) && pkg.CFDefinitions.length === 0) delete pkg.CFDefinitions;
  const definitions = isFields(pkg.CFDefinitions) ? pkg.CFDefinitions : {};
  const itemTypes = list(definitions.CFItemTypes);
  const rubrics = list(pkg.CFRubrics);
  const criteria = rubrics.flatMap((r) => list(r.CFRubricCriteria));
  const levels = criteria.flatMap((c) => list(c.CFRubricCriterionLevels));
  const every = [document, ...items, ...associations, ...itemTypes, ...rubrics, ...criteria, ...levels];

  // null stands for "absent" in several tools' output; CASE 1.0 omits absent fields.
  const nulls = new Map<string, number>();
  for (const object of every)
    for (const [field, v] of Object.entries(object))
      if (v === null) {
        delete object[field];
        nulls.set(field, (nulls.get(field) ?? 0) + 1);
      }
  if (nulls.size > 0)
    warn(
      'null fields',
      `Read as absent: ${[...nulls].map(([field, n]) => `${field} (${n})`).join(', ')}.`,
      'Nothing to do: CASE 1.0 leaves absent fields out.',
    );

  const documentLink = () => ({
    title: String(document.title ?? ''),
    identifier: String(document.identifier ?? ''),
    uri: String(document.uri ?? ''),
  });
  const stringLinks: string[] = [];
  if (typeof document.CFPackageURI === 'string') {
    document.CFPackageURI = { ...documentLink(), uri: document.CFPackageURI };
    stringLinks.push('CFDocument.CFPackageURI');
  }
  let documentUris = 0;
  for (const object of [...items, ...associations])
    if (typeof object.CFDocumentURI === 'string') {
      object.CFDocumentURI = { ...documentLink(), uri: object.CFDocumentURI };
      documentUris++;
    }
  if (documentUris > 0) stringLinks.push(`CFDocumentURI (${documentUris})`);
  if (stringLinks.length > 0)
    warn(
      stringLinks.join(', '),
      'A link is a plain string (a pre-1.0 shape); it was read as a link to the document with that uri.',
      'Nothing to do: the export writes CASE 1.0 links.',
    );

  let sequences = 0;
  for (const association of associations)
    if (typeof association.sequenceNumber === 'string' && /^-?\d+$/.test(association.sequenceNumber.trim())) {
      association.sequenceNumber = Number(association.sequenceNumber);
      sequences++;
    }
  if (sequences > 0)
    warn(
      'CFAssociations sequenceNumber',
      `${sequences} sequenceNumber${sequences > 1 ? 's are' : ' is'} a string (a pre-1.0 shape); read as a number.`,
      'Nothing to do.',
    );

  // CASE 1.0 times carry an offset; some tools wrote local times without one, read here as UTC.
  let local = 0;
  for (const object of every)
    if (typeof object.lastChangeDateTime === 'string' && /T[\d:.]+$/.test(object.lastChangeDateTime)) {
      object.lastChangeDateTime = `${object.lastChangeDateTime}+00:00`;
      local++;
    }
  if (local > 0)
    warn(
      'lastChangeDateTime',
      `${local} lastChangeDateTime value${local > 1 ? 's have' : ' has'} no time zone (a pre-1.0 shape); read as UTC (+00:00).`,
      'Nothing to do unless the source tool meant another time zone.',
    );

  const stamps = [...items, ...associations].map((o) => o.lastChangeDateTime).filter((t) => typeof t === 'string');
  if (typeof document.lastChangeDateTime !== 'string') {
    const newest = [...stamps].sort().at(-1) as string | undefined;
    document.lastChangeDateTime = newest ?? '1970-01-01T00:00:00Z';
    warn(
      'CFDocument',
      `The document has no lastChangeDateTime; ${newest ? 'the newest of its objects\u2019' : 'the start of 1970'} (${document.lastChangeDateTime}) was taken.`,
      'Set case.lastChangeDateTime in content/framework.yaml to when the framework last changed.',
    );
  }
  const missing = new Map<string, number>();
  const named: Array<[string, Fields[]]> = [
    ['CFItems', items],
    ['CFAssociations', associations],
    ['CFItemTypes', itemTypes],
    ['CFRubrics', rubrics],
    ['CFRubricCriteria', criteria],
    ['CFRubricCriterionLevels', levels],
  ];
  for (const [name, objects] of named)
    for (const object of objects)
      if (typeof object.lastChangeDateTime !== 'string') {
        object.lastChangeDateTime = document.lastChangeDateTime;
        missing.set(name, (missing.get(name) ?? 0) + 1);
      }
  if (missing.size > 0)
    warn(
      'lastChangeDateTime',
      `No lastChangeDateTime on ${[...missing].map(([name, n]) => `${n} ${name}`).join(', ')}; the document's was taken.`,
      'Nothing to do unless the change times matter to you.',
    );
  return { value: pkg, issues };
}
