import { notFound } from 'next/navigation';
import { PageIntro } from '@/components/PageIntro';
import { PrintFooter, ShareTools } from '@/components/PrintTools';
import { QuestionList } from '@/components/QuestionList';
import { faqsOnTopic } from '@/lib/content/queries';
import { TOPICS, type Topic } from '@/lib/content/schema';
import { faqTopicPath } from '@/lib/content/site-paths';
import { pageMetadata } from '@/lib/metadata';
import { uiText } from '@/lib/ui-text';

const text = uiText.faqTopics;
type Params = { params: Promise<{ topic: string }> };

const topicOf = (key: string): Topic | undefined => TOPICS.find((topic) => topic === key);

export const dynamicParams = false;
export const generateStaticParams = () => TOPICS.map((topic) => ({ topic }));

export async function generateMetadata({ params }: Params) {
  const topic = topicOf((await params).topic);
  if (!topic) return {};
  return pageMetadata({
    title: text.title(uiText.topics[topic]),
    description: text.intro(uiText.topics[topic]),
    path: faqTopicPath(topic),
    noindex: faqsOnTopic(topic).length === 0,
  });
}

/** Every question on one topic, each linking to its answer. */
export default async function FaqTopicPage({ params }: Params) {
  const topic = topicOf((await params).topic);
  if (!topic) notFound();
  const questions = faqsOnTopic(topic);
  const path = faqTopicPath(topic);
  const title = text.title(uiText.topics[topic]);
  return (
    <>
      <PageIntro
        title={title}
        path={path}
        intro={text.intro(uiText.topics[topic])}
        trail={[{ label: uiText.collections.faqs.title, href: '/faq' }]}
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
}
