import { describe, expect, it } from 'vitest';
import { excerpt } from '@/lib/metadata';

describe('excerpt', () => {
  it('keeps a short text whole, with its spaces tidied', () => {
    expect(excerpt('  It may sting\n for a moment. ', 160)).toBe('It may sting for a moment.');
  });

  it('cuts a long text at a word boundary, within the limit, with an ellipsis', () => {
    const text =
      'The doctor numbs the skin first, so most people feel only pressure during the injection.';
    const cut = excerpt(text, 40);
    expect(cut).toBe('The doctor numbs the skin first, so…');
    expect(cut.length).toBeLessThanOrEqual(40);
  });
});
