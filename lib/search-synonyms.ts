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

const INYECCIONES = [
  '/es/procedimientos/inyeccion-epidural-de-esteroides',
  '/es/procedimientos/inyeccion-en-las-articulaciones-facetarias',
  '/es/procedimientos/bloqueo-selectivo-de-raiz-nerviosa',
  '/es/procedimientos/inyeccion-en-la-articulacion-sacroiliaca',
  '/es/procedimientos/inyecciones-de-esteroides-en-las-articulaciones',
  '/es/procedimientos/inyecciones-en-puntos-gatillo',
  '/es/procedimientos/inyecciones-de-acido-hialuronico',
  '/es/procedimientos/plasma-rico-en-plaquetas',
  '/es/procedimientos/concentrado-de-aspirado-de-medula-osea',
  '/es/procedimientos/inyecciones-de-botox-para-la-migrana-cronica',
  '/es/procedimientos/bloqueo-del-nervio-occipital',
  '/es/procedimientos/bloqueos-nerviosos',
  '/es/procedimientos/bloqueo-de-rama-medial',
];

/**
 * The words Spanish-speaking patients in the US search with: everyday names, words borrowed
 * from English, and spellings without accents. Indexed with the Spanish pages only.
 */
export const SEARCH_SYNONYMS_ES: readonly SearchSynonym[] = [
  { pages: INYECCIONES, words: ['piquete', 'pinchazo', 'inyeccion', 'shot'] },
  {
    pages: [
      '/es/procedimientos/inyeccion-epidural-de-esteroides',
      '/es/procedimientos/inyecciones-de-esteroides-en-las-articulaciones',
      '/es/procedimientos/inyeccion-en-las-articulaciones-facetarias',
      '/es/procedimientos/inyeccion-en-la-articulacion-sacroiliaca',
    ],
    words: ['cortisona', 'inyección de cortisona', 'infiltración', 'esteroide'],
  },
  {
    pages: ['/es/procedimientos/inyeccion-epidural-de-esteroides'],
    words: [
      'inyección en la espalda',
      'inyeccion en la espalda',
      'inyección de espalda',
      'inyecciones en la espalda',
      'inyección para la espalda',
      'inyección para el dolor de espalda',
      'inyección en la espalda baja',
      'inyección en la columna',
      'epidural',
      'peridural',
      'piquete en la espalda',
    ],
  },
  {
    pages: [
      '/es/procedimientos/ablacion-por-radiofrecuencia',
      '/es/procedimientos/bloqueo-y-ablacion-de-los-nervios-geniculares',
    ],
    words: [
      'quemar el nervio',
      'quemar los nervios',
      'quemada de nervios',
      'radiofrecuencia',
      'rizotomía',
      'bloqueo permanente',
    ],
  },
  {
    pages: ['/es/procedimientos/inyecciones-de-acido-hialuronico'],
    words: ['gel en la rodilla', 'inyección de gel', 'lubricante para la rodilla', 'Synvisc'],
  },
  {
    pages: ['/es/afecciones/ciatica'],
    words: ['nervio pinchado', 'nervio atrapado', 'dolor que baja por la pierna', 'ciatico'],
  },
  {
    pages: ['/es/afecciones/artrosis-de-rodilla-y-cadera'],
    words: ['artritis', 'artritis en la rodilla', 'desgaste', 'osteoartritis'],
  },
  {
    pages: [
      '/es/procedimientos/inyecciones-en-puntos-gatillo',
      '/es/afecciones/dolor-miofascial-y-puntos-gatillo',
    ],
    words: ['nudo en el músculo', 'nudos', 'músculo tenso', 'contractura'],
  },
  {
    pages: ['/es/procedimientos/estimulacion-de-la-medula-espinal'],
    words: ['estimulador', 'estimulador medular', 'implante para el dolor', 'neuroestimulador'],
  },
  {
    pages: ['/es/procedimientos/bomba-intratecal-para-el-dolor'],
    words: ['bomba para el dolor', 'bomba de morfina', 'bomba de medicina'],
  },
  {
    pages: ['/es/procedimientos/plasma-rico-en-plaquetas'],
    words: ['PRP', 'inyección de sangre', 'plasma'],
  },
  {
    pages: ['/es/procedimientos/concentrado-de-aspirado-de-medula-osea'],
    words: ['células madre', 'celulas madre', 'BMAC'],
  },
  {
    pages: [
      '/es/afecciones/fracturas-vertebrales-por-compresion',
      '/es/procedimientos/vertebroplastia-y-cifoplastia',
    ],
    words: ['columna rota', 'vértebra rota', 'fractura de columna', 'cemento', 'kifoplastia'],
  },
  {
    pages: ['/es/afecciones/neuropatia-periferica-y-diabetica'],
    words: ['pies dormidos', 'ardor en los pies', 'hormigueo', 'pies que queman'],
  },
  {
    pages: ['/es/afecciones/sindrome-de-dolor-regional-complejo'],
    words: ['SDRC', 'CRPS', 'distrofia simpática refleja'],
  },
  {
    pages: ['/es/afecciones/dolor-persistente-despues-de-cirugia-de-columna'],
    words: ['cirugía de espalda fallida', 'dolor después de la operación de espalda'],
  },
  {
    pages: [
      '/es/afecciones/dolor-de-la-articulacion-sacroiliaca',
      '/es/procedimientos/inyeccion-en-la-articulacion-sacroiliaca',
    ],
    words: ['sacroilíaca', 'sacroiliaco', 'dolor en la cadera de atrás'],
  },
  {
    pages: [
      '/es/afecciones/dolor-cronico-de-la-parte-baja-de-la-espalda',
      '/es/afecciones/ciatica',
    ],
    words: ['dolor de espalda', 'dolor de cintura', 'lumbago', 'dolor de rabadilla'],
  },
  {
    pages: ['/es/afecciones/culebrilla-y-neuralgia-posherpetica'],
    words: ['herpes zóster', 'herpes zoster', 'zona', 'shingles'],
  },
  {
    pages: ['/es/afecciones/dolor-de-cabeza-migrana-y-neuralgia-occipital'],
    words: ['jaqueca', 'dolor de cabeza fuerte', 'migrana'],
  },
];

/** The search words indexed with one page, in its language. */
export function searchKeywords(pageUrl: string): string[] {
  const words = [...SEARCH_SYNONYMS, ...SEARCH_SYNONYMS_ES]
    .filter((entry) => entry.pages.includes(pageUrl))
    .flatMap((entry) => entry.words);
  return [...new Set(words)];
}
