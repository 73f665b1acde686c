import Link from 'next/link';
import { LetterNav } from '@/components/LetterNav';
import { PageIntro } from '@/components/PageIntro';
import { SectionLink } from '@/components/SectionLink';
import { glossaryByLetter, pageByKey } from '@/lib/content/queries';
import { collectionMetadata } from '@/lib/metadata';
import { uiText } from '@/lib/ui-text';

const text = uiText.collections.glossary;

export const metadata = collectionMetadata('glossary', '/glossary');

export default function GlossaryPage() {
  const letters = glossaryByLetter();
  return (
    <>
      <PageIntro title={text.title} path="/glossary" intro={text.intro} />
      <LetterNav letters={letters.map(({ key }) => key)} />
      {letters.map(({ key, items }) => (
        <section
          key={key}
          aria-labelledby={`letter-${key}`}
          className="mb-8"
          data-pagefind-body=""
          data-pagefind-filter={`type:${text.single}`}
        >
          <h2 id={`letter-${key}`} className="border-b-2 border-brand pb-1 text-2xl font-bold">
            {key}
          </h2>
          <dl>
            {items.map((term) => {
              const related = term.related ? pageByKey(term.related) : undefined;
              return (
                <div key={term.slug} id={term.slug} className="mt-5 scroll-mt-4">
                  <dt className="section-heading text-xl font-bold">
                    <span className="term-name">{term.term}</span>{' '}
                    <SectionLink id={term.slug} name={term.term} />
                  </dt>
                  <dd className="mt-1">
                    <p>{term.definition}</p>
                    {term.otherSpellings && term.otherSpellings.length > 0 ? (
                      <p className="text-muted">
                        {uiText.otherNames}: {term.otherSpellings.join(', ')}
                      </p>
                    ) : null}
                    {related ? (
                      <p className="print:hidden">
                        {uiText.glossaryRelated}:{' '}
                        <Link href={related.url} prefetch={false}>
                          {related.title}
                        </Link>
                      </p>
                    ) : null}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </>
  );
}
