import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from '@/lib/closest-match';

describe('editDistance', () => {
  it('counts single-character edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('closestMatch', () => {
  const slugs = ['epidural-steroid-injection', 'medial-branch-block', 'radiofrequency-ablation'];

  it('suggests the slug an author most likely meant', () => {
    expect(closestMatch('epidural-injection', slugs)).toBe('epidural-steroid-injection');
    expect(closestMatch('medial-branch-blocks', slugs)).toBe('medial-branch-block');
    expect(closestMatch('radiofrequency', slugs)).toBe('radiofrequency-ablation');
    expect(closestMatch('knees', ['neck', 'leg-knee'])).toBe('leg-knee');
  });

  it('suggests nothing when nothing is close', () => {
    expect(closestMatch('acupuncture', slugs)).toBeUndefined();
    expect(closestMatch('x', [])).toBeUndefined();
  });
});
