import { uiText } from '@/lib/ui-text';

/**
 * The link to this page in the other language (or to that language's home page while the
 * page has no translation), named in that language so its readers recognise it. The site
 * never picks a language for the reader: this link is the only way between them.
 */
export function LanguageSwitch({ href, translated }: { href: string; translated: boolean }) {
  const { otherName, otherLang, otherHome } = uiText.languageSwitch;
  return (
    // Floated beside the breadcrumbs, so it costs a phone reader no line of its own.
    <p className="language-switch float-right ml-4 text-sm print:hidden">
      <a href={href} hrefLang={otherLang} lang={otherLang}>
        {translated ? otherName : otherHome}
      </a>
    </p>
  );
}
