import { describe, expect, it } from 'vitest';
import { withPrevious } from '@/scripts/bench/results';

const run = (date: string, figure: number) => ({ date, figure });

describe('benchmark results', () => {
  it('keep the latest run of an earlier day beside a new run', () => {
    const first = withPrevious(run('2026-11-23', 88), undefined);
    const second = withPrevious(run('2026-11-30', 100), first);
    expect(second).toEqual({ date: '2026-11-30', figure: 100, previous: run('2026-11-23', 88) });
  });

  it("let a run on the same day replace that day's, keeping the earlier day's", () => {
    const today = { ...run('2026-11-30', 99), previous: run('2026-11-23', 88) };
    expect(withPrevious(run('2026-11-30', 100), today)).toEqual({
      ...run('2026-11-30', 100),
      previous: run('2026-11-23', 88),
    });
  });
});
