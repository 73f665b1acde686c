import Link from 'next/link';
import { LetterNav } from '@/components/LetterNav';
import { PageIntro } from '@/components/PageIntro';
import { azEntries } from '@/lib/content/queries';
import { indexLetter, groupInOrder } from '@/lib/content/relations';
import { pageMetadata } from '@/lib/metadata';
import { uiText } from '@/lib/ui-text';

const text = uiText.az;

export const metadata = pageMetadata({ title: text.title, description: text.intro, path: '/a-z' });

export default function AzPage() {
  const entries = azEntries({
    condition: uiText.collections.conditions.single,
    procedure: uiText.collections.procedures.single,
    guide: uiText.collections.guides.single,
    term: uiText.collections.glossary.single,
  });
  const letters = [...new Set(entries.map((e) => indexLetter(e.label)))].sort();
  const groups = groupInOrder(entries, (e) => indexLetter(e.label), letters);
  return (
    <>
      <PageIntro title={text.title} path="/a-z" intro={text.intro} />
      <LetterNav letters={groups.map(({ key }) => key)} />
      {groups.map(({ key, items }) => (
        <section key={key} aria-labelledby={`letter-${key}`} className="mb-8">
          <h2 id={`letter-${key}`} className="border-b-2 border-brand pb-1 text-2xl font-bold">
            {key}
          </h2>
          <ul className="mt-3 space-y-2">
            {items.map((entry) => (
              <li key={`${entry.label}|${entry.url}`}>
                <Link href={entry.url} prefetch={false}>
                  {entry.label}
                </Link>{' '}
                <span className="text-muted">
                  ({entry.kind}
                  {entry.seeAlso ? `, ${text.see} ${entry.seeAlso}` : ''})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
