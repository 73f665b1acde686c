/**
 * Links never break: every link in a body leads to a page, question or glossary term that
 * exists, and every page is linked from another page besides the listings.
 */
import { OTHER_LANGUAGE } from '../../i18n';
import type { ParsedPage } from '../quality';
import { isPageCollection, pageUrl } from '../schema';
import { FIXED_PATHS } from '../site-paths';
import type { RuleContext } from './context';
import type { Problem } from './problem';

/** Why an internal link is broken, or undefined when it leads somewhere real. */
export function brokenLink(target: string, keys: ReadonlySet<string>): string | undefined {
  if (target.startsWith(OTHER_LANGUAGE))
    return "leads out of the page's language; link to the page in the same language (for Spanish, an address under /es/)";
  if (/^(https?:|mailto:|tel:|sms:)/i.test(target)) return undefined;
  if (target.startsWith('#')) return undefined;
  if (!target.startsWith('/'))
    return 'is not a site path; write links to other pages as /collection/slug';
  const [pathPart = '', fragment] = target.split('#');
  const path = pathPart.replace(/\/$/, '') || '/';
  // Questions have pages of their own; /faq#slug, their address before that, still leads to each.
  if (path === '/faq' && fragment)
    return keys.has(`faqs/${fragment}`) ? undefined : 'is not a question on the FAQ page';
  if (path.startsWith('/faq/'))
    return keys.has(`faqs/${path.slice('/faq/'.length)}`)
      ? undefined
      : 'is not a question on this site';
  if (path === '/glossary' && fragment) {
    return keys.has(`glossary/${fragment}`)
      ? `is the glossary's old address for the term; write ${pageUrl('glossary', fragment)}`
      : 'is not a term in the glossary';
  }
  if (path.startsWith('/glossary/') && fragment) {
    if (!keys.has(`glossary/${fragment}`)) return 'is not a term in the glossary';
    return pageUrl('glossary', fragment) === `${path}#${fragment}`
      ? undefined
      : `is on another letter's page; write ${pageUrl('glossary', fragment)}`;
  }
  if (FIXED_PATHS.includes(path)) return undefined;
  const [, collection, slug, extra] = path.split('/');
  if (
    extra === undefined &&
    keys.has(`${collection}/${slug}`) &&
    ['conditions', 'procedures', 'guides'].includes(collection ?? '')
  ) {
    return undefined;
  }
  return 'is not a page on this site';
}

export function brokenLinkProblems(page: ParsedPage, context: RuleContext): Problem[] {
  return page.facts.links.flatMap((target) => {
    const why = brokenLink(target, context.library.keys);
    return why
      ? [
          {
            file: page.display,
            field: 'body',
            message: `link ${JSON.stringify(target.replace(OTHER_LANGUAGE, ''))} ${why}`,
          },
        ]
      : [];
  });
}

export function orphanProblems(page: ParsedPage, context: RuleContext): Problem[] {
  const { collection } = page;
  if (!isPageCollection(collection) || collection === 'glossary') return [];
  if (context.library.inbound.has(`${collection}/${page.slug}`)) return [];
  return [
    {
      file: page.display,
      field: 'links',
      message: `no other page links to ${JSON.stringify(pageUrl(collection, page.slug))}; link to it from a related page`,
    },
  ];
}
