import Link from 'next/link';
import { ArticleBody } from '@/components/ArticleBody';
import { JsonLd } from '@/components/JsonLd';
import { SectionLink } from '@/components/SectionLink';
import { PrintFooter, ShareTools } from '@/components/PrintTools';
import { faqPage } from '@/lib/structured-data';
import { PageIntro } from '@/components/PageIntro';
import { ReviewDates } from '@/components/ReviewDates';
import { faqsByTopic, pageByKey } from '@/lib/content/queries';
import { oldestDate } from '@/lib/review-dates';
import { collectionMetadata } from '@/lib/metadata';
import { uiText } from '@/lib/ui-text';

const text = uiText.collections.faqs;

export const metadata = collectionMetadata('faqs', '/faq');

export default function FaqPage() {
  const groups = faqsByTopic();
  const allFaqs = groups.flatMap((group) => group.items);
  return (
    <>
      <PageIntro title={text.title} path="/faq" intro={text.intro} />
      <ShareTools title={text.title} path="/faq" />
      <nav aria-labelledby="faq-topics" className="mb-8 print:hidden">
        <h2 id="faq-topics" className="text-lg font-bold">
          {uiText.onThisPage}
        </h2>
        <ul className="mt-2 space-y-1">
          {groups.map((group) => (
            <li key={group.key}>
              <a href={`#topic-${group.key}`}>{uiText.topics[group.key]}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section
          key={group.key}
          aria-labelledby={`topic-${group.key}`}
          className="mb-10"
          data-pagefind-body=""
          data-pagefind-filter={`type:${text.single}`}
        >
          <h2 id={`topic-${group.key}`} className="border-b-2 border-brand pb-1 text-2xl font-bold">
            {uiText.topics[group.key]}
          </h2>
          {group.items.map((faq) => (
            <div key={faq.slug} id={faq.slug} className="faq-item mt-6 scroll-mt-4">
              <div className="section-heading">
                <h3 className="text-xl font-bold">{faq.question}</h3>
                <SectionLink id={faq.slug} name={faq.question} />
              </div>
              <ArticleBody html={faq.body.html} />
              <p className="mt-2 text-base print:hidden" data-pagefind-ignore="">
                <span className="font-bold">{uiText.glossaryRelated}: </span>
                {faq.related.map((key, index) => {
                  const page = pageByKey(key);
                  return page ? (
                    <span key={key}>
                      {index > 0 ? ', ' : ''}
                      <Link href={page.url} prefetch={false}>
                        {page.title}
                      </Link>
                    </span>
                  ) : null;
                })}
              </p>
              <p className="mt-1 text-base text-muted" data-pagefind-ignore="">
                <span className="font-bold">{uiText.sources}: </span>
                {faq.sources.map((source, index) => (
                  <span key={source.url}>
                    {index > 0 ? '; ' : ''}
                    <a href={source.url} rel="noopener noreferrer">
                      {source.title}
                    </a>{' '}
                    ({source.publisher})
                  </span>
                ))}
              </p>
            </div>
          ))}
        </section>
      ))}
      <JsonLd
        data={faqPage(
          allFaqs.map((faq) => ({
            question: faq.question,
            answerText: faq.plainText,
            url: faq.url,
          })),
        )}
      />
      {allFaqs.length > 0 ? (
        <ReviewDates lastReviewed={oldestDate(allFaqs.map((faq) => faq.lastReviewed))} />
      ) : null}
      <PrintFooter path="/faq" />
    </>
  );
}
