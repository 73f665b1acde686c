/**
 * Words patients search with that pages may not use: everyday names, slang and common
 * misspellings. Each entry names the pages it belongs to, and its words are indexed with
 * those pages only (hidden from readers, in a section that results never quote; see
 * search-results.ts), so a word lifts the page it names and no other: "nerve burning" lifts
 * radiofrequency ablation, not every page that mentions it. A unit test checks that every
 * page named here exists.
 */
export type SearchSynonym = {
  /** Page addresses, as in the site: '/procedures/epidural-steroid-injection'. */
  readonly pages: readonly string[];
  readonly words: readonly string[];
};

const INJECTIONS = [
  '/procedures/epidural-steroid-injection',
  '/procedures/facet-joint-injection',
  '/procedures/selective-nerve-root-block',
  '/procedures/sacroiliac-joint-injection',
  '/procedures/steroid-joint-injections',
  '/procedures/trigger-point-injections',
  '/procedures/hyaluronic-acid-injections',
  '/procedures/platelet-rich-plasma',
  '/procedures/bone-marrow-aspirate-concentrate',
  '/procedures/botox-injections-for-chronic-migraine',
  '/procedures/occipital-nerve-block',
  '/procedures/nerve-blocks',
  '/procedures/medial-branch-block',
];

export const SEARCH_SYNONYMS: readonly SearchSynonym[] = [
  { pages: INJECTIONS, words: ['shot', 'shots', 'jab', 'needle'] },
  {
    pages: [
      '/procedures/epidural-steroid-injection',
      '/procedures/steroid-joint-injections',
      '/procedures/facet-joint-injection',
      '/procedures/sacroiliac-joint-injection',
    ],
    words: ['cortisone', 'cortisone shot', 'steroid shot'],
  },
  {
    pages: ['/procedures/epidural-steroid-injection'],
    words: [
      'epideral',
      'epi-dural',
      'back shot',
      'shot in the back',
      'back injection',
      'spinal injection',
      'injection for leg pain',
    ],
  },
  {
    pages: [
      '/procedures/radiofrequency-ablation',
      '/procedures/genicular-nerve-block-and-radiofrequency-ablation',
    ],
    words: [
      'nerve burning',
      'burning nerves',
      'burn the nerve',
      'nerve ablation',
      'rhizotomy',
      'RF',
      'permanent nerve block',
    ],
  },
  {
    pages: ['/procedures/hyaluronic-acid-injections'],
    words: ['gel shot', 'gel shots', 'gel injection', 'lubricant shot', 'viscosupplement'],
  },
  {
    pages: ['/conditions/sciatica'],
    words: [
      'pinched nerve',
      'trapped nerve',
      'leg pain from back',
      'pain shooting down the leg',
      'shooting leg pain',
    ],
  },
  {
    pages: ['/conditions/knee-and-hip-osteoarthritis'],
    words: ['arthritis', 'wear and tear', 'worn joint'],
  },
  {
    pages: [
      '/procedures/trigger-point-injections',
      '/conditions/myofascial-pain-and-trigger-points',
    ],
    words: ['muscle knot', 'knots', 'tight muscle'],
  },
  {
    pages: ['/procedures/spinal-cord-stimulation'],
    words: ['stimulator', 'pain implant', 'back stimulator', 'TENS implant'],
  },
  {
    pages: ['/procedures/intrathecal-pain-pump'],
    words: ['pain pump', 'morphine pump', 'drug pump'],
  },
  { pages: ['/procedures/platelet-rich-plasma'], words: ['PRP', 'blood injection'] },
  {
    pages: ['/procedures/bone-marrow-aspirate-concentrate'],
    words: ['stem cell', 'stem cells', 'BMAC'],
  },
  {
    pages: [
      '/conditions/vertebral-compression-fractures',
      '/procedures/vertebroplasty-and-kyphoplasty',
    ],
    words: ['broken back', 'spine fracture', 'cement'],
  },
  {
    pages: ['/conditions/peripheral-and-diabetic-neuropathy'],
    words: ['pins and needles', 'numb feet', 'burning feet', 'tingling'],
  },
  {
    pages: ['/conditions/complex-regional-pain-syndrome'],
    words: ['CRPS', 'RSD', 'reflex sympathetic dystrophy'],
  },
  {
    pages: ['/conditions/persistent-pain-after-spine-surgery'],
    words: ['failed back surgery', 'pain after back surgery'],
  },
  {
    pages: ['/conditions/sacroiliac-joint-pain', '/procedures/sacroiliac-joint-injection'],
    words: ['SI joint', 'hip dimple pain', 'tailbone area'],
  },
  {
    pages: ['/procedures/nerve-blocks', '/guides/temporary-and-long-lasting-nerve-blocks'],
    words: ['numbing shot', 'block'],
  },
];

/** The search words indexed with one page. */
export function searchKeywords(pageUrl: string): string[] {
  const words = SEARCH_SYNONYMS.filter((entry) => entry.pages.includes(pageUrl)).flatMap(
    (entry) => entry.words,
  );
  return [...new Set(words)];
}
