import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { reportTable } from '@/lib/content/report';
import { isTrustedSource } from '@/lib/content/trusted-sources';
import { siteConfig } from '@/lib/site-config';

const validDir = path.resolve('tests/fixtures/content-check/valid');
const rules = siteConfig.contentRules;

describe('trusted sources', () => {
  it('trusts government agencies, the NHS, NICE, academic centers and societies, on subdomains too', () => {
    for (const url of [
      'https://medlineplus.gov/chronicpain.html',
      'https://www.nccih.nih.gov/health/pain',
      'https://my.clevelandclinic.org/health/treatments/17411-radiofrequency-ablation',
      'https://www.nhs.uk/conditions/sciatica/',
      'https://www.nice.org.uk/guidance/ng59',
      'https://www.asra.com/guidelines-articles',
    ]) {
      expect(isTrustedSource(url), url).toBe(true);
    }
  });

  it('does not trust clinics, copies, look-alike domains or journal articles hosted by PubMed Central', () => {
    for (const url of [
      'https://rapaindocs.com/treatments/radiofrequency-ablation',
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC6146950',
      'https://notnhs.uk.example.com/page',
      'https://fakenhs.uk/page',
      'not a url',
    ]) {
      expect(isTrustedSource(url), url).toBe(false);
    }
  });
});

describe('review cycle', () => {
  const later = '2027-06-01'; // after the next review (2027-01-15) of every fixture page and fact

  it('reports pages past their next review as warnings by default', () => {
    const result = checkContent({ contentDir: validDir, displayRoot: 'content', today: later });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toContain(
      'content/guides/about-pain.md: lastReviewed: "2026-01-15" is overdue for review (due 2027-01-15)',
    );
    expect(result.warnings).toContain(
      'content/es/guides/sobre-el-dolor.md: lastReviewed: "2026-01-15" is overdue for review (due 2027-01-15)',
    );
    // Five dated files in English, and their five Spanish translations.
    expect(result.warnings).toHaveLength(10);
  });

  it('fails them when the configuration makes overdue reviews errors', () => {
    const result = checkContent({
      contentDir: validDir,
      displayRoot: 'content',
      today: later,
      rules: { ...rules, overdueReviewIsError: true },
    });
    expect(result.errors).toHaveLength(10);
    expect(result.warnings).toEqual([]);
  });
});

describe('library reading level', () => {
  it('passes when the median grade is within the limit, and fails when it is not', () => {
    const passing = checkContent({
      contentDir: validDir,
      displayRoot: 'content',
      today: '2026-11-23',
    });
    expect(passing.errors).toEqual([]);
    expect(passing.medianGrade).toBeLessThanOrEqual(rules.maxMedianReadingGrade);
    const strict = checkContent({
      contentDir: validDir,
      displayRoot: 'content',
      today: '2026-11-23',
      rules: { ...rules, maxMedianReadingGrade: -1 },
    });
    expect(strict.errors).toEqual([
      `content: reading grade: the library's median grade ${passing.medianGrade} is above the limit of -1`,
    ]);
  });
});

describe('content report', () => {
  it('has a line per page with its words, grade, sources, source-check dates and clinical review', () => {
    const { pages } = checkContent({
      contentDir: validDir,
      displayRoot: 'content',
      today: '2026-11-23',
    });
    const lines = reportTable(pages).split('\n');
    expect(lines[0]).toMatch(
      /^lang\s+type\s+page\s+words\s+grade\s+INFLESZ\s+sources\s+checked\s+check due\s+clinical review\s+issues$/,
    );
    expect(lines).toHaveLength(pages.length + 1);
    const guide = pages.find((p) => p.slug === 'about-pain')!;
    expect(lines.find((l) => l.includes('about-pain'))).toMatch(
      new RegExp(
        `^en\\s+guides\\s+about-pain\\s+${guide.words}\\s+${guide.grade!.toFixed(1)}\\s+-\\s+2/3\\s+2026-01-15\\s+2027-01-15\\s+not yet$`,
      ),
    );
  });
});
