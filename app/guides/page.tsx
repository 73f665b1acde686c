import { PageIntro } from '@/components/PageIntro';
import { PageList } from '@/components/PageList';
import { getGuides } from '@/lib/content/queries';
import { pageMetadata } from '@/lib/metadata';
import { uiText } from '@/lib/ui-text';

const text = uiText.collections.guides;

export const metadata = pageMetadata({
  title: text.title,
  description: text.intro,
  path: '/guides',
});

export default function GuidesPage() {
  const items = getGuides().map((guide) => ({
    href: guide.url,
    title: guide.title,
    description: guide.description,
    meta: guide.topics.map((topic) => uiText.topics[topic]).join(', '),
  }));
  return (
    <>
      <PageIntro title={text.title} intro={text.intro} />
      <PageList items={items} />
    </>
  );
}
