import { notFound } from 'next/navigation';
import { LetterNav } from '@/components/LetterNav';
import { PageIntro } from '@/components/PageIntro';
import { SectionLink } from '@/components/SectionLink';
import { letterLabel } from '@/lib/content/index-letters';
import { glossaryLetters, glossaryTermsUnder, pageByKey } from '@/lib/content/queries';
import { letterOfParams, letterRoutes, type LetterParams } from '@/lib/content/routes';
import { glossaryLetterPath } from '@/lib/content/site-paths';
import { uiText } from '@/lib/ui-text';

const text = uiText.collections.glossary;
const letters = uiText.letters;

export const dynamicParams = false;
const routes = letterRoutes({
  pathOf: glossaryLetterPath,
  title: (letter) => letters.glossaryTitle(letterLabel(letter)),
  description: (letter) => letters.glossaryIntro(letters.startingWith(letter)),
  isEmpty: (letter) => glossaryTermsUnder(letter).length === 0,
});
export const generateStaticParams = routes.generateStaticParams;
export const generateMetadata = routes.generateMetadata;

/** The glossary's terms under one letter, each with its definition and its own link. */
export default async function GlossaryLetterPage(props: LetterParams) {
  const letter = await letterOfParams(props);
  if (!letter) notFound();
  const terms = glossaryTermsUnder(letter);
  const path = glossaryLetterPath(letter);
  return (
    <>
      <PageIntro
        title={letters.glossaryTitle(letterLabel(letter))}
        path={path}
        intro={letters.glossaryIntro(letters.startingWith(letter))}
        trail={[{ label: text.title, href: '/glossary' }]}
      />
      <LetterNav pathOf={glossaryLetterPath} inUse={glossaryLetters()} current={letter} />
      {terms.length === 0 ? (
        <p className="text-lg">{letters.glossaryEmpty(letters.startingWith(letter))}</p>
      ) : (
        <dl data-pagefind-body="" data-pagefind-filter={`type:${text.single}`}>
          {terms.map((term) => {
            const related = term.related ? pageByKey(term.related) : undefined;
            return (
              // The title names the term's own entry in search results.
              <div
                key={term.slug}
                id={term.slug}
                data-pagefind-title={term.term}
                className="mt-5 scroll-mt-4"
              >
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
                      {uiText.glossaryRelated}: <a href={related.url}>{related.title}</a>
                    </p>
                  ) : null}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </>
  );
}
