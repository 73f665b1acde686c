/**
 * Words patients search with that pages may not use. When a page's title, other names or
 * description contain one of `when`, the `add` words are indexed with the page (hidden
 * from readers), so "back shot" finds epidural steroid injections and "nerve burning"
 * finds radiofrequency ablation. One list, applied to every page by the same rule.
 */
export const SEARCH_SYNONYMS: readonly { when: readonly string[]; add: readonly string[] }[] = [
  { when: ['injection', 'injections'], add: ['shot', 'shots', 'jab', 'needle'] },
  {
    when: ['steroid', 'corticosteroid', 'cortisone'],
    add: ['cortisone', 'steroid', 'cortisone shot'],
  },
  {
    when: ['epidural'],
    add: ['epidural', 'epideral', 'epi-dural', 'back shot', 'back injection', 'spinal injection'],
  },
  {
    when: ['radiofrequency'],
    add: [
      'nerve burning',
      'burn the nerve',
      'nerve ablation',
      'rhizotomy',
      'RF',
      'permanent nerve block',
    ],
  },
  {
    when: ['hyaluronic'],
    add: ['gel shot', 'gel shots', 'gel injection', 'lubricant shot', 'viscosupplement'],
  },
  {
    when: ['sciatica', 'radiculopathy'],
    add: ['pinched nerve', 'trapped nerve', 'leg pain from back'],
  },
  { when: ['osteoarthritis'], add: ['arthritis', 'wear and tear', 'worn joint'] },
  { when: ['trigger point'], add: ['muscle knot', 'knots', 'tight muscle'] },
  {
    when: ['spinal cord stimulation', 'stimulator'],
    add: ['stimulator', 'pain implant', 'back stimulator', 'TENS implant'],
  },
  { when: ['intrathecal'], add: ['pain pump', 'morphine pump', 'drug pump'] },
  { when: ['platelet-rich plasma'], add: ['PRP', 'blood injection'] },
  { when: ['bone marrow'], add: ['stem cell', 'stem cells', 'BMAC'] },
  {
    when: ['compression fracture', 'vertebroplasty', 'kyphoplasty'],
    add: ['broken back', 'spine fracture', 'cement'],
  },
  { when: ['neuropathy'], add: ['pins and needles', 'numb feet', 'burning feet', 'tingling'] },
  {
    when: ['complex regional pain syndrome'],
    add: ['CRPS', 'RSD', 'reflex sympathetic dystrophy'],
  },
  { when: ['spine surgery'], add: ['failed back surgery', 'pain after back surgery'] },
  { when: ['sacroiliac'], add: ['SI joint', 'hip dimple pain', 'tailbone area'] },
  { when: ['nerve block'], add: ['numbing shot', 'block'] },
];

/** The extra words to index with a page, from the synonym list. */
export function searchKeywords(texts: readonly string[]): string[] {
  const haystack = texts.join(' ').toLowerCase();
  const words = SEARCH_SYNONYMS.filter((entry) =>
    entry.when.some((w) => haystack.includes(w.toLowerCase())),
  ).flatMap((entry) => entry.add);
  return [...new Set(words)];
}
