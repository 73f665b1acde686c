/** The listings of conditions, procedures and guides. */
import { CollectionListing } from '@/components/CollectionListing';
import { getConditions, getGuides, proceduresByKind } from '@/lib/content/queries';
import { BODY_MAP_PATH, PROCEDURE_COMPARISON_PATH } from '@/lib/content/site-paths';
import { collectionMetadata } from '@/lib/metadata';
import { sitePath } from '@/lib/request-locale';
import { siteConfig } from '@/lib/site-config';
import { uiText } from '@/lib/ui-text';
import type { Route } from './route-in';

export const conditionsRoute: Route = {
  card: () => [siteConfig.siteName, uiText.collections.conditions.title],
  path: () => sitePath('/conditions'),
  metadata: () => collectionMetadata('conditions', '/conditions'),
  Page: () => {
    const items = getConditions().map((condition) => ({
      href: condition.url,
      title: condition.title,
      description: condition.description,
      meta: `${uiText.bodyAreaLabel}: ${condition.bodyAreas.map((area) => uiText.bodyAreas[area]).join(', ')}`,
    }));
    return (
      <CollectionListing
        collection="conditions"
        items={items}
        before={
          <p className="mb-6 rounded border-2 border-line bg-surface p-4">
            {uiText.bodyMap.teaser}{' '}
            <a href={sitePath(BODY_MAP_PATH)} className="font-bold">
              {uiText.bodyMap.heading}
            </a>
          </p>
        }
      />
    );
  },
};

/** Every procedure, by kind; the side-by-side comparison has a page of its own. */
export const proceduresRoute: Route = {
  card: () => [siteConfig.siteName, uiText.collections.procedures.title],
  path: () => sitePath('/procedures'),
  metadata: () => collectionMetadata('procedures', '/procedures'),
  Page: () => {
    const groups = proceduresByKind().map(({ key, items }) => ({
      id: `kind-${key}`,
      heading: uiText.procedureKindHeadings[key],
      items: items.map((procedure) => ({
        href: procedure.url,
        title: procedure.title,
        description: procedure.description,
      })),
    }));
    return (
      <CollectionListing
        collection="procedures"
        groups={groups}
        before={
          <p className="mb-6 text-lg font-bold">
            <a href={sitePath(PROCEDURE_COMPARISON_PATH)}>{uiText.comparison.link}</a>
          </p>
        }
      />
    );
  },
};

export const guidesRoute: Route = {
  card: () => [siteConfig.siteName, uiText.collections.guides.title],
  path: () => sitePath('/guides'),
  metadata: () => collectionMetadata('guides', '/guides'),
  Page: () => {
    const items = getGuides().map((guide) => ({
      href: guide.url,
      title: guide.title,
      description: guide.description,
      meta: guide.topics.map((topic) => uiText.topics[topic]).join(', '),
    }));
    return <CollectionListing collection="guides" items={items} />;
  },
};
