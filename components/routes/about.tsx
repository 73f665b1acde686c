import { Fragment } from 'react';
import { PageIntro } from '@/components/PageIntro';
import { sitePath } from '@/lib/request-locale';
import { siteConfig } from '@/lib/site-config';
import { uiText } from '@/lib/ui-text';
import { fixedRoute } from './fixed-route';
import type { Route } from './route-in';

/** What the site is, how its pages are written and checked, and how it keeps readers' privacy. */
export const aboutRoute: Route = {
  card: () => [siteConfig.siteName, uiText.nav.about],
  ...fixedRoute('/about', () => ({
    title: uiText.about.title,
    description: uiText.about.intro(siteConfig.siteName),
  })),
  Page: () => {
    const { siteName, reviewIntervalMonths, emergencyNumber, clinic } = siteConfig;
    const text = uiText.about;
    const glossary = <a href={sitePath('/glossary')}>{text.glossaryLink}</a>;
    return (
      <>
        <PageIntro title={text.title} path={sitePath('/about')} intro={text.intro(siteName)} />
        <div className="article-body prose max-w-none">
          <h2 id="what-this-site-is">{text.whatHeading}</h2>
          <p>{text.what(siteName, clinic.name)}</p>
          <h2 id="not-medical-advice">{text.notAdviceHeading}</h2>
          <p>{text.notAdvice(emergencyNumber)}</p>
          <h2 id="how-pages-are-written">{text.howHeading}</h2>
          <ul>
            {text.how(reviewIntervalMonths, clinic.name).map((item) => {
              const [before, after] = item.split('{glossary}');
              return (
                <li key={item}>
                  {after === undefined ? (
                    item
                  ) : (
                    <Fragment>
                      {before}
                      {glossary}
                      {after}
                    </Fragment>
                  )}
                </li>
              );
            })}
          </ul>
          <h2 id="privacy">{text.privacyHeading}</h2>
          <p>{text.privacy}</p>
        </div>
      </>
    );
  },
};
