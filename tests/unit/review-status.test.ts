import { describe, expect, it } from 'vitest';
import { reviewSummary } from '@/lib/review-status';
import { siteConfig } from '@/lib/site-config';

const config = {
  ...siteConfig,
  language: 'en-US',
  reviewIntervalMonths: 12,
  clinic: { ...siteConfig.clinic, name: 'Riverside Pain Clinic' },
  reviewers: [{ id: 'jsmith', name: 'Jo Smith', credentials: 'MD' }],
};

describe('a page’s review summary, shared by the screen and the printed handout', () => {
  it('gives the last check and the next one, as dates and as readers read them', () => {
    const summary = reviewSummary({ lastReviewed: '2026-11-20T00:00:00.000Z' }, config);
    expect(summary.lastChecked).toEqual({ date: '2026-11-20', text: 'November 20, 2026' });
    expect(summary.nextCheck).toEqual({ date: '2027-11-20', text: 'November 20, 2027' });
  });

  it('names the clinician who reviewed the page, or says that nobody has yet', () => {
    const reviewed = reviewSummary(
      { lastReviewed: '2026-11-20', clinicalReview: { reviewer: 'jsmith', date: '2026-11-25' } },
      config,
    );
    expect(reviewed.clinical).toBe('Reviewed by Jo Smith, MD, on November 25, 2026');
    expect(reviewSummary({ lastReviewed: '2026-11-20' }, config).clinical).toContain(
      'Not yet reviewed by a clinician at Riverside Pain Clinic.',
    );
  });
});
