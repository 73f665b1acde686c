import { describe, expect, it } from 'vitest';
import { parseGitLog } from '@/lib/content/last-changed';

describe('when content files last changed', () => {
  it("keeps each file's newest commit date, relative to the content folder", () => {
    const log = [
      '',
      '2026-11-30\n\ncontent/es/conditions/ciatica.md\nlib/other.ts\n',
      '2026-11-20\n\ncontent/conditions/sciatica.md\ncontent/es/conditions/ciatica.md\n',
    ].join('\0');
    expect(Object.fromEntries(parseGitLog(log, 'content'))).toEqual({
      'es/conditions/ciatica.md': '2026-11-30',
      'conditions/sciatica.md': '2026-11-20',
    });
  });
});
