/** The glossary and the A–Z index: a front page with the letters, and a page per letter. */
import { notFound } from 'next/navigation';
import { LetterNav } from '@/components/LetterNav';
import { MovedAnchors } from '@/components/MovedAnchors';
import { PageIntro } from '@/components/PageIntro';
import { SectionLink } from '@/components/SectionLink';
import { letterLabel } from '@/lib/content/index-letters';
import {
  azEntriesUnder,
  azLetters,
  glossaryLetters,
  glossaryTermsUnder,
  pageByKey,
} from '@/lib/content/queries';
import { azLetterPath, glossaryLetterPath } from '@/lib/content/site-paths';
import { collectionMetadata, pageMetadata } from '@/lib/metadata';
import { sitePath } from '@/lib/request-locale';
import { siteConfig } from '@/lib/site-config';
import { uiText } from '@/lib/ui-text';
import { letterOf, letterRoute, type LetterParams } from './letter-route';
import type { Route } from './route-in';

const glossaryPathOf = (letter: string) => sitePath(glossaryLetterPath(letter));
const azPathOf = (letter: string) => sitePath(azLetterPath(letter));

/**
 * The glossary's front page: a letter to choose. Definitions live on each letter's page, so
 * no page grows with the whole glossary; links to /glossary#term, the address terms had
 * before, are sent on to their letter's page.
 */
export const glossaryRoute: Route = {
  card: () => [siteConfig.siteName, uiText.collections.glossary.title],
  path: () => sitePath('/glossary'),
  metadata: () => collectionMetadata('glossary', '/glossary'),
  Page: () => {
    const text = uiText.collections.glossary;
    return (
      <>
        <PageIntro title={text.title} path={sitePath('/glossary')} intro={text.intro}>
          <p className="mt-2 text-lg">{uiText.letters.chooseLetter}</p>
        </PageIntro>
        <LetterNav pathOf={glossaryPathOf} inUse={glossaryLetters()} />
        <MovedAnchors page="glossary" />
      </>
    );
  },
};

/** The glossary's terms under one letter, each with its definition and its own link. */
export const glossaryLetterRoute: Route<LetterParams> = {
  card: (params) => [
    uiText.collections.glossary.title,
    uiText.letters.glossaryTitle(letterLabel(letterOf(params) ?? '')),
  ],
  ...letterRoute({
    pathOf: glossaryLetterPath,
    title: (letter) => uiText.letters.glossaryTitle(letterLabel(letter)),
    description: (letter) => uiText.letters.glossaryIntro(uiText.letters.startingWith(letter)),
    isEmpty: (letter) => glossaryTermsUnder(letter).length === 0,
  }),
  Page: ({ params }) => {
    const letter = letterOf(params);
    if (!letter) notFound();
    const text = uiText.collections.glossary;
    const letters = uiText.letters;
    const terms = glossaryTermsUnder(letter);
    return (
      <>
        <PageIntro
          title={letters.glossaryTitle(letterLabel(letter))}
          path={glossaryPathOf(letter)}
          intro={letters.glossaryIntro(letters.startingWith(letter))}
          trail={[{ label: text.title, href: sitePath('/glossary') }]}
        />
        <LetterNav pathOf={glossaryPathOf} inUse={glossaryLetters()} current={letter} />
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
  },
};

/** The A–Z index's front page: a letter to choose; each letter's entries have a page of their own. */
export const azRoute: Route = {
  card: () => [siteConfig.siteName, uiText.az.title],
  path: () => sitePath('/a-z'),
  metadata: () =>
    pageMetadata({ title: uiText.az.title, description: uiText.az.intro, path: sitePath('/a-z') }),
  Page: () => (
    <>
      <PageIntro title={uiText.az.title} path={sitePath('/a-z')} intro={uiText.az.intro}>
        <p className="mt-2 text-lg">{uiText.letters.chooseLetter}</p>
      </PageIntro>
      <LetterNav pathOf={azPathOf} inUse={azLetters()} />
      <MovedAnchors page="a-z" />
    </>
  ),
};

/** Every page and other name filed under one letter of the A–Z index. */
export const azLetterRoute: Route<LetterParams> = {
  card: (params) => [
    siteConfig.siteName,
    uiText.letters.azTitle(letterLabel(letterOf(params) ?? '')),
  ],
  ...letterRoute({
    pathOf: azLetterPath,
    title: (letter) => uiText.letters.azTitle(letterLabel(letter)),
    description: (letter) => uiText.letters.azIntro(uiText.letters.startingWith(letter)),
    isEmpty: (letter) => azEntriesUnder(letter).length === 0,
  }),
  Page: ({ params }) => {
    const letter = letterOf(params);
    if (!letter) notFound();
    const text = uiText.az;
    const letters = uiText.letters;
    const entries = azEntriesUnder(letter);
    return (
      <>
        <PageIntro
          title={letters.azTitle(letterLabel(letter))}
          path={azPathOf(letter)}
          intro={letters.azIntro(letters.startingWith(letter))}
          trail={[{ label: text.title, href: sitePath('/a-z') }]}
        />
        <LetterNav pathOf={azPathOf} inUse={azLetters()} current={letter} />
        {entries.length === 0 ? (
          <p className="text-lg">{letters.azEmpty(letters.startingWith(letter))}</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {entries.map((entry) => (
              <li key={`${entry.label}|${entry.url}`}>
                <a href={entry.url}>{entry.label}</a>{' '}
                <span className="text-muted">
                  ({uiText.collections[entry.kind].single}
                  {entry.seeAlso ? `, ${text.see} ${entry.seeAlso}` : ''})
                </span>
              </li>
            ))}
          </ul>
        )}
      </>
    );
  },
};
