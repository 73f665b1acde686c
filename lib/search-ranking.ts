/**
 * How search weighs a page's length. Pagefind's default (0.75) favours short pages so much
 * that a short answer sharing two common words ("back", "shot") outranked the article a
 * patient was looking for (the epidural page, for "back shot"). At 0.5 every one of the
 * patient-language searches in tests/e2e/search.spec.ts finds its page in the top 3.
 * The search box and the tests use this one setting.
 */
export const SEARCH_RANKING = { pageLength: 0.5 } as const;
