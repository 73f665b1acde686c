import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/ArticleBody';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { JsonLd } from '@/components/JsonLd';
import { PrintFooter, ShareTools } from '@/components/PrintTools';
import { RelatedLinks } from '@/components/RelatedLinks';
import { ReviewDates } from '@/components/ReviewDates';
import { SourceList } from '@/components/SourceList';
import {
  getFaq,
  getFaqs,
  otherQuestionsOnTopic,
  pageByKey,
  sourcesOf,
} from '@/lib/content/queries';
import { DESCRIPTION_MAX_LENGTH } from '@/lib/content/schema';
import { faqTopicPath } from '@/lib/content/site-paths';
import { excerpt, pageMetadata } from '@/lib/metadata';
import { sitePath } from '@/lib/request-locale';
import { faqPage } from '@/lib/structured-data';
import { uiText } from '@/lib/ui-text';
import type { Route } from './route-in';
import type { SlugParams } from './slug-route';

/** One question and its answer, on a page of its own that staff can link to and print. */
export const faqRoute: Route<SlugParams> = {
  card: ({ slug }) => [uiText.collections.faqs.single, getFaq(slug)?.question ?? ''],
  staticParams: () => getFaqs().map((faq) => ({ slug: faq.slug })),
  path: ({ slug }) => getFaq(slug)?.url ?? '',
  metadata: ({ slug }) => {
    const faq = getFaq(slug);
    return faq
      ? pageMetadata({
          title: faq.question,
          description: excerpt(faq.plainText, DESCRIPTION_MAX_LENGTH),
          path: faq.url,
        })
      : {};
  },
  Page: ({ params }) => {
    const faq = getFaq(params.slug);
    if (!faq) notFound();
    const text = uiText.collections.faqs;
    const others = otherQuestionsOnTopic(faq);
    const related = faq.related.flatMap((key) => {
      const page = pageByKey(key);
      return page ? [{ href: page.url, label: page.title }] : [];
    });
    return (
      // Only the article is indexed for search, filed under its type.
      <article data-pagefind-body="" data-pagefind-filter={`type:${text.single}`}>
        <Breadcrumbs
          trail={[{ label: text.title, href: sitePath('/faq') }]}
          current={{ label: faq.question, href: faq.url }}
        />
        <header>
          <p className="text-base font-bold uppercase tracking-wide text-muted">
            {text.single}: {uiText.topics[faq.topic]}
          </p>
          <h1 className="mt-1 font-bold">{faq.question}</h1>
        </header>
        <ShareTools title={faq.question} path={faq.url} />
        <ArticleBody html={faq.body.html} />
        <RelatedLinks id="related-pages" heading={uiText.glossaryRelated} links={related} />
        <RelatedLinks
          id="related-questions"
          heading={uiText.related.faqs}
          links={others.shown.map((other) => ({ href: other.url, label: other.question }))}
          more={
            others.total > others.shown.length
              ? {
                  href: sitePath(faqTopicPath(faq.topic)),
                  label: uiText.faqTopics.seeAll(uiText.topics[faq.topic], others.total + 1),
                }
              : undefined
          }
        />
        <SourceList sources={sourcesOf(faq)} />
        <ReviewDates lastReviewed={faq.lastReviewed} clinicalReview={faq.clinicalReview} />
        <JsonLd
          data={faqPage(
            [{ question: faq.question, answerText: faq.plainText, url: faq.url }],
            faq.locale,
          )}
        />
        <PrintFooter path={faq.url} reviewed={faq} />
      </article>
    );
  },
};
