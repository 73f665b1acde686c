/** Enough sources, on https, enough of them from trusted publishers (lib/content/trusted-sources.ts). */
import type { ParsedPage } from '../quality';
import { SCHEMA } from '../schema';
import { sourceUrls, type RuleContext } from './context';
import type { Problem } from './problem';

export function sourceCountProblems(page: ParsedPage, context: RuleContext): Problem[] {
  const rules = SCHEMA[page.collection].quality;
  if (!rules) return [];
  const urls = sourceUrls(page);
  const trusted = context.library.figures.get(page)?.trustedSources ?? 0;
  const problems: Problem[] = urls.flatMap((url, index) =>
    url.startsWith('https://')
      ? []
      : [
          {
            file: page.display,
            field: `sources[${index}].url`,
            value: url,
            message: 'must start with https://',
          },
        ],
  );
  if (urls.length < rules.minSources)
    problems.push({
      file: page.display,
      field: 'sources',
      message: `has ${urls.length}; at least ${rules.minSources} are needed`,
    });
  if (trusted < rules.minTrustedSources) {
    problems.push({
      file: page.display,
      field: 'sources',
      message: `${trusted} of ${urls.length} from trusted publishers; at least ${rules.minTrustedSources} are needed (see lib/content/trusted-sources.ts)`,
    });
  }
  return problems;
}
