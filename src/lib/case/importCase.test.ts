import { describe, expect, it } from 'vitest';
import { testCurriculum } from '../curriculum/testCurriculum';
import type { CaseImportIssue } from './caseImportIssue';
import { caseJson, exportCase } from './exportCase';
import { importCase } from './importCase';

const scale = testCurriculum().scale;
const DOC = 'd0c0a1b2-c3d4-4e5f-8a6b-7c8d9e0f1a2b';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const stamp = '2024-03-01T10:00:00+00:00';
const link = (title: string, identifier: string) => ({
  title,
  identifier,
  uri: `https://case.example.org/uri/${identifier}`,
});

interface Node {
  n: number;
  statement: string;
  parent: number | 'doc';
  code?: string;
  short?: string;
  sequence?: number;
  extra?: Record<string, unknown>;
}
type Levels = Array<{ score?: number; quality?: string; description?: string }>;

/** A package as another CASE tool might publish it: its own identifiers, URIs and dates. */
function foreign(nodes: Node[], rubric: Record<number, Levels> = {}, extra: Record<string, unknown> = {}) {
  const title = (n: number | 'doc') => (n === 'doc' ? 'Partner framework' : nodes.find((x) => x.n === n)!.statement);
  const id = (n: number | 'doc') => (n === 'doc' ? DOC : uuid(n));
  return {
    CFDocument: {
      identifier: DOC,
      uri: `https://case.example.org/uri/${DOC}`,
      creator: 'Partner COE',
      title: 'Partner framework',
      description: 'The framework a partner COE already uses.',
      lastChangeDateTime: stamp,
      language: 'en',
    },
    CFItems: nodes.map((node) => ({
      identifier: uuid(node.n),
      uri: `https://case.example.org/uri/${uuid(node.n)}`,
      fullStatement: node.statement,
      ...(node.code ? { humanCodingScheme: node.code } : {}),
      ...(node.short ? { abbreviatedStatement: node.short } : {}),
      lastChangeDateTime: stamp,
      ...node.extra,
    })),
    CFAssociations: nodes.map((node) => ({
      identifier: uuid(1000 + node.n),
      uri: `https://case.example.org/uri/${uuid(1000 + node.n)}`,
      associationType: 'isChildOf',
      ...(node.sequence !== undefined ? { sequenceNumber: node.sequence } : {}),
      originNodeURI: link(title(node.n), id(node.n)),
      destinationNodeURI: link(title(node.parent), id(node.parent)),
      lastChangeDateTime: stamp,
    })),
    CFRubrics: [
      {
        identifier: uuid(5000),
        uri: `https://case.example.org/uri/${uuid(5000)}`,
        lastChangeDateTime: stamp,
        CFRubricCriteria: Object.entries(rubric).map(([n, levels]) => ({
          identifier: uuid(6000 + Number(n)),
          uri: `https://case.example.org/uri/${uuid(6000 + Number(n))}`,
          CFItemURI: link(title(Number(n)), uuid(Number(n))),
          lastChangeDateTime: stamp,
          CFRubricCriterionLevels: levels.map((level, i) => ({
            identifier: uuid(7000 + Number(n) * 10 + i),
            uri: `https://case.example.org/uri/${uuid(7000 + Number(n) * 10 + i)}`,
            lastChangeDateTime: stamp,
            ...level,
          })),
        })),
      },
    ],
    ...extra,
  };
}

const threeLevels = (name: string): Levels => [
  { score: 1, quality: 'Aware', description: `Knows what ${name} is about.` },
  { score: 2, quality: 'Practising', description: `Practises ${name} with help.` },
  { score: 3, quality: 'Proficient', description: `Practises ${name} on their own.` },
];

const partner: Node[] = [
  {
    n: 1,
    statement: 'Ways of working with accounts across the team.',
    short: 'Ways of working',
    code: 'ways-of-working',
    parent: 'doc',
    sequence: 2,
  },
  {
    n: 2,
    statement: 'How people think about accounts.',
    short: 'Mindset',
    code: 'mindset',
    parent: 'doc',
    sequence: 1,
  },
  {
    n: 3,
    statement: 'Negotiating agreements that both sides keep.',
    short: 'Negotiation',
    code: 'negotiation',
    parent: 1,
    sequence: 1,
  },
  {
    n: 4,
    statement: 'Seeing the account from the customer’s side.',
    short: 'Customer focus',
    code: 'customer-focus',
    parent: 2,
    sequence: 1,
  },
];
const partnerRubric = { 3: threeLevels('negotiation'), 4: threeLevels('customer focus') };

const ok = (result: ReturnType<typeof importCase>) => {
  if (!result.ok) throw new Error(`import failed:\n${JSON.stringify(result.issues, null, 2)}`);
  return result;
};
const messages = (issues: CaseImportIssue[]) => issues.map((i) => `${i.severity}: ${i.where}: ${i.message}`);

describe('importCase', () => {
  it('turns its own export back into the same framework and competencies, with nothing to report', () => {
    const c = testCurriculum();
    c.competencies[1]!.pillar = 'analytics';
    const result = ok(importCase(JSON.parse(caseJson(exportCase(c))), scale));
    expect(result.issues).toEqual([]);
    const { file: _file, ...framework } = c.framework;
    expect(result.framework).toEqual(framework);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...result.competencies].sort(byId)).toEqual(c.competencies.map(({ file: _f, ...rest }) => rest).sort(byId));
  });

  it('reads areas from the children of the document and competencies from theirs, in sequence order', () => {
    const result = ok(importCase(foreign(partner, partnerRubric), scale));
    expect(result.framework.areas).toEqual([
      { id: 'mindset', title: 'Mindset', description: 'How people think about accounts.', caseIdentifier: uuid(2) },
      {
        id: 'ways-of-working',
        title: 'Ways of working',
        description: 'Ways of working with accounts across the team.',
        caseIdentifier: uuid(1),
      },
    ]);
    expect(result.competencies.map((c) => [c.id, c.name, c.area, c.caseIdentifier])).toEqual([
      ['customer-focus', 'Customer focus', 'mindset', uuid(4)],
      ['negotiation', 'Negotiation', 'ways-of-working', uuid(3)],
    ]);
    expect(result.competencies[1]!.levels).toEqual({
      1: 'Knows what negotiation is about.',
      2: 'Practises negotiation with help.',
      3: 'Practises negotiation on their own.',
    });
    expect(result.competencies[1]!.description).toBe('Negotiating agreements that both sides keep.');
  });

  it('keeps the document’s identifier, metadata and URI prefix in the framework’s case block', () => {
    const { framework } = ok(importCase(foreign(partner, partnerRubric), scale));
    expect(framework).toMatchObject({
      name: 'Partner framework',
      description: 'The framework a partner COE already uses.',
    });
    expect(framework.case).toEqual({
      identifier: DOC,
      uriBase: 'https://case.example.org/uri/',
      creator: 'Partner COE',
      language: 'en',
      lastChangeDateTime: stamp,
    });
  });

  it('says which identifiers and change dates a later export will not reproduce', () => {
    const pkg = foreign(partner, partnerRubric);
    pkg.CFItems[2]!.lastChangeDateTime = '2023-12-01T08:00:00+00:00';
    const { issues } = ok(importCase(pkg, scale));
    expect(messages(issues)).toEqual([
      "warning: identifiers: New identifiers on export for 4 CFAssociations, 1 CFRubrics, 2 CFRubricCriteria, 6 CFRubricCriterionLevels: Cohesion derives them from the framework's identifier and ids.",
      "warning: lastChangeDateTime: Another lastChangeDateTime on export for 1 CFItems: Cohesion gives every object the framework's case.lastChangeDateTime.",
    ]);
  });

  it('says when URIs do not follow the document’s prefix and will change on export', () => {
    const pkg = foreign(partner, partnerRubric);
    pkg.CFItems[0]!.uri = 'https://elsewhere.example.org/items/1';
    expect(ok(importCase(pkg, scale)).issues).toContainEqual(
      expect.objectContaining({
        where: 'uri',
        message: 'Different URIs on export for 1 CFItems: Cohesion writes case.uriBase followed by the identifier.',
      }),
    );
  });

  it('refuses a competency that sits directly under the document: it has no area', () => {
    const nodes = [
      ...partner,
      { n: 5, statement: 'Presenting to executives.', code: 'presenting', parent: 'doc' as const },
    ];
    const result = importCase(foreign(nodes, { ...partnerRubric, 5: threeLevels('presenting') }), scale);
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        where: 'CFItems[4] "Presenting to executives."',
        message: 'This competency has no area: it is a direct child of the document.',
      }),
    );
  });

  it('refuses items that are not placed in the framework, or sit below a competency', () => {
    const nodes = [...partner, { n: 6, statement: 'Opening offers', code: 'opening', parent: 3 }];
    const pkg = foreign(nodes, partnerRubric);
    pkg.CFItems.push({
      identifier: uuid(7),
      uri: 'https://case.example.org/uri/7',
      fullStatement: 'Loose item',
      lastChangeDateTime: stamp,
    });
    const result = importCase(pkg, scale);
    expect(result.ok).toBe(false);
    expect(messages(result.issues)).toEqual(
      expect.arrayContaining([
        'error: CFItems[4] "Opening offers": The item sits below the competency CFItems[2] "Negotiation"; Cohesion frameworks have two levels, areas and competencies.',
        'error: CFItems[5] "Loose item": The item is not placed in the framework: no chain of "isChildOf" associations leads from it to the CFDocument.',
      ]),
    );
  });

  it('refuses items whose id cannot be made, and two items that would share an id', () => {
    const nodes: Node[] = [
      ...partner,
      { n: 8, statement: '交渉力', parent: 1 },
      { n: 9, statement: 'Negotiation (advanced)', code: 'Negotiation', parent: 1 },
    ];
    const result = importCase(foreign(nodes, partnerRubric), scale);
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        where: 'CFItems[4] "交渉力"',
        message: expect.stringContaining('No competency id can be made for this item'),
      }),
    );
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        where: 'CFItems[5] "Negotiation (advanced)"',
        message: 'This competency would get the id "negotiation", like CFItems[2] "Negotiation".',
      }),
    );
  });

  it('makes ids from codes or statements when they are not kebab-case, and says so', () => {
    const nodes: Node[] = [
      { n: 1, statement: 'Área de gestión', parent: 'doc' },
      { n: 2, statement: 'Managing the account plan with the whole team, every month', code: 'SAM.2.1', parent: 1 },
    ];
    const result = ok(importCase(foreign(nodes, { 2: threeLevels('planning') }), scale));
    expect(result.framework.areas.map((a) => a.id)).toEqual(['area-de-gestion']);
    expect(result.competencies.map((c) => c.id)).toEqual(['sam-2-1']);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        where: 'CFItems[1] "Managing the account plan with the whole team, every month"',
        message: 'Its id "sam-2-1" was made from its humanCodingScheme.',
      }),
    );
  });

  it('refuses a file that is not a CASE package, naming the field', () => {
    const result = importCase({ CFDocument: { title: 'No identifier' } }, scale);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.where)).toEqual(
      expect.arrayContaining(['CFDocument.identifier', 'CFDocument.uri', 'CFDocument.lastChangeDateTime']),
    );
    expect(result.issues[0]!.hint).toContain('CASE 1.0 package');
  });

  it('imports a competency no rubric criterion assesses without levels, and says what to write', () => {
    const result = ok(importCase(foreign(partner, { 4: threeLevels('customer focus') }), scale));
    expect(result.competencies.find((c) => c.id === 'negotiation')!.levels).toEqual({});
    expect(result.issues).toContainEqual({
      severity: 'warning',
      where: 'CFItems[2] "Negotiation"',
      message: 'No rubric criterion assesses this competency, so it was imported without level descriptors.',
      hint: 'Write one descriptor per level under levels: in competencies/negotiation.yaml.',
    });
  });

  it('reports missing rubric levels, levels off the scale, unreadable scores and renamed levels', () => {
    const rubric = {
      3: [
        { score: 1, quality: 'Beginning', description: 'Knows the basics of negotiation.' },
        { score: 4, quality: 'Expert', description: 'Teaches negotiation to others.' },
        { score: 2.5, quality: 'Between', description: 'Somewhere in between.' },
        { score: 2, quality: 'Practising' },
      ],
      4: threeLevels('customer focus'),
    };
    const result = ok(importCase(foreign(partner, rubric), scale));
    expect(result.competencies.find((c) => c.id === 'negotiation')!.levels).toEqual({
      1: 'Knows the basics of negotiation.',
      4: 'Teaches negotiation to others.',
    });
    expect(messages(result.issues)).toEqual(
      expect.arrayContaining([
        'warning: CFItems[2] "Negotiation": The criterion level "Between" has score 2.5; only whole scores from 1 to 9 can be levels, so it was not imported.',
        'warning: CFItems[2] "Negotiation": Level 2 ("Practising") has no description, so it was not imported.',
        'warning: CFItems[2] "Negotiation": The rubric gives no descriptor for levels 2 (Practising), 3 (Proficient).',
        'warning: CFItems[2] "Negotiation": Level 4 is not on the proficiency scale (content/scale.yaml has 1, 2, 3).',
        'warning: CFRubrics: The framework calls level 1 "Beginning"; content/scale.yaml calls it "Aware".',
      ]),
    );
  });

  it('reports the fields, keywords and associations it has no place for', () => {
    const nodes = partner.map((node) =>
      node.n === 3
        ? {
            ...node,
            extra: {
              notes: 'Shared with sales.',
              educationLevel: ['adult'],
              conceptKeywords: ['pillar:process', 'bargaining'],
            },
          }
        : node,
    );
    const pkg = foreign(nodes, partnerRubric, { CFDefinitions: { CFConcepts: [{ title: 'Trade' }], CFSubjects: [] } });
    pkg.CFAssociations.push({ ...pkg.CFAssociations[2]!, identifier: uuid(2000), associationType: 'precedes' });
    const result = ok(importCase(pkg, scale));
    expect(result.competencies.find((c) => c.id === 'negotiation')!.pillar).toBe('process');
    expect(messages(result.issues)).toEqual(
      expect.arrayContaining([
        'warning: CFItems: Not imported: notes (1), educationLevel (1).',
        'warning: CFDefinitions: Not imported: CFConcepts.',
        'warning: CFAssociations: 1 "precedes" association was not imported: Cohesion keeps only the "isChildOf" tree.',
        expect.stringContaining('warning: CFItems conceptKeywords: Not imported: "bargaining".'),
      ]),
    );
  });

  it('says when the order of competencies within an area will not be kept', () => {
    const nodes: Node[] = [
      { n: 1, statement: 'Skills', code: 'skills', parent: 'doc' },
      { n: 2, statement: 'Value selling', code: 'value-selling', parent: 1, sequence: 1 },
      { n: 3, statement: 'Account planning', code: 'account-planning', parent: 1, sequence: 2 },
    ];
    const result = ok(importCase(foreign(nodes, { 2: threeLevels('value'), 3: threeLevels('planning') }), scale));
    expect(result.competencies.map((c) => c.id)).toEqual(['value-selling', 'account-planning']);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        where: 'CFItems[0] "Skills"',
        message: "Cohesion lists the competencies of an area by name, not in the framework's own order.",
      }),
    );
  });

  it('accepts the version-0 identifiers some CASE tools issue', () => {
    const pkg = foreign(partner, partnerRubric);
    pkg.CFDocument.identifier = '00000000-0000-0000-0000-000000000000';
    for (const a of pkg.CFAssociations)
      if (a.destinationNodeURI.identifier === DOC)
        a.destinationNodeURI.identifier = '00000000-0000-0000-0000-000000000000';
    expect(ok(importCase(pkg, scale)).framework.areas).toHaveLength(2);
  });
});
