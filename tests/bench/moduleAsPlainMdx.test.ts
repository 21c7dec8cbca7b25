import { describe, expect, it } from 'vitest';
import { moduleAsPlainMdx } from './moduleAsPlainMdx';

const module = `---
title: Mapping the buying centre
summary: Who decides, who influences.
develops:
  - competency: stakeholder-mapping
    level: 2
checks:
  - id: q1
    question: Who signs the contract?
    options:
      - text: The procurement lead
        correct: true
      - text: The champion
---
Intro paragraph.

<KnowledgeCheck id="q1" />

<Scenario title="A new hospital group">

The group merges three trusts.

</Scenario>

<LocalNote region="single-payer">

Tenders decide here.

</LocalNote>

<KeyTakeaway>

Map before you sell.

</KeyTakeaway>
`;

describe('moduleAsPlainMdx', () => {
  it('keeps only the title and the summary as description in the frontmatter', () => {
    const doc = moduleAsPlainMdx(module);

    const frontmatter = doc.split(/^---$/m)[1]!;
    expect(frontmatter).toContain('title: Mapping the buying centre');
    expect(frontmatter).toContain('description: Who decides, who influences.');
    expect(frontmatter).not.toContain('develops');
    expect(frontmatter).not.toContain('checks');
  });

  it('writes each knowledge check out as its question and options', () => {
    const doc = moduleAsPlainMdx(module);

    expect(doc).toContain(
      '**Check your understanding.** Who signs the contract?\n\n- The procurement lead\n- The champion',
    );
    expect(doc).not.toContain('<KnowledgeCheck');
  });

  it('keeps the text of other components behind a bold label and drops their tags', () => {
    const doc = moduleAsPlainMdx(module);

    expect(doc).toContain('**A new hospital group.**');
    expect(doc).toContain('**Local note (single-payer).**');
    expect(doc).toContain('**Key Takeaway.**');
    expect(doc).toContain('The group merges three trusts.');
    expect(doc).not.toMatch(/<\/?[A-Z]/);
  });
});
