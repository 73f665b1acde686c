import { PageIntro } from '@/components/PageIntro';
import { PageList } from '@/components/PageList';
import { getProcedures } from '@/lib/content/queries';
import { pageMetadata } from '@/lib/metadata';
import { uiText } from '@/lib/ui-text';

const text = uiText.collections.procedures;

export const metadata = pageMetadata({
  title: text.title,
  description: text.intro,
  path: '/procedures',
});

export default function ProceduresPage() {
  const items = getProcedures().map((procedure) => ({
    href: procedure.url,
    title: procedure.title,
    description: procedure.description,
    meta: `${uiText.kindLabel}: ${uiText.procedureKinds[procedure.kind]}`,
  }));
  return (
    <>
      <PageIntro title={text.title} intro={text.intro} />
      <PageList items={items} />
    </>
  );
}
