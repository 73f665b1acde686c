import { PageIntro } from '@/components/PageIntro';
import { SearchBox } from '@/components/SearchBox';
import { pageMetadata } from '@/lib/metadata';
import { uiText } from '@/lib/ui-text';

const text = uiText.search;

export const metadata = pageMetadata({
  title: text.title,
  description: text.intro,
  path: '/search',
});

/** The types a search can be narrowed to: the same labels the index files pages under. */
const types = (['conditions', 'procedures', 'guides', 'faqs', 'glossary'] as const).map(
  (collection) => uiText.collections[collection].single,
);

export default function SearchPage() {
  return (
    <>
      <PageIntro title={text.title} path="/search" intro={text.intro} />
      <SearchBox types={types} text={text} />
    </>
  );
}
