/**
 * Links between pages, computed from what each page declares, so that no link is ever
 * written twice. Pure functions over plain objects; queries.ts applies them to the content.
 */

type Titled = { slug: string; title: string };

const byTitle = <T extends Titled>(a: T, b: T) => a.title.localeCompare(b.title);

/**
 * Pages of another kind linked to `slug` in either direction: those `slug` lists in
 * `forward`, and those that list `slug` themselves. A Condition–Procedure link written on
 * either side shows on both pages.
 */
export function linkedEitherWay<T extends Titled>(
  slug: string,
  forward: readonly string[] | undefined,
  others: readonly T[],
  backward: (other: T) => readonly string[] | undefined,
): T[] {
  const listed = new Set(forward ?? []);
  return others
    .filter((other) => listed.has(other.slug) || (backward(other) ?? []).includes(slug))
    .sort(byTitle);
}

/** Questions whose `related` list names the page `collection/slug`. */
export function questionsAbout<T extends { related: readonly string[]; question: string }>(
  pageKey: string,
  faqs: readonly T[],
): T[] {
  return faqs
    .filter((faq) => faq.related.includes(pageKey))
    .sort((a, b) => a.question.localeCompare(b.question));
}

/** Other pages sharing at least one topic, most shared topics first. */
export function sharingTopics<T extends Titled & { topics: readonly string[] }>(
  page: T,
  others: readonly T[],
): T[] {
  const shared = (other: T) => other.topics.filter((topic) => page.topics.includes(topic)).length;
  return others
    .filter((other) => other.slug !== page.slug && shared(other) > 0)
    .sort((a, b) => shared(b) - shared(a) || byTitle(a, b));
}

/** Items grouped under keys in the given order; keys with no items are left out. */
export function groupInOrder<T, K extends string>(
  items: readonly T[],
  keyOf: (item: T) => K,
  order: readonly K[],
): { key: K; items: T[] }[] {
  return order
    .map((key) => ({ key, items: items.filter((item) => keyOf(item) === key) }))
    .filter((group) => group.items.length > 0);
}

/** The first `limit` items of a list, and how many it has in all: for a list that links to the rest. */
/**
 * How many questions a list shows before it links to the topic's own page: enough to
 * show a small library's questions in full, few enough that a large one stays light.
 */
export const QUESTIONS_SHOWN_PER_TOPIC = 10;

export function firstFew<T>(items: readonly T[], limit: number): { shown: T[]; total: number } {
  return { shown: items.slice(0, limit), total: items.length };
}
