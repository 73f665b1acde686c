import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { insertAfterSection, splitAfterSection } from '@/lib/content/body-sections';
import {
  expandDirectives,
  expandFacts,
  factReferences,
  hasCrisisLine,
} from '@/lib/content/directives';
import { readFrontMatter } from '@/lib/content/front-matter';
import type { ParsedPage } from '@/lib/content/quality';
import { clinicalReviewProblems } from '@/lib/content/rules/clinical-review';
import type { RuleContext } from '@/lib/content/rules/context';
import { crisisLineProblems } from '@/lib/content/rules/crisis-line';
import { factProblems } from '@/lib/content/rules/facts';
import { indexLibrary } from '@/lib/content/rules/library';
import { formatProblem } from '@/lib/content/rules/problem';
import { safetyPointProblems } from '@/lib/content/rules/safety-points';
import { sectionIdProblems } from '@/lib/content/rules/section-ids';
import { latestYear, sourceProblems } from '@/lib/content/rules/sources';
import { urgencyProblems } from '@/lib/content/rules/urgency';
import { wordingProblems } from '@/lib/content/rules/wording';
import { refusedSourceReason } from '@/lib/content/trusted-sources';
import { smsHref, telHref } from '@/lib/phone';
import { clinicalReviewStatus } from '@/lib/review-status';

const context: RuleContext = {
  locale: 'en',
  root: 'content',
  maxReadingGrade: 8,
  maxMedianReadingGrade: 7,
  minInfleszScore: 55,
  minMedianInfleszScore: 65,
  overdueReviewIsError: false,
  library: indexLibrary([]),
  today: '2026-11-30',
  reviewIntervalMonths: 12,
  reviewers: [{ id: 'akim', name: 'Dr. A. Kim', credentials: 'MD, pain medicine' }],
  requireClinicalReview: false,
  maxGuidelineAgeYears: 8,
};

/** A page that passed the schema, with only the fields a rule reads. */
function page(
  data: Record<string, unknown>,
  body = '',
  collection: ParsedPage['collection'] = 'procedures',
): ParsedPage {
  return {
    collection,
    slug: 'example',
    display: `content/${collection}/example.md`,
    data,
    body,
    shownBody: body,
    facts: { problems: [], prose: [], links: [], sections: [] },
    locale: 'en',
  };
}

const messages = (problems: { file: string; field: string; message: string; value?: string }[]) =>
  problems.map(formatProblem);

describe('urgent advice at the right level', () => {
  it('passes an emergency card of real emergencies', () => {
    expect(
      urgencyProblems(
        page({
          callEmergency: ['New trouble controlling your bladder or bowels', 'Trouble breathing'],
        }),
      ),
    ).toEqual([]);
  });

  it.each([
    ['Redness, swelling or pus where the needle went in', 'a wound-site sign'],
    ['Your pump alarm sounds', 'a device alarm or fault'],
    ['Back pain if you have ever had cancer', 'a history item'],
    ['A headache that is worse when you sit or stand', 'a headache that comes when upright'],
    ['Blood sugar far above your usual level', 'a blood-sugar reading'],
  ])('refuses %j on the emergency card, naming file, field and item', (item, reads) => {
    expect(messages(urgencyProblems(page({ callEmergency: ['Trouble breathing', item] })))).toEqual(
      [
        `content/procedures/example.md: callEmergency[1]: ${JSON.stringify(item)} reads like ${reads}, not an emergency; move it to callToday`,
      ],
    );
  });
});

describe('the crisis line', () => {
  const mention = 'Pain can bring thoughts of suicide.';
  it('is required where a page speaks of suicide or self-harm', () => {
    expect(crisisLineProblems(page({}, mention, 'guides'))).toHaveLength(1);
  });
  it('is shown by the directive in the body', () => {
    expect(crisisLineProblems(page({}, `${mention}\n\n::crisis-line\n`, 'guides'))).toEqual([]);
    expect(hasCrisisLine(`${mention}\n\n  ::crisis-line  \n`)).toBe(true);
  });
  it('is shown by the emergency card beside an item about self-harm', () => {
    expect(
      crisisLineProblems(
        page({ callEmergency: ['Thoughts of harming yourself'] }, mention, 'conditions'),
      ),
    ).toEqual([]);
  });
  it('is not asked of pages that do not speak of it', () => {
    expect(
      crisisLineProblems(page({}, 'Rest, then walk a little more each day.', 'guides')),
    ).toEqual([]);
  });
});

describe('safety points by what a procedure involves', () => {
  const deviceText =
    'Carry your implant card. Ask before any MRI. Never have diathermy. Tell us about a pacemaker. Show the card at airport security.';
  it('passes a device page that makes every point', () => {
    expect(safetyPointProblems(page({ involves: ['implanted-device'] }, deviceText))).toEqual([]);
  });
  it('names the page and the missing point', () => {
    expect(
      messages(
        safetyPointProblems(
          page(
            { involves: ['implanted-device'] },
            deviceText.replace('Never have diathermy. ', ''),
          ),
        ),
      ),
    ).toEqual([
      'content/procedures/example.md: involves: "implanted-device" needs the safety point "never diathermy", which the page does not make',
    ]);
  });
  it('finds points in front matter shown on the page, such as the questions to ask', () => {
    const data = {
      involves: ['needle'],
      questionsToAsk: ['What about my blood thinner, a bleeding disorder or an infection?'],
    };
    expect(safetyPointProblems(page(data))).toEqual([]);
  });
  it('asks for the FDA 2014 warning only on pages about the epidural space', () => {
    const steroid =
      'Blood sugar can rise in diabetes. Infection is rare. Tell us if you are pregnant. Tell us about an allergy to contrast dye.';
    expect(safetyPointProblems(page({ involves: ['steroid'] }, steroid))).toEqual([]);
    expect(
      messages(
        safetyPointProblems(
          page({ involves: ['steroid'] }, `${steroid} It goes into the epidural space.`),
        ),
      ),
    ).toEqual([
      `content/procedures/example.md: involves: "steroid" needs the safety point "the FDA's 2014 warning on epidural steroids", which the page does not make`,
    ]);
  });
  it('needs the two words of a one-sentence point in one sentence', () => {
    const sedation =
      'Do not eat before. Bring a driver. No driving for 24 hours. Tell us about semaglutide or an SGLT2 pill.';
    expect(safetyPointProblems(page({ involves: ['sedation'] }, sedation))).toEqual([]);
    expect(
      safetyPointProblems(
        page(
          { involves: ['sedation'] },
          sedation.replace('No driving for 24 hours.', 'Rest for 24 hours. No driving.'),
        ),
      ),
    ).toHaveLength(1);
  });
});

describe('sources a clinician would accept', () => {
  it('refuses copies, content farms, marketing pages and redirect links, and accepts originals', () => {
    expect(refusedSourceReason('https://www.experts123.com/q/x.html')).toBe('a content farm');
    expect(refusedSourceReason('https://medicalnewstoday-com.zproxy.org/articles/1')).toBe(
      'a proxy copy of another site',
    );
    expect(
      refusedSourceReason('https://bmjopenquality.bmj.com/lookup/external-ref?access_num=1'),
    ).toMatch(/redirect/);
    expect(refusedSourceReason('https://www.fda.gov/drugs/drug-safety')).toBeUndefined();
  });
  it('asks a guideline for its year and warns when it is older than the limit', () => {
    const sources = [
      {
        title: 'Low back pain (NG59)',
        url: 'https://www.nice.org.uk/guidance/ng59',
        type: 'guideline',
        date: '2016, updated 2020',
      },
      { title: 'Old guideline', url: 'https://example.org/a', type: 'guideline', date: '2010' },
      { title: 'Undated guideline', url: 'https://example.org/b', type: 'guideline' },
      { title: 'Clinical practice guideline on knees', url: 'https://example.org/c' },
    ];
    const problems = sourceProblems(page({ sources }), context);
    expect(problems.map((p) => [p.field, Boolean(p.warning)])).toEqual([
      ['sources[1].date', true],
      ['sources[2].date', false],
      ['sources[3].type', false],
    ]);
    expect(latestYear('2016, updated 2020')).toBe(2020);
  });
});

describe('US framing', () => {
  it('refuses telling a US reader what a UK body funds, and passes a named recommendation', () => {
    expect(wordingProblems(page({}, 'The NHS does not fund this shot.'))).toHaveLength(1);
    expect(
      wordingProblems(page({}, 'NICE, the UK’s guideline body, recommends against it.')),
    ).toEqual([]);
  });
});

describe('honest review status', () => {
  const reviewed = { clinicalReview: { reviewer: 'akim', date: '2026-06-01' } };
  it('accepts a reviewer from the configuration, and says who reviewed the page', () => {
    expect(clinicalReviewProblems(page(reviewed, '', 'guides'), context)).toEqual([]);
    expect(clinicalReviewStatus(reviewed.clinicalReview, context.reviewers)).toMatchObject({
      reviewed: true,
      reviewer: { name: 'Dr. A. Kim' },
    });
  });
  it('refuses a reviewer who is not in the configuration', () => {
    const problems = clinicalReviewProblems(
      page({ clinicalReview: { reviewer: 'someone', date: '2026-06-01' } }, '', 'guides'),
      context,
    );
    expect(messages(problems)).toEqual([
      `content/guides/example.md: clinicalReview.reviewer: "someone" is not one of the clinic's reviewers in lib/site-config.ts (akim)`,
    ]);
  });
  it('lets an unreviewed page say so, until the clinic requires a review', () => {
    expect(clinicalReviewProblems(page({}, '', 'guides'), context)).toEqual([]);
    expect(clinicalReviewStatus(undefined, context.reviewers)).toEqual({ reviewed: false });
    expect(
      clinicalReviewProblems(page({}, '', 'guides'), { ...context, requireClinicalReview: true }),
    ).toHaveLength(1);
  });
  it('warns of an overdue review, and refuses it when a review is required', () => {
    const old = { clinicalReview: { reviewer: 'akim', date: '2025-01-01' } };
    expect(clinicalReviewProblems(page(old, '', 'guides'), context)[0]?.warning).toBe(true);
    expect(
      clinicalReviewProblems(page(old, '', 'guides'), {
        ...context,
        requireClinicalReview: true,
      })[0]?.warning,
    ).toBe(false);
  });
});

describe('shared facts', () => {
  const fact = {
    ...page({ statement: 'Steroids often help within a week.' }, '', 'facts'),
    slug: 'steroid-onset',
  };
  it('finds references and inserts statements as readers see them', () => {
    const body = 'Before. :fact[steroid-onset] After :fact[steroid-onset].';
    expect(factReferences(body)).toEqual(['steroid-onset']);
    expect(expandFacts(body, new Map([['steroid-onset', 'It helps.']]))).toBe(
      'Before. It helps. After It helps..',
    );
  });
  it('refuses a reference to a fact that does not exist, with a hint', () => {
    expect(messages(factProblems([fact, page({}, ':fact[steroid-onsett]', 'guides')]))).toEqual([
      'content/guides/example.md: body: ":fact[steroid-onsett]" is not a fact in facts/; did you mean "steroid-onset"?',
      'content/facts/example.md: statement: is not used on any page; insert it with :fact[steroid-onset] or remove the file',
    ]);
  });
  it('renders facts and the crisis line into the Markdown tree', () => {
    const tree = unified()
      .use(remarkParse)
      .parse('Wait. :fact[onset] Then see.\n\n::crisis-line\n') as Root;
    expandDirectives(tree, [{ slug: 'onset', statement: 'It may take **a week**.', sources: [] }]);
    const [first, second] = tree.children;
    expect(first?.type === 'paragraph' && first.children.map((c) => c.type)).toEqual([
      'text',
      'text',
      'strong',
      'text',
      'text',
    ]);
    expect(second?.data?.hName).toBe('div');
    expect(JSON.stringify(second)).toContain('tel:988');
    expect(JSON.stringify(second)).toContain('sms:988');
  });
});

describe('page structure', () => {
  it('refuses a body heading that takes the id of one of the page’s own sections', () => {
    const p = page({}, '## Sources\n\nText.\n\n## What it is\n\nText.\n', 'guides');
    expect(messages(sectionIdProblems(p))).toEqual([
      'content/guides/example.md: body: "## Sources" takes the id "sources", which the page uses for its own section; reword the heading',
    ]);
  });
  it('places the cards after the section they belong with, in the body and in the contents', () => {
    const html =
      '<h2 id="during">During</h2><p>a</p><h2 id="after">After</h2><p>b</p><h3 id="x">X</h3><h2 id="risks">Risks</h2><p>c</p>';
    expect(splitAfterSection(html, 'after')).toEqual({
      before:
        '<h2 id="during">During</h2><p>a</p><h2 id="after">After</h2><p>b</p><h3 id="x">X</h3>',
      after: '<h2 id="risks">Risks</h2><p>c</p>',
    });
    expect(splitAfterSection(html, 'missing')).toEqual({ before: html, after: '' });
    // Headings wrapped with their section link are cut before the wrapper, so both parts are whole.
    const wrapped =
      '<div class="section-heading"><h2 id="after">After</h2><a href="#after">#</a></div><p>b</p>\n<div class="section-heading"><h2 id="risks">Risks</h2></div><p>c</p>';
    expect(splitAfterSection(wrapped, 'after')).toEqual({
      before:
        '<div class="section-heading"><h2 id="after">After</h2><a href="#after">#</a></div><p>b</p>\n',
      after: '<div class="section-heading"><h2 id="risks">Risks</h2></div><p>c</p>',
    });
    const toc = [
      { id: 'after', text: 'After', depth: 2 as const },
      { id: 'x', text: 'X', depth: 3 as const },
      { id: 'risks', text: 'Risks', depth: 2 as const },
    ];
    expect(
      insertAfterSection(toc, 'after', { id: 'cards', text: 'Cards', depth: 2 }).map((e) => e.id),
    ).toEqual(['after', 'x', 'cards', 'risks']);
  });
});

describe('reading a content file', () => {
  it('ignores a byte-order mark, so the glossary and the check read the same fields', () => {
    const read = readFrontMatter('\uFEFF---\nterm: Fluoroscopy\n---\n');
    expect(read).toEqual({ ok: true, data: { term: 'Fluoroscopy' }, body: '' });
  });
  it('reports CRLF line endings and a missing front matter in one line', () => {
    expect(readFrontMatter('---\r\nterm: X\r\n---\r\n')).toMatchObject({
      ok: false,
      field: 'line endings',
    });
    expect(readFrontMatter('No front matter')).toMatchObject({ ok: false, field: 'front matter' });
  });
});

describe('phone links', () => {
  it('dials the digits of a number written for people', () => {
    expect(telHref('(555) 010-0100')).toBe('tel:5550100100');
    expect(smsHref('988')).toBe('sms:988');
  });
});
