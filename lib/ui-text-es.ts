/**
 * Las palabras de la interfaz en español (Estados Unidos, trato de "usted"): la misma forma que
 * `uiText` en ui-text.ts, con cada texto traducido. Los marcadores como {query}, {count},
 * {words}, {emergency}, {clinic}, {phone}, {name} y {number} se dejan tal cual.
 */
import type { UiText } from './ui-text';

export const uiTextEs: UiText = {
  skipToContent: 'Saltar al contenido principal',
  languageSwitch: {
    otherName: 'English',
    otherLang: 'en',
    otherHome: 'Home page in English',
  },
  nav: {
    label: 'Principal',
    home: 'Inicio',
    conditions: 'Afecciones',
    procedures: 'Procedimientos',
    guides: 'Guías',
    faq: 'Preguntas',
    glossary: 'Glosario',
    about: 'Acerca de',
    az: 'A a Z',
    bodyMap: '¿Dónde le duele?',
    menu: 'Menú',
  },
  breadcrumbs: 'Ruta de navegación',
  collections: {
    conditions: {
      title: 'Afecciones',
      single: 'Afección',
      intro:
        'Causas comunes del dolor que dura mucho tiempo: qué son, cómo se tratan y cuándo buscar ayuda.',
    },
    procedures: {
      title: 'Procedimientos e inyecciones',
      single: 'Procedimiento',
      intro:
        'Qué pasa antes, durante y después de cada procedimiento, qué tan bien funciona y cuáles son sus riesgos.',
    },
    guides: {
      title: 'Guías',
      single: 'Guía',
      intro:
        'Información general sobre el dolor crónico, las opciones de tratamiento y cómo prepararse para un procedimiento.',
    },
    faqs: {
      title: 'Preguntas frecuentes',
      single: 'Pregunta',
      intro: 'Respuestas breves a las preguntas que los pacientes hacen más a menudo.',
    },
    glossary: {
      title: 'Glosario',
      single: 'Término del glosario',
      intro: 'Palabras médicas que se usan en este sitio, explicadas en lenguaje sencillo.',
    },
  },
  keyPoints: 'Puntos clave',
  onThisPage: 'En esta página',
  atAGlance: 'En resumen',
  glanceLabels: {
    duration: 'Cuánto dura',
    feelsLike: 'Qué se siente',
    sedation: 'Anestesia local y sedación',
    imaging: 'Guía por imágenes',
    recovery: 'Recuperación',
    reliefDuration: 'Cuánto puede durar el alivio',
  },
  questionsToAsk: 'Preguntas para hacerle a su médico',
  otherNames: 'Otros nombres',
  sources: 'Fuentes',
  sourcesIntro: 'La información de esta página viene de estas fuentes públicas:',
  readingTime: (minutes: number) => `${minutes} ${minutes === 1 ? 'minuto' : 'minutos'} de lectura`,
  /** Cuándo se verificó la página con sus fuentes por última vez (no es la aprobación de un clínico). */
  lastReviewed: 'Última verificación con las fuentes',
  nextReview: 'Próxima verificación',
  related: {
    conditions: 'Afecciones relacionadas',
    procedures: 'Procedimientos que se pueden usar',
    faqs: 'Preguntas relacionadas',
    guides: 'Guías relacionadas',
  },
  urgent: {
    conditionHeading: 'Cuándo buscar ayuda de inmediato',
    procedureHeading: 'Cuándo buscar ayuda después del procedimiento',
    callEmergency: {
      heading: 'Llame al {emergency} ahora',
      intro:
        'Llame al {emergency} o vaya de inmediato a la sala de emergencias más cercana si tiene:',
    },
    callToday: {
      heading: 'Llame hoy a su equipo de atención',
      intro:
        'Llame a {clinic} al {phone} el mismo día si nota alguna de estas señales. Si la clínica está cerrada, vaya a un centro de atención de urgencias.',
    },
    seeYourDoctor: {
      heading: 'Pida una cita',
      intro: 'Haga una cita con su equipo de atención si:',
    },
    crisis: 'Pensamientos de suicidio o de hacerse daño:',
  },
  crisisLine: {
    lead: '{name}.',
    text: 'Si está pensando en el suicidio o en hacerse daño, o si le preocupa otra persona, hay ayuda disponible de día y de noche. Es gratis y confidencial.',
    call: 'Llame al {number}',
    or: ' o ',
    textUs: 'envíe un mensaje de texto al {number}',
  },
  review: {
    clinical: 'Revisión clínica',
    notYet:
      'Un profesional de la salud de {clinic} todavía no ha revisado esta página. La información se comparó con las fuentes que aparecen arriba.',
    reviewedBy: 'Revisado por {name}, {credentials}, el {date}',
  },
  nextSteps: 'Lo que puede venir después',
  comesAfter: 'Con frecuencia se hace antes',
  glossaryRelated: 'Más información',
  faqAnswerFor: 'Respuesta',
  bodyAreas: {
    head: 'Cabeza',
    neck: 'Cuello',
    'shoulder-arm': 'Hombro y brazo',
    'upper-back': 'Espalda alta',
    'lower-back': 'Espalda baja',
    'hip-buttock': 'Cadera y glúteo',
    'leg-knee': 'Pierna y rodilla',
    foot: 'Pie',
    'whole-body': 'Todo el cuerpo',
  },
  procedureKinds: {
    injection: 'Inyección',
    'nerve-block': 'Bloqueo nervioso',
    ablation: 'Ablación',
    neuromodulation: 'Estimulación nerviosa',
    regenerative: 'Tratamiento regenerativo',
    implant: 'Dispositivo implantado',
    'vertebral-augmentation': 'Reparación de vértebras',
    infusion: 'Infusión',
  },
  topics: {
    'understanding-pain': 'Entender el dolor crónico',
    'treatment-options': 'Opciones de tratamiento',
    'before-a-procedure': 'Antes de un procedimiento',
    'procedure-day': 'El día del procedimiento',
    'after-a-procedure': 'Después de un procedimiento',
    safety: 'Seguridad y riesgos',
    medicines: 'Medicamentos',
    'living-well': 'Vivir con dolor crónico',
    'costs-and-access': 'Costos y acceso',
  },
  bodyAreaLabel: 'Dónde duele',
  home: {
    documentTitle: (siteName: string) => `Inicio | ${siteName}`,
    heading: 'Entienda su dolor y sus opciones de tratamiento',
    browse: 'Empiece aquí',
    booked: {
      heading: 'Me programaron un procedimiento',
      intro: 'Elija el tipo de procedimiento:',
      all: 'Todos los procedimientos',
    },
    bodyMap: {
      heading: '¿Dónde le duele?',
      intro: 'Encuentre afecciones según la parte del cuerpo que le duele.',
    },
    searchLabel: 'Buscar en este sitio',
    emergency: 'En caso de emergencia, llame al {emergency} ahora.',
    emergencySigns: 'Cuándo buscar ayuda',
    urgent: {
      heading: 'Cuándo buscar ayuda',
      callEmergency: [
        'Debilidad o entumecimiento repentinos en las piernas, o pérdida reciente del control de la vejiga o los intestinos',
        'Entumecimiento en la ingle, los genitales o las nalgas',
        'Señales de un derrame cerebral: la cara caída, un brazo débil o dificultad para hablar',
        'Dolor en el pecho o dificultad para respirar',
        'Hinchazón de la cara, los labios o la garganta después de tomar un medicamento o recibir una inyección',
        'Fiebre con un dolor de cabeza fuerte y el cuello rígido',
        'Pensamientos de suicidio o de hacerse daño',
      ],
      callToday: [
        'Enrojecimiento, hinchazón, calor o pus donde entró una aguja',
        'Fiebre o escalofríos después de un procedimiento',
        'Una alarma de una bomba o un estimulador implantado',
        'Un dolor de cabeza que empieza al sentarse o ponerse de pie después de un procedimiento en la columna',
        'Un nivel de azúcar en la sangre mucho más alto de lo normal para usted después de una inyección de esteroides',
      ],
      seeYourDoctor: [
        'Su dolor no ha cambiado varias semanas después de un tratamiento',
        'Su dolor empeora poco a poco, o no le deja hacer sus actividades diarias',
        'Tiene preguntas sobre sus medicamentos o su plan de tratamiento',
      ],
    },
  },
  footer: {
    disclaimer:
      'Este sitio es solo para fines educativos. No es un consejo médico y no reemplaza una conversación con su propio médico o equipo de atención.',
    privacy: 'Este sitio no usa cookies, herramientas de análisis ni ningún tipo de rastreo.',
    contact: 'Contacto',
    appointment: 'Pedir una cita',
    call: 'Llame al',
  },
  about: {
    title: 'Acerca de este sitio',
    intro: (siteName: string) =>
      `Qué es ${siteName}, cómo se escriben y revisan sus páginas, y cómo protege su privacidad.`,
    whatHeading: 'Qué es este sitio',
    what: (siteName: string, clinic: string) =>
      `${siteName} explica el dolor crónico, las afecciones que lo causan y los procedimientos e inyecciones que usan los especialistas en dolor para tratarlo. Está escrito para pacientes y para las personas que los cuidan. Lo publica ${clinic}.`,
    notAdviceHeading: 'Esto no es un consejo médico',
    notAdvice: (emergency: string) =>
      `Este sitio es solo para aprender. No puede decirle qué es lo mejor para usted. Hable con su médico o su equipo de atención antes de empezar, dejar o cambiar un tratamiento o una medicina. En una emergencia, llame al ${emergency}.`,
    howHeading: 'Cómo se escriben y revisan las páginas',
    how: (months: number, clinic: string) => [
      'Cada dato viene de quien lo publicó primero: una agencia de salud del gobierno de EE. UU., un grupo que hace guías médicas, un gran centro médico universitario, una revista médica o las instrucciones oficiales de un fabricante de dispositivos. Las fuentes están al final de cada página. Cuando damos una guía del Reino Unido, lo decimos.',
      'Escribimos con palabras sencillas y frases cortas. Explicamos las palabras médicas en el {glossary}.',
      'Decimos qué tan fuertes son las pruebas. No prometemos que un tratamiento vaya a funcionar.',
      'Mencionamos opciones que no son procedimientos, como el ejercicio, la fisioterapia y la terapia de conversación.',
      `Cada página muestra la fecha en que se revisó por última vez con sus fuentes y cuándo toca la próxima revisión. Las páginas se revisan por lo menos cada ${months} meses. Cada página también dice si un profesional clínico de ${clinic} la revisó.`,
      'Antes de publicar el sitio, una revisión automática rechaza las páginas con fuentes que faltan o son débiles, enlaces rotos entre páginas, fechas de revisión que faltan, consejos urgentes al nivel equivocado o puntos de seguridad que faltan, como las advertencias sobre dispositivos.',
      'Cada página en español es una versión escrita para lectores de la página en inglés, con los mismos datos y los mismos consejos de seguridad. Una persona bilingüe, distinta de quien la escribió, la comparó con la página en inglés.',
    ],
    glossaryLink: 'glosario',
    privacyHeading: 'Su privacidad',
    privacy:
      'Este sitio no lo rastrea. No usa cookies ni analíticas, no carga nada de otros sitios web y no guarda nada en su navegador. Cuando usted sigue un enlace a otro sitio web, este sitio no le dice a ese sitio de qué página venía.',
  },
  notFound: {
    title: 'No se encontró la página',
    text: 'No pudimos encontrar esa página. Es posible que se haya movido o que la dirección tenga un error.',
    suggestions: 'Pruebe una de estas opciones:',
  },
  letters: {
    nav: 'Explorar por letra',
    empty: 'todavía no hay nada',
    startingWith: (letter: string) =>
      letter === '#' ? 'un número o un símbolo' : `la letra ${letter}`,
    glossaryTitle: (label: string) => `Glosario: ${label}`,
    glossaryIntro: (startingWith: string) =>
      `Palabras médicas que empiezan con ${startingWith}, explicadas en lenguaje sencillo.`,
    glossaryEmpty: (startingWith: string) =>
      `Todavía no hay palabras en el glosario que empiecen con ${startingWith}. Elija otra letra arriba.`,
    azTitle: (label: string) => `Índice de la A a la Z: ${label}`,
    azIntro: (startingWith: string) =>
      `Afecciones, procedimientos, guías y palabras médicas que empiezan con ${startingWith}, incluidos los otros nombres con que se conocen.`,
    azEmpty: (startingWith: string) =>
      `Todavía no hay nada en este sitio que empiece con ${startingWith}. Elija otra letra arriba.`,
    chooseLetter: 'Elija una letra para ver todo lo que empieza con ella.',
  },
  glossaryPopup: {
    more: 'Más información en el glosario',
  },
  sectionLink: {
    label: 'Enlace a esta sección',
    copied: 'Se copió el enlace a esta sección',
    failed: 'No se pudo copiar el enlace; ahora aparece en la barra de direcciones',
  },
  az: {
    title: 'Índice de la A a la Z',
    intro:
      'Todas las afecciones, procedimientos, guías y palabras médicas de este sitio, en orden alfabético, incluidos los otros nombres con que se conocen.',
    see: 'vea',
  },
  diagrams: {
    views: {
      'lower-spine-side': {
        title: 'La parte baja de la columna, vista de lado',
        desc: 'Un dibujo de la parte baja de la espalda visto de lado, con el frente del cuerpo a la izquierda. Las vértebras (los huesos de la columna) están apiladas, con discos blandos entre ellas. Detrás de las vértebras, el canal espinal guarda los nervios dentro de un saco. El espacio epidural es el espacio delgado alrededor de ese saco. Una raíz nerviosa sale de la columna entre dos vértebras. Unas articulaciones pequeñas, las articulaciones facetarias, unen las vértebras por detrás.',
      },
      'spine-and-pelvis-back': {
        title: 'La parte baja de la columna y la pelvis, vistas desde atrás',
        desc: 'Un dibujo de la parte baja de la espalda y la pelvis visto desde atrás. Unas articulaciones pequeñas, las articulaciones facetarias, unen las vértebras a cada lado. Unos nervios delgados, los nervios de la rama medial, llevan el dolor desde estas articulaciones. Abajo, las articulaciones sacroilíacas unen la base de la columna con la pelvis.',
      },
      'head-and-neck': {
        title: 'La cabeza y el cuello, vistos de lado',
        desc: 'Un dibujo de la cabeza y el cuello vistos de lado, mirando hacia la derecha. Las vértebras del cuello bajan por el cuello, detrás de la garganta. Los nervios occipitales suben por la parte de atrás de la cabeza desde debajo del cráneo. El nervio trigémino se extiende por la cara desde delante de la oreja. Los músculos de la frente, la sien y la parte de atrás de la cabeza y el cuello están sombreados. El ganglio estrellado, un grupo de nervios, está en lo profundo de la parte baja del cuello, justo delante de la columna.',
      },
      'sympathetic-nerves': {
        title: 'Nervios por delante de la columna',
        desc: 'Un dibujo de la columna vista de frente, desde el cuello hasta la parte baja de la espalda. Una cadena de nervios, con pequeños nudos de células nerviosas a lo largo, baja por cada lado de la columna. El ganglio estrellado está cerca de la parte de arriba, en la base del cuello. El plexo celíaco, una red de nervios, está en la parte alta del abdomen, delante de la aorta (el vaso sanguíneo principal).',
      },
      knee: {
        title: 'La articulación de la rodilla, vista de frente',
        desc: 'Un dibujo de una rodilla derecha vista de frente. El hueso del muslo (fémur) se une con el hueso de la espinilla (tibia), con la rótula delante. Un cartílago liso cubre los extremos de los huesos. El dibujo muestra los tres nervios geniculares que se tratan con más frecuencia: dos arriba de la articulación y uno abajo, en el lado interno. Una bolsa del revestimiento de la articulación sube por debajo y por encima de la rótula.',
      },
      hip: {
        title: 'La articulación de la cadera, vista de frente',
        desc: 'Un dibujo de una cadera derecha vista de frente. La bola de la parte de arriba del fémur (el hueso del muslo) encaja en una cavidad en forma de copa en la pelvis. Un cartílago liso cubre las dos. Una funda resistente, la cápsula articular, envuelve la articulación.',
      },
      muscle: {
        title: 'Músculos de la espalda alta y el hombro',
        desc: 'Un dibujo de la espalda alta y los hombros vistos desde atrás. En un lado, el gran músculo trapecio va desde la base del cráneo y la columna hasta la punta del hombro, por encima del omóplato. En el otro lado se ven el omóplato y los músculos que lo rodean. Un punto gatillo es un nudo duro y sensible al tacto en una banda tensa de músculo, aquí en la parte de arriba del hombro.',
      },
      'pain-pathway': {
        title: 'Cómo llega al cerebro una señal de dolor',
        desc: 'Un dibujo de una persona vista de lado. Un nervio va desde el pie, por la parte de atrás de la pierna, hasta la parte baja de la columna. Unas flechas muestran una señal de dolor que viaja por el nervio, pasa por el ganglio de la raíz dorsal al lado de la columna, sube por la médula espinal y llega al cerebro, donde se siente el dolor.',
      },
      'spinal-cord-stimulator': {
        title: 'Un estimulador de la médula espinal en el cuerpo',
        desc: 'Un dibujo del tronco visto de lado, con la columna cortada por la mitad. Un electrodo delgado está en el espacio epidural, justo detrás de la médula espinal, a la mitad de la espalda. Un cable pasa por debajo de la piel de la espalda hasta una batería pequeña debajo de la piel de la parte alta del glúteo. Algunas personas tienen la batería en el costado o en el abdomen.',
      },
      'pain-pump': {
        title: 'Una bomba para el dolor en el cuerpo',
        desc: 'Un dibujo del tronco visto de lado, con la columna cortada por la mitad. Una bomba redonda está debajo de la piel de la parte baja del abdomen. Un tubo delgado, el catéter, pasa por debajo de la piel alrededor del costado hasta la espalda. Entra en la columna y atraviesa la cubierta de la médula espinal, de modo que su punta queda en el líquido que rodea la médula.',
      },
    },
    parts: {
      'vertebral-body': {
        label: 'Vértebra',
        name: 'el cuerpo de una vértebra',
        about: 'la parte delantera de la vértebra, que soporta el peso',
      },
      disc: { label: 'Disco', name: 'un disco', about: 'el cojín blando entre dos vértebras' },
      'spinal-canal': {
        label: 'Canal',
        name: 'el canal espinal',
        about: 'el túnel dentro de la columna que guarda los nervios',
      },
      'nerve-root': {
        label: 'Raíz nerviosa',
        name: 'una raíz nerviosa',
        about: 'un nervio en el punto donde sale de la columna',
      },
      'facet-joint': {
        label: 'Faceta',
        name: 'una articulación facetaria',
        about: 'una de las articulaciones pequeñas de la parte de atrás de la columna',
      },
      'epidural-space': {
        label: 'Espacio epidural',
        name: 'el espacio epidural',
        about:
          'el espacio dentro del canal espinal, justo por fuera del saco que guarda los nervios y el líquido espinal',
      },
      'lower-spine': {
        label: 'Zona lumbar',
        name: 'la parte baja de la columna',
        about: 'las vértebras de la parte baja de la espalda (la columna lumbar)',
      },
      'medial-branch-nerve': {
        label: 'Rama medial',
        name: 'un nervio de la rama medial',
        about: 'un nervio pequeño que lleva el dolor desde una articulación facetaria',
      },
      'sacroiliac-joint': {
        label: 'Artic. SI',
        name: 'una articulación sacroilíaca (SI)',
        about: 'donde la base de la columna se une con la pelvis',
      },
      'neck-spine': {
        label: 'Cervicales',
        name: 'las vértebras del cuello (columna cervical)',
        about: 'las siete vértebras del cuello',
      },
      'occipital-nerve': {
        label: 'Nervio occipital',
        name: 'un nervio occipital',
        about: 'un nervio que sube por la parte de atrás de la cabeza',
      },
      'stellate-ganglion': {
        label: 'Ganglio estrellado',
        name: 'el ganglio estrellado',
        about:
          'un grupo de nervios en lo profundo de la parte baja del cuello, justo delante de la columna',
      },
      'trigeminal-nerve': {
        label: 'Nervio trigémino',
        name: 'el nervio trigémino',
        about: 'el nervio que lleva las sensaciones de la cara',
      },
      'head-muscles': {
        label: 'Músculos',
        name: 'los músculos de la cabeza y el cuello',
        about: 'en la frente, las sienes y la parte de atrás de la cabeza y el cuello',
      },
      'sympathetic-chain': {
        label: 'Nervios simpáticos',
        name: 'los nervios simpáticos',
        about:
          'una cadena de nervios a lo largo de la columna que ayuda a controlar el flujo de sangre y el sudor',
      },
      'celiac-plexus': {
        label: 'Plexo celíaco',
        name: 'el plexo celíaco',
        about: 'una red de nervios en la parte alta del abdomen, delante de la columna',
      },
      'knee-joint': {
        label: 'Articulación',
        name: 'la articulación de la rodilla',
        about: 'el espacio dentro de la rodilla donde se unen los huesos',
      },
      cartilage: {
        label: 'Cartílago',
        name: 'el cartílago',
        about: 'la capa lisa que cubre los extremos de los huesos en una articulación',
      },
      'genicular-nerves': {
        label: 'Nervios geniculares',
        name: 'los nervios geniculares',
        about: 'nervios pequeños que llevan el dolor desde la rodilla',
      },
      'hip-joint': {
        label: 'Articulación',
        name: 'la articulación de la cadera',
        about: 'donde la bola del fémur encaja en la copa de la pelvis',
      },
      'trigger-point': {
        label: 'Punto gatillo',
        name: 'un punto gatillo',
        about: 'un nudo duro y sensible al tacto en un músculo',
      },
      'peripheral-nerve': {
        label: 'Nervio',
        name: 'un nervio',
        about: 'uno de los nervios que llevan señales entre el cuerpo y la médula espinal',
      },
      'dorsal-root-ganglion': {
        label: 'Ganglio dorsal',
        name: 'un ganglio de la raíz dorsal',
        about:
          'un grupo de células nerviosas sensitivas al lado de la columna; las señales de dolor pasan por él en su camino a la médula espinal',
      },
      'spinal-cord': {
        label: 'Médula',
        name: 'la médula espinal',
        about: 'el conjunto de nervios dentro de la columna que lleva las señales al cerebro',
      },
      brain: {
        label: 'Cerebro',
        name: 'el cerebro',
        about: 'donde se sienten las señales de dolor',
      },
      'stimulator-leads': {
        label: 'Electrodos',
        name: 'los electrodos del estimulador',
        about:
          'cables delgados colocados en el espacio epidural, justo detrás de la médula espinal, por fuera del saco que la rodea',
      },
      'stimulator-battery': {
        label: 'Batería',
        name: 'la batería',
        about: 'la pequeña fuente de energía colocada debajo de la piel',
      },
      pump: { label: 'Bomba', name: 'la bomba', about: 'colocada debajo de la piel del abdomen' },
      'pump-catheter': {
        label: 'Catéter',
        name: 'el catéter',
        about:
          'un tubo delgado que lleva el medicamento desde la bomba hasta el líquido que rodea la médula espinal',
      },
    },
    otherLabels: {
      painSignal: 'Señal de dolor',
      back: 'Atrás',
      front: 'Frente',
      spinalFluid: 'Líquido',
      aroundYourSide: 'Por el costado',
      epiduralSpace: 'Espacio epidural',
      painStartsHere: 'El dolor empieza aquí',
      pelvis: 'Pelvis',
      sacrum: 'Sacro',
      aorta: 'Aorta',
      neck: 'Cuello',
      chest: 'Pecho',
      belly: 'Abdomen',
      outerSide: 'Lado externo',
      innerSide: 'Lado interno',
      thighBone: 'Fémur',
      shinBone: 'Tibia',
      fibula: 'Peroné',
      kneecap: 'Rótula',
      rightKneeFront: 'Rodilla derecha, vista de frente',
      shoulderBlade: 'Omóplato',
      seenFromBehind: 'Vista desde atrás',
      trapezius: 'Trapecio',
      spine: 'Columna',
      left: 'Izquierda',
      right: 'Derecha',
    },
    highlighted: (name: string, about: string) =>
      `La parte resaltada, con rayas y un borde grueso, es ${name}: ${about}.`,
    captions: {
      'where-it-goes': (name: string, about: string) =>
        `Dónde se aplica el tratamiento: ${name}, ${about}. Busque la parte con rayas y un borde grueso.`,
      'where-it-acts': (name: string, about: string) =>
        `Dónde actúa el medicamento: ${name}, ${about}. Busque la parte con rayas y un borde grueso.`,
      condition: (name: string, about: string) =>
        `La parte del cuerpo afectada: ${name}, ${about}. Busque la parte con rayas y un borde grueso.`,
    },
  },
  bodyMap: {
    heading: '¿Dónde le duele?',
    intro:
      'Elija una parte del cuerpo en el dibujo o en la lista para ver las afecciones que pueden causar dolor en esa zona.',
    mapLabel: 'Mapa del cuerpo: elija dónde le duele',
    figuresLabel: 'El cuerpo visto de frente y de espalda',
    views: { front: 'Frente', back: 'Espalda' },
    areasHeading: 'Afecciones por parte del cuerpo',
    /** "dolor de cuello", pero "dolor en todo el cuerpo". */
    areaTitle: (area: string) =>
      `Afecciones que causan dolor ${area.toLowerCase().startsWith('todo') ? 'en' : 'de'} ${area.toLowerCase()}`,
    areaIntro: (area: string) =>
      `Afecciones que pueden causar dolor ${area.toLowerCase().startsWith('todo') ? 'en' : 'de'} ${area.toLowerCase()}, cada una con una breve descripción. Elija otra parte del cuerpo en el dibujo.`,
    chooseAnother: 'Elija otra parte del cuerpo',
    empty:
      'Todavía no hay afecciones en este sitio para esta parte del cuerpo. Pruebe con una parte del cuerpo cercana o vea todas las afecciones.',
    allConditions: 'Todas las afecciones',
    teaser:
      '¿No sabe cómo se llama su afección? Empiece por dónde le duele, en un dibujo del cuerpo.',
  },
  faqTopics: {
    title: (topic: string) => `Preguntas frecuentes: ${topic}`,
    intro: (topic: string) =>
      `Todas las preguntas sobre el tema “${topic}”. Cada respuesta breve tiene su propia página.`,
    empty: 'Todavía no hay preguntas sobre este tema.',
    seeAll: (topic: string, count: number) =>
      count === 1
        ? `La única pregunta sobre “${topic}”`
        : `Las ${count} preguntas sobre “${topic}”`,
  },
  procedureKindHeadings: {
    injection: 'Inyecciones',
    'nerve-block': 'Bloqueos nerviosos',
    ablation: 'Ablación',
    neuromodulation: 'Estimulación nerviosa',
    regenerative: 'Tratamientos regenerativos',
    implant: 'Dispositivos implantados',
    'vertebral-augmentation': 'Reparación de vértebras',
    infusion: 'Infusiones',
  },
  comparison: {
    heading: 'Compare los procedimientos de un vistazo',
    link: 'Compare todos los procedimientos lado a lado',
    caption:
      'Qué se siente en cada procedimiento, qué tan bien funciona, sus riesgos principales, si necesita que alguien maneje por usted, cuánto dura y cuánto puede durar el alivio.',
    procedure: 'Procedimiento',
    scrollHint:
      'En una pantalla pequeña, deslice cada tabla hacia los lados para ver todas las columnas.',
    columns: {
      feelsLike: 'Qué se siente',
      howWellItWorks: 'Qué tan bien funciona',
      mainRisks: 'Riesgos principales',
      driver: 'Necesita quien maneje',
      duration: 'Cuánto dura',
      relief: 'Cuánto puede durar el alivio',
    },
    driver: {
      yes: 'Sí',
      'if-sedated': 'Solo si recibe sedación',
      no: 'Por lo general, no',
    },
  },
  print: {
    button: 'Imprimir esta página',
    email: 'Enviar esta página por correo electrónico',
    address: 'Lea esta página en internet: {url}',
    qr: 'Código QR que lleva a {url}',
  },
  search: {
    title: 'Buscar',
    intro:
      'Busque en todas las afecciones, procedimientos, guías, preguntas y términos del glosario de este sitio.',
    label: 'Buscar en este sitio',
    headerLabel: 'Búsqueda rápida',
    button: 'Buscar',
    filterLabel: 'Mostrar',
    allTypes: 'Todo',
    loading: 'Buscando…',
    // El script de búsqueda completa {query}, {count} y {words}. {count} puede ser 1, así que
    // estas dos frases no dependen del número.
    searchedInstead:
      'Ninguna página tiene todas las palabras de “{query}”. En su lugar, se muestran los resultados para “{words}”: {count}.',
    someWords:
      'Ninguna página tiene todas las palabras de “{query}”. Se muestran las páginas con la mayoría de las palabras “{words}”: {count}.',
    noResults:
      'Ninguna página coincide con “{query}”. Pruebe con menos palabras o con palabras más sencillas, o vea las listas de afecciones y procedimientos.',
    resultCount: '{count} resultados para “{query}”',
    resultCountOne: '1 resultado para “{query}”',
    needsJavaScript:
      'La búsqueda necesita JavaScript, que está desactivado o no está disponible. Aun así, puede encontrar todas las páginas en estas listas:',
    unavailable:
      'La búsqueda no está disponible en este momento. Por favor, vea las listas de páginas.',
  },
};
