import Link from 'next/link';
import { PageIntro } from '@/components/PageIntro';
import { PrintFooter, ShareTools } from '@/components/PrintTools';
import { faqsByTopic } from '@/lib/content/queries';
import { collectionMetadata } from '@/lib/metadata';
import { uiText } from '@/lib/ui-text';

const text = uiText.collections.faqs;

export const metadata = collectionMetadata('faqs', '/faq');

/**
 * Every question, grouped by topic; each answer has a page of its own, so this list stays
 * light however many questions the library holds. Each item keeps the question's id: a
 * link to /faq#question, the address answers had before they moved, lands on its link.
 */
export default function FaqPage() {
  const groups = faqsByTopic();
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
        <section key={group.key} aria-labelledby={`topic-${group.key}`} className="mb-10">
          <h2 id={`topic-${group.key}`} className="border-b-2 border-brand pb-1 text-2xl font-bold">
            {uiText.topics[group.key]}
          </h2>
          <ul className="mt-4 space-y-3">
            {group.items.map((faq) => (
              <li key={faq.slug} id={faq.slug} className="faq-item scroll-mt-4 text-lg">
                <Link href={faq.url} prefetch={false}>
                  {faq.question}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <PrintFooter path="/faq" />
    </>
  );
}
