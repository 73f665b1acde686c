import { describe, expect, it } from 'vitest';
import { indexLetter } from '@/lib/content/index-letters';
import {
  firstFew,
  groupInOrder,
  linkedEitherWay,
  questionsAbout,
  sharingTopics,
} from '@/lib/content/relations';

const procedures = [
  { slug: 'rfa', title: 'Radiofrequency ablation', conditions: ['facet-pain'] },
  { slug: 'esi', title: 'Epidural steroid injection', conditions: [] as string[] },
  { slug: 'mbb', title: 'Medial branch block', conditions: undefined },
];

describe('linkedEitherWay', () => {
  it('shows a link written on either side, once, sorted by title', () => {
    // The condition lists esi; rfa lists the condition; mbb lists nothing.
    const linked = linkedEitherWay('facet-pain', ['esi', 'rfa'], procedures, (p) => p.conditions);
    expect(linked.map((p) => p.slug)).toEqual(['esi', 'rfa']);
  });

  it('finds back-links when the page itself lists nothing', () => {
    expect(
      linkedEitherWay('facet-pain', undefined, procedures, (p) => p.conditions).map((p) => p.slug),
    ).toEqual(['rfa']);
  });
});

describe('questionsAbout', () => {
  it('keeps questions naming the page, sorted by question', () => {
    const faqs = [
      { question: 'Will I be awake?', related: ['procedures/rfa'] },
      { question: 'Does it hurt?', related: ['procedures/rfa', 'procedures/esi'] },
      { question: 'Can I drive?', related: ['procedures/esi'] },
    ];
    expect(questionsAbout('procedures/rfa', faqs).map((f) => f.question)).toEqual([
      'Does it hurt?',
      'Will I be awake?',
    ]);
  });
});

describe('sharingTopics', () => {
  it('ranks pages by shared topics and leaves out the page itself', () => {
    const guides = [
      { slug: 'a', title: 'A', topics: ['safety', 'medicines'] },
      { slug: 'b', title: 'B', topics: ['medicines'] },
      { slug: 'c', title: 'C', topics: ['safety', 'medicines'] },
      { slug: 'd', title: 'D', topics: ['living-well'] },
    ];
    expect(sharingTopics(guides[0]!, guides).map((g) => g.slug)).toEqual(['c', 'b']);
  });
});

describe('groupInOrder and indexLetter', () => {
  it('groups in the given key order and drops empty groups', () => {
    const groups = groupInOrder(['apple', 'avocado', 'cherry'], indexLetter, ['C', 'B', 'A']);
    expect(groups).toEqual([
      { key: 'C', items: ['cherry'] },
      { key: 'A', items: ['apple', 'avocado'] },
    ]);
  });
});

describe('firstFew', () => {
  it('keeps the first items and counts them all, so a list can link to the rest', () => {
    expect(firstFew(['a', 'b', 'c'], 2)).toEqual({ shown: ['a', 'b'], total: 3 });
    expect(firstFew(['a'], 2)).toEqual({ shown: ['a'], total: 1 });
  });
});
