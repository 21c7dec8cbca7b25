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
      rubrics: [expect.objectContaining({ identifier: uuid(5000), uri: `https://case.example.org/uri/${uuid(5000)}` })],
      lastChangeDateTime: stamp,
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
        'warning: CFItems[2] "Negotiation": The criterion level "Between" has score 2.5; only whole scores from 1 to 9 can be levels, so it is kept under case.rubrics and exported unchanged.',
        'warning: CFItems[2] "Negotiation": Level 2 ("Practising") has no description, so it gives no descriptor.',
        'warning: CFItems[2] "Negotiation": The rubric gives no descriptor for levels 2 (Practising), 3 (Proficient).',
        'warning: CFItems[2] "Negotiation": Level 4 is not on the proficiency scale (content/scale.yaml has 1, 2, 3).',
        'warning: CFRubrics: The framework calls level 1 "Beginning"; content/scale.yaml calls it "Aware".',
      ]),
    );
  });

  it("keeps a partner's rubric as it came and writes it back, with the descriptors as the competency file has them", () => {
    const pkg = foreign(partner, {
      3: [
        { score: 1, quality: 'Beginning', description: '  Knows the basics.  ' },
        { score: 2, quality: 'Practising', description: 'Negotiates with help.' },
      ],
      4: threeLevels('customer focus'),
    });
    const [first] = pkg.CFRubrics[0]!.CFRubricCriteria;
    const second = {
      ...first!,
      identifier: uuid(6100),
      uri: `https://case.example.org/uri/${uuid(6100)}`,
      CFRubricCriterionLevels: first!.CFRubricCriterionLevels.map((l, i) => ({ ...l, identifier: uuid(7100 + i) })),
    };
    pkg.CFRubrics[0]!.CFRubricCriteria.push(second);
    const result = ok(importCase(pkg, scale));
    expect(result.competencies.find((c) => c.id === 'negotiation')!.levels).toEqual({
      1: 'Knows the basics.',
      2: 'Negotiates with help.',
    });
    const kept = result.framework.case!.rubrics![0]!.CFRubricCriteria!;
    // Only the first criterion's levels gave descriptors; a padded description stays as written.
    expect(kept[0]!.CFRubricCriterionLevels!.map((l) => [l.description, l.descriptor])).toEqual([
      ['  Knows the basics.  ', undefined],
      [undefined, true],
    ]);
    expect(kept.at(-1)!.CFRubricCriterionLevels!.every((l) => l.description && !l.descriptor)).toBe(true);

    const source = {
      framework: { ...result.framework, file: 'framework.yaml' },
      competencies: result.competencies,
      scale,
    };
    expect(exportCase(source).CFRubrics).toEqual(pkg.CFRubrics);

    const edited = result.competencies.map((c) =>
      c.id === 'negotiation' ? { ...c, levels: { 1: 'Knows the basics.', 3: 'Negotiates alone.' } } : c,
    );
    const [out, , outSecond] = exportCase({ ...source, competencies: edited }).CFRubrics![0]!.CFRubricCriteria!;
    expect(out!.CFRubricCriterionLevels!.map((l) => [l.identifier, l.score, l.description])).toEqual([
      [uuid(7030), 1, '  Knows the basics.  '],
      [uuid(7031), 2, undefined],
      [expect.any(String), 3, 'Negotiates alone.'],
    ]);
    expect(outSecond).toEqual(second);
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

  it('keeps a third level as statements of its competency, with their own identifiers, codes and URIs', () => {
    const nodes: Node[] = [
      ...partner,
      { n: 5, statement: 'Opens with the customer’s interests.', code: 'NEG.1', parent: 3, sequence: 1 },
      { n: 6, statement: 'Names the walk-away point early.', code: 'NEG.1.a', parent: 5, sequence: 1 },
    ];
    const result = ok(importCase(foreign(nodes, partnerRubric), scale));
    const negotiation = result.competencies.find((c) => c.id === 'negotiation')!;
    expect(negotiation.statements).toEqual([
      {
        statement: 'Opens with the customer’s interests.',
        caseIdentifier: uuid(5),
        case: expect.objectContaining({ humanCodingScheme: 'NEG.1', itemType: '' }),
        statements: [
          {
            statement: 'Names the walk-away point early.',
            caseIdentifier: uuid(6),
            case: expect.objectContaining({ humanCodingScheme: 'NEG.1.a' }),
          },
        ],
      },
    ]);
    expect(result.framework.case?.uriBase).toBe('https://case.example.org/uri/');
    const again = exportCase({
      framework: { ...result.framework, file: 'f' },
      competencies: result.competencies,
      scale,
    });
    expect(again.CFItems!.find((i) => i.identifier === uuid(6))).toMatchObject({
      humanCodingScheme: 'NEG.1.a',
      uri: `https://case.example.org/uri/${uuid(6)}`,
    });
    expect(again.CFAssociations!.find((a) => a.originNodeURI.identifier === uuid(6))).toMatchObject({
      identifier: uuid(1006),
      destinationNodeURI: expect.objectContaining({ identifier: uuid(5) }),
    });
  });

  it('makes ids unique with -2 instead of refusing, and says so in one line', () => {
    const nodes: Node[] = [
      ...partner,
      { n: 5, statement: 'Negotiating again, elsewhere.', short: 'Negotiation', code: 'negotiation', parent: 2 },
    ];
    const result = ok(importCase(foreign(nodes, partnerRubric), scale));
    expect(result.competencies.map((c) => c.id).sort()).toEqual(['customer-focus', 'negotiation', 'negotiation-2']);
    expect(messages(result.issues)).toContain(
      'warning: competency ids: 1 got -2, -3 … to be unique. Their humanCodingScheme is kept unchanged under case:.',
    );
  });

  it('keeps associations outside the tree, and warns about items the tree does not reach', () => {
    const pkg = foreign([...partner, { n: 9, statement: 'An item nobody placed.', parent: 'doc' }], partnerRubric);
    pkg.CFAssociations = pkg.CFAssociations.filter((a) => a.originNodeURI.identifier !== uuid(9));
    pkg.CFAssociations.push({
      identifier: uuid(2000),
      uri: `https://case.example.org/uri/${uuid(2000)}`,
      associationType: 'precedes',
      originNodeURI: link('Customer focus', uuid(4)),
      destinationNodeURI: link('Negotiation', uuid(3)),
      lastChangeDateTime: stamp,
    });
    const result = ok(importCase(pkg, scale));
    expect(result.framework.case?.associations).toEqual([
      expect.objectContaining({ identifier: uuid(2000), associationType: 'precedes' }),
    ]);
    expect(messages(result.issues)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('1 item is not placed in the framework'),
        expect.stringContaining('1 associations outside the tree were kept under case.associations: 1 precedes.'),
        expect.stringContaining('1 "precedes" association is kept for the export; Cohesion orders modules'),
      ]),
    );
  });

  it('lists by field, with counts, what it does not keep', () => {
    const nodes = partner.map((node) => ({ ...node, extra: { subject: ['Sales'], statusStartDate: '2024-01-01' } }));
    const result = ok(importCase(foreign(nodes, partnerRubric), scale));
    expect(messages(result.issues)).toContain('warning: CFItems: Not imported: subject (4), statusStartDate (4).');
  });
});
