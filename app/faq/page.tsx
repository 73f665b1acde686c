import { MovedAnchors } from '@/components/MovedAnchors';
import { PageIntro } from '@/components/PageIntro';
import { PrintFooter, ShareTools } from '@/components/PrintTools';
import { QuestionList } from '@/components/QuestionList';
import { faqTopicsPreview } from '@/lib/content/queries';
import { faqTopicPath } from '@/lib/content/site-paths';
import { collectionMetadata } from '@/lib/metadata';
import { uiText } from '@/lib/ui-text';

const text = uiText.collections.faqs;

export const metadata = collectionMetadata('faqs', '/faq');

/**
 * The questions by topic: each topic's first questions, and a link to the topic's own page
 * when it has more, so this page stays light however many questions the library holds.
 * Each answer has a page of its own; links to /faq#question, the address answers had before
 * they moved, are sent on to it.
 */
export default function FaqPage() {
  const groups = faqTopicsPreview();
  return (
    <>
      <PageIntro title={text.title} path="/faq" intro={text.intro} />
      <ShareTools title={text.title} path="/faq" />
      <nav aria-labelledby="faq-topics" className="mb-8 print:hidden">
        <h2 id="faq-topics" className="font-bold">
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
          <h2 id={`topic-${group.key}`} className="border-b-2 border-brand pb-1 font-bold">
            {/* The heading leads to the topic's own page, an address staff can share. */}
            <a href={faqTopicPath(group.key)}>{uiText.topics[group.key]}</a>
          </h2>
          <QuestionList questions={group.shown} />
          {group.total > group.shown.length ? (
            <p className="mt-4 text-lg font-bold print:hidden">
              <a href={faqTopicPath(group.key)}>
                {uiText.faqTopics.seeAll(uiText.topics[group.key], group.total)}
              </a>
            </p>
          ) : null}
        </section>
      ))}
      <PrintFooter path="/faq" />
      <MovedAnchors page="faq" />
    </>
  );
}
