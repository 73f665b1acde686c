import { PageIntro } from '@/components/PageIntro';
import { pageMetadata } from '@/lib/metadata';
import { siteConfig } from '@/lib/site-config';

const intro = `What ${siteConfig.siteName} is, how its pages are written and checked, and how it protects your privacy.`;

export const metadata = pageMetadata({
  title: 'About this site',
  description: intro,
  path: '/about',
});

export default function AboutPage() {
  const { siteName, reviewIntervalMonths, emergencyNumber, clinic } = siteConfig;
  return (
    <>
      <PageIntro title="About this site" path="/about" intro={intro} />
      <div className="article-body prose max-w-none">
        <h2 id="what-this-site-is">What this site is</h2>
        <p>
          {siteName} explains chronic pain, the conditions that cause it, and the procedures and
          injections that pain specialists use to treat it. It is written for patients and the
          people who care for them. It is published by {clinic.name}.
        </p>
        <h2 id="not-medical-advice">This is not medical advice</h2>
        <p>
          This site is for education only. It cannot tell you what is right for you. Talk with your
          own doctor or care team before you start, stop or change any treatment or medicine. In an
          emergency, call {emergencyNumber}.
        </p>
        <h2 id="how-pages-are-written">How pages are written and checked</h2>
        <ul>
          <li>
            Every fact comes from its original publisher, such as a US government health agency, a
            guideline body, a major academic medical center, a medical journal or a device maker’s
            own labeling. The sources are listed at the end of each page. Where we give UK guidance,
            we say so.
          </li>
          <li>
            We write in plain words and short sentences, and explain medical terms in the{' '}
            <a href="/glossary">glossary</a>.
          </li>
          <li>
            We say how strong the evidence is. We do not promise that any treatment will work.
          </li>
          <li>
            We mention options that do not involve procedures, such as exercise, physical therapy
            and talking therapies.
          </li>
          <li>
            Each page shows the date it was last checked against its sources and when its next check
            is due. Pages are checked at least every {reviewIntervalMonths} months. Each page also
            says whether a clinician at {clinic.name} has reviewed it.
          </li>
          <li>
            Before the site is published, an automatic check refuses pages with missing or weak
            sources, broken links between pages, missing review dates, urgent advice at the wrong
            level, or missing safety points, such as device warnings.
          </li>
        </ul>
        <h2 id="privacy">Your privacy</h2>
        <p>
          This site does not track you. It sets no cookies, uses no analytics, loads nothing from
          other websites and stores nothing in your browser. When you follow a link to another
          website, this site does not tell that website which page you came from.
        </p>
      </div>
    </>
  );
}
