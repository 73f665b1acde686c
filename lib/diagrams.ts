/**
 * The library of anatomical diagrams: each view of the body that is drawn, and the parts of
 * it a page can highlight. A condition or procedure page names one view and one part in its
 * front matter (`diagram: { view, highlight }`); the drawings are in components/diagrams/ and
 * the words (titles, descriptions, labels) in lib/ui-text.ts.
 */
export const DIAGRAM_PARTS = {
  /** The lower (lumbar) spine seen from the side. */
  'lower-spine-side': [
    'vertebral-body',
    'disc',
    'spinal-canal',
    'nerve-root',
    'facet-joint',
    'epidural-space',
  ],
  /** The lower spine and pelvis seen from behind. */
  'spine-and-pelvis-back': [
    'lower-spine',
    'facet-joint',
    'medial-branch-nerve',
    'sacroiliac-joint',
  ],
  /** The head and neck seen from the side. */
  'head-and-neck': [
    'neck-spine',
    'occipital-nerve',
    'stellate-ganglion',
    'trigeminal-nerve',
    'head-muscles',
  ],
  /** The nerves that run along the front of the spine, seen from the front. */
  'sympathetic-nerves': ['sympathetic-chain', 'stellate-ganglion', 'celiac-plexus'],
  /** A knee joint from the front. */
  knee: ['knee-joint', 'cartilage', 'genicular-nerves'],
  /** A hip joint from the front. */
  hip: ['hip-joint', 'cartilage'],
  /** The muscles of the upper back and shoulder, with a trigger point. */
  muscle: ['trigger-point'],
  /** A pain signal travelling along a nerve to the spinal cord and brain. */
  'pain-pathway': ['peripheral-nerve', 'dorsal-root-ganglion', 'spinal-cord', 'brain'],
  /** A spinal cord stimulator: leads in the epidural space, battery under the skin. */
  'spinal-cord-stimulator': ['stimulator-leads', 'stimulator-battery'],
  /** An intrathecal pain pump under the skin of the belly, with its catheter to the spine. */
  'pain-pump': ['pump', 'pump-catheter'],
} as const satisfies Record<string, readonly string[]>;

export type DiagramView = keyof typeof DIAGRAM_PARTS;
export type DiagramPart = (typeof DIAGRAM_PARTS)[DiagramView][number];

export const DIAGRAM_VIEWS = Object.keys(DIAGRAM_PARTS) as DiagramView[];

/** Every part any view can highlight, each once. */
export const ALL_DIAGRAM_PARTS: readonly DiagramPart[] = [
  ...new Set(Object.values(DIAGRAM_PARTS).flat()),
];

export const isDiagramView = (view: string): view is DiagramView => view in DIAGRAM_PARTS;

/** Whether `part` is drawn in `view`, so that the page can highlight it there. */
export const viewShows = (view: DiagramView, part: string): part is DiagramPart =>
  (DIAGRAM_PARTS[view] as readonly string[]).includes(part);
