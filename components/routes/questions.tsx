/** The questions: by topic on one page, and every question of a topic on its own page. */
import { notFound } from 'next/navigation';
import { MovedAnchors } from '@/components/MovedAnchors';
import { PageIntro } from '@/components/PageIntro';
import { PrintFooter, ShareTools } from '@/components/PrintTools';
import { QuestionList } from '@/components/QuestionList';
import { faqsOnTopic, faqTopicsPreview } from '@/lib/content/queries';
import { TOPICS, type Topic } from '@/lib/content/schema';
import { faqTopicPath } from '@/lib/content/site-paths';
import { topicSlug } from '@/lib/i18n';
import { collectionMetadata, pageMetadata } from '@/lib/metadata';
import { requestLocale, sitePath } from '@/lib/request-locale';
import { siteConfig } from '@/lib/site-config';
import { uiText } from '@/lib/ui-text';
import type { Route } from './route-in';

/**
 * The questions by topic: each topic's first questions, and a link to the topic's own page
 * when it has more, so this page stays light however many questions the library holds.
 * Each answer has a page of its own; links to /faq#question, the address answers had before
 * they moved, are sent on to it.
 */
export const questionsRoute: Route = {
  card: () => [siteConfig.siteName, uiText.collections.faqs.title],
  path: () => sitePath('/faq'),
  metadata: () => collectionMetadata('faqs', '/faq'),
  Page: () => {
    const text = uiText.collections.faqs;
    const path = sitePath('/faq');
    const groups = faqTopicsPreview();
    return (
      <>
        <PageIntro title={text.title} path={path} intro={text.intro} />
        <ShareTools title={text.title} path={path} />
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
              <a href={sitePath(faqTopicPath(group.key))}>{uiText.topics[group.key]}</a>
            </h2>
            <QuestionList questions={group.shown} />
            {group.total > group.shown.length ? (
              <p className="mt-4 text-lg font-bold print:hidden">
                <a href={sitePath(faqTopicPath(group.key))}>
                  {uiText.faqTopics.seeAll(uiText.topics[group.key], group.total)}
                </a>
              </p>
            ) : null}
          </section>
        ))}
        <PrintFooter path={path} />
        <MovedAnchors page="faq" />
      </>
    );
  },
};

type TopicParams = { topic: string };

/** The topic a route parameter names, in the language being built. */
const topicOf = ({ topic }: TopicParams): Topic | undefined =>
  TOPICS.find((key) => topicSlug(key, requestLocale()) === topic);

/** Every question on one topic, each linking to its answer. */
export const questionTopicRoute: Route<TopicParams> = {
  card: (params) => {
    const topic = topicOf(params);
    return [uiText.collections.faqs.title, topic ? uiText.topics[topic] : ''];
  },
  staticParams: () => TOPICS.map((topic) => ({ topic: topicSlug(topic, requestLocale()) })),
  path: (params) => {
    const topic = topicOf(params);
    return topic ? sitePath(faqTopicPath(topic)) : '';
  },
  metadata: (params) => {
    const topic = topicOf(params);
    if (!topic) return {};
    return pageMetadata({
      title: uiText.faqTopics.title(uiText.topics[topic]),
      description: uiText.faqTopics.intro(uiText.topics[topic]),
      path: sitePath(faqTopicPath(topic)),
      noindex: faqsOnTopic(topic).length === 0,
    });
  },
  Page: ({ params }) => {
    const topic = topicOf(params);
    if (!topic) notFound();
    const text = uiText.faqTopics;
    const questions = faqsOnTopic(topic);
    const path = sitePath(faqTopicPath(topic));
    const title = text.title(uiText.topics[topic]);
    return (
      <>
        <PageIntro
          title={title}
          path={path}
          intro={text.intro(uiText.topics[topic])}
          trail={[{ label: uiText.collections.faqs.title, href: sitePath('/faq') }]}
        />
        <ShareTools title={title} path={path} />
        {questions.length === 0 ? (
          <p className="text-lg">{text.empty}</p>
        ) : (
          <QuestionList questions={questions} />
        )}
        <PrintFooter path={path} />
      </>
    );
  },
};
