import { describe, expect, it } from 'vitest';
import { caseIdentifiers } from './caseIdentifiers';
import { precedesPrerequisites } from './precedesPrerequisites';

const derived = caseIdentifiers('d0c0a1b2-c3d4-4e5f-8a6b-7c8d9e0f1a2b');
const A = '00000000-0000-4000-8000-000000000001';
const precedes = (origin: string, destination: string, associationType = 'precedes') => ({
  associationType,
  originNodeURI: { identifier: origin },
  destinationNodeURI: { identifier: destination },
});
const competencies = [{ id: 'mapping', caseIdentifier: A }, { id: 'planning' }];
const modules = [
  { id: 'intro-mapping', develops: [{ competency: 'mapping' }], prerequisites: [] },
  { id: 'planning-basics', develops: [{ competency: 'planning' }], prerequisites: [] },
  { id: 'planning-deep', develops: [{ competency: 'planning' }], prerequisites: ['intro-mapping'] },
];

describe('precedesPrerequisites', () => {
  it('has each module of the later competency list the modules of the earlier one it does not list yet', () => {
    const planning = derived.item('competency', 'planning');
    expect(precedesPrerequisites([precedes(A, planning.toUpperCase())], competencies, modules, derived)).toEqual([
      { module: 'planning-basics', prerequisite: 'intro-mapping', because: ['mapping', 'planning'] },
    ]);
  });

  it('suggests nothing for other association types, competencies outside the framework or without modules', () => {
    const planning = derived.item('competency', 'planning');
    expect(precedesPrerequisites([precedes(A, planning, 'isRelatedTo')], competencies, modules, derived)).toEqual([]);
    expect(
      precedesPrerequisites([precedes(A, '00000000-0000-4000-8000-000000000009')], competencies, modules, derived),
    ).toEqual([]);
    expect(precedesPrerequisites([precedes(A, planning)], competencies, [], derived)).toEqual([]);
  });
});
