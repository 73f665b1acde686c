import { PageIntro } from '@/components/PageIntro';
import { PageList } from '@/components/PageList';
import { getConditions } from '@/lib/content/queries';
import { pageMetadata } from '@/lib/metadata';
import { uiText } from '@/lib/ui-text';

const text = uiText.collections.conditions;

export const metadata = pageMetadata({
  title: text.title,
  description: text.intro,
  path: '/conditions',
});

export default function ConditionsPage() {
  const items = getConditions().map((condition) => ({
    href: condition.url,
    title: condition.title,
    description: condition.description,
    meta: `${uiText.bodyAreaLabel}: ${condition.bodyAreas.map((area) => uiText.bodyAreas[area]).join(', ')}`,
  }));
  return (
    <>
      <PageIntro title={text.title} intro={text.intro} />
      <PageList items={items} />
    </>
  );
}
