import type { InitiativesTranslation } from '../types'

const AI_ACT_OJ = 'Reglamento (UE) 2024/1689 (Reglamento de Inteligencia Artificial), Diario Oficial de la UE'
const RES_79_325 = 'Resolución 79/325 de la Asamblea General (A/RES/79/325)'
const HIROSHIMA_DOCUMENTS = 'Proceso de Hiroshima sobre la IA: documentos (Ministerio del Interior y Comunicaciones del Japón)'
const COE_CONVENTION_PAGE = 'El Convenio Marco sobre Inteligencia Artificial (Consejo de Europa)'

/** Spanish (UN usage; EU acts as the Official Journal writes them): the text of initiatives.ts. */
export const initiatives: InitiativesTranslation = {
  // Líneas rojas
  'idais-beijing-statement': {
    title: 'Declaración de consenso IDAIS-Beijing sobre las líneas rojas de la IA',
    summary:
      'Declaración de consenso de destacados científicos de la IA de China y de Occidente, emitida tras el segundo Diálogo Internacional sobre la Seguridad de la IA, celebrado en Beijing en marzo de 2024. Propone líneas rojas que ningún sistema de IA debería cruzar —entre ellas la replicación o la mejora autónomas, la búsqueda de poder, el engaño a sus desarrolladores y la ayuda para fabricar armas de destrucción en masa o para llevar a cabo ciberataques— y medidas para garantizar que no se crucen.',
    limits: 'Declaración de científicos a título personal: no vincula a los gobiernos ni a las empresas.',
    sources: ['IDAIS-Beijing, 2024 (Diálogos Internacionales sobre la Seguridad de la IA)'],
  },
  'frontier-ai-safety-commitments': {
    title: 'Compromisos de seguridad de la IA de vanguardia',
    officialTitle: 'Compromisos de seguridad de la IA de vanguardia, Cumbre de Seúl sobre la IA de 2024',
    summary:
      'Compromisos voluntarios anunciados por el Reino Unido y la República de Corea en la Cumbre de Seúl sobre la IA el 21 de mayo de 2024, asumidos en un primer momento por 16 empresas de IA con sede en varios países, entre ellos los Estados Unidos, China y los Emiratos Árabes Unidos. Cada empresa se comprometió a publicar un marco de seguridad que fijara los umbrales a partir de los cuales los riesgos graves de un modelo serían intolerables salvo que se mitigaran adecuadamente, y a no desarrollar ni desplegar en absoluto un modelo si no puede mantener los riesgos por debajo de ellos; los marcos debían publicarse antes de la Cumbre de Acción sobre la IA de París, en febrero de 2025.',
    limits: 'Voluntarios: cada empresa fija sus propios umbrales, y nadie ajeno a la empresa comprueba que se respeten.',
    sources: ['Compromisos de seguridad de la IA de vanguardia, Cumbre de Seúl sobre la IA de 2024 (GOV.UK)'],
  },
  'global-call-for-ai-red-lines': {
    title: 'Llamamiento mundial a establecer líneas rojas para la IA',
    summary:
      'Llamamiento público de organizaciones de la sociedad civil, entre ellas CeSIA, The Future Society y el Centro para la IA Compatible con el Ser Humano de la Universidad de California en Berkeley, anunciado el 22 de septiembre de 2025 durante la semana de alto nivel del octogésimo período de sesiones de la Asamblea General de las Naciones Unidas. Firmado por más de 200 personalidades destacadas —premios Nobel, ex Jefes de Estado, diplomáticos e investigadores de la IA— y por más de 70 organizaciones, pide a los gobiernos que alcancen, antes de finales de 2026, un acuerdo internacional sobre líneas rojas claras y verificables para la IA.',
    limits:
      'Llamamiento procedente de fuera de los gobiernos, no un acto de las Naciones Unidas: no fija por sí mismo ninguna línea roja y deja a los Estados la lista de prácticas prohibidas y los medios para verificarla.',
    sources: ['Llamamiento mundial a establecer líneas rojas para la IA'],
  },
  'eu-ai-act-prohibited-practices': {
    title: 'Reglamento de IA de la UE, artículo 5: prácticas de IA prohibidas',
    officialTitle: 'Reglamento (UE) 2024/1689 (Reglamento de Inteligencia Artificial), artículo 5: Prácticas de IA prohibidas',
    summary:
      'Prohíbe en la Unión Europea una lista de prácticas de IA, entre ellas las técnicas manipuladoras o engañosas que causan perjuicios considerables, la explotación de las vulnerabilidades de las personas, la puntuación ciudadana, la extracción no selectiva de imágenes faciales para crear bases de datos de reconocimiento, el reconocimiento de emociones en el lugar de trabajo y en los centros educativos y —con excepciones limitadas— la identificación biométrica remota en tiempo real en espacios de acceso público con fines de garantía del cumplimiento del Derecho. Las prohibiciones se aplican desde el 2 de febrero de 2025; las infracciones pueden sancionarse con multas de hasta 35 millones de euros o el 7 % del volumen de negocios mundial total anual.',
    limits:
      'Legislación regional: abarca la IA introducida en el mercado o utilizada en la UE, y el Reglamento de IA no se aplica a la IA utilizada exclusivamente con fines militares, de defensa o de seguridad nacional. Las prohibiciones se refieren a los perjuicios para los derechos de las personas, no a las capacidades peligrosas de los modelos avanzados.',
    sources: [AI_ACT_OJ],
  },
  'ccw-gge-lethal-autonomous-weapons': {
    title: 'Grupo de Expertos Gubernamentales de la CCAC sobre los sistemas de armas autónomos letales',
    officialTitle: 'Grupo de Expertos Gubernamentales sobre las Tecnologías Emergentes en el Ámbito de los Sistemas de Armas Autónomos Letales',
    summary:
      'El grupo de expertos de los Estados partes en la Convención sobre Ciertas Armas Convencionales, establecido por la Quinta Conferencia de Examen de la Convención en diciembre de 2016. En 2019 acordó once principios rectores y, desde 2023, tiene el mandato de formular, por consenso, un conjunto de elementos de un instrumento sobre las armas autónomas letales, sin prejuzgar su naturaleza; el «texto evolutivo» de su presidencia abarca una caracterización de esas armas, la aplicación del derecho internacional humanitario, las prohibiciones y restricciones, y la rendición de cuentas. Su labor alimenta la Séptima Conferencia de Examen de la Convención, prevista para finales de 2026.',
    limits:
      'Las decisiones requieren consenso, por lo que cualquier Estado parte puede bloquearlas; el grupo se ocupa únicamente de los sistemas de armas, no de la IA militar en general, y no ha elaborado ningún instrumento vinculante.',
    sources: ['Grupo de Expertos Gubernamentales de la CCAC sobre los SAAL, primer período de sesiones de 2025 (UNODA Meetings Place)'],
  },
  'unga-resolution-78-241': {
    title: 'Resolución 78/241 de la Asamblea General de las Naciones Unidas sobre los sistemas de armas autónomos letales',
    officialTitle: 'Sistemas de armas autónomos letales',
    summary:
      'La primera resolución de la Asamblea General sobre las armas autónomas, adoptada el 22 de diciembre de 2023 por 152 votos contra 4 y 11 abstenciones. Afirma que el derecho internacional, incluidos la Carta de las Naciones Unidas, el derecho internacional humanitario y el derecho de los derechos humanos, se aplica a los sistemas de armas autónomos, y solicitó al Secretario General que recabara las opiniones de los Estados y de otros actores y que informara a la Asamblea en su septuagésimo noveno período de sesiones.',
    limits: 'Una recomendación: no prohíbe ni restringe ningún arma.',
    sources: ['Resolución 78/241 de la Asamblea General (A/RES/78/241)'],
  },
  'unga-resolution-79-62': {
    title: 'Resolución 79/62 de la Asamblea General de las Naciones Unidas sobre los sistemas de armas autónomos letales',
    officialTitle: 'Sistemas de armas autónomos letales',
    summary:
      'Adoptada el 2 de diciembre de 2024 por 166 votos contra 3 y 15 abstenciones. Decidió celebrar en Nueva York, en 2025, consultas oficiosas de participación abierta, abiertas a todos los Estados Miembros de las Naciones Unidas, los observadores, las organizaciones internacionales y la sociedad civil, para examinar el informe del Secretario General sobre las armas autónomas junto con la labor del grupo de expertos de la CCAC en Ginebra; las consultas se celebraron en mayo de 2025.',
    limits: 'No inicia negociaciones sobre un tratado y no vincula a ningún Estado.',
    sources: ['Resolución 79/62 de la Asamblea General (A/RES/79/62)'],
  },
  'us-china-statement-human-control-nuclear-weapons': {
    title: 'Declaración de los Estados Unidos y China sobre el control humano de la decisión de emplear armas nucleares',
    summary:
      'En su reunión celebrada en Lima (Perú) el 16 de noviembre de 2024, los Presidentes Joe Biden y Xi Jinping afirmaron la necesidad de mantener el control humano de la decisión de emplear armas nucleares, y subrayaron la necesidad de examinar detenidamente los posibles riesgos y de desarrollar la tecnología de IA en el ámbito militar de manera prudente y responsable.',
    limits: 'Una declaración recogida en los comunicados de ambos gobiernos sobre la reunión, no un acuerdo: no establece ninguna definición, procedimiento ni medio de verificación.',
    sources: [],
  },
  'reaim-summits': {
    title: 'Cumbres REAIM sobre la IA responsable en el ámbito militar',
    officialTitle: 'Cumbre sobre la Inteligencia Artificial Responsable en el Ámbito Militar (REAIM)',
    summary:
      'Serie de cumbres de gobiernos, industria, mundo académico y sociedad civil sobre el uso militar de la IA, impulsada por los Países Bajos y la República de Corea: la primera en La Haya en febrero de 2023, seguida de las de Seúl en septiembre de 2024 y A Coruña (España) en febrero de 2026. La cumbre de La Haya concluyó con un Llamamiento a la Acción y la de Seúl con un Plan de Acción, ambos no vinculantes.',
    limits: 'Sus documentos finales no son vinculantes y solo los respalda una parte de los participantes; China no respaldó el Plan de Acción de 2024.',
    sources: ['REAIM 2026 (Ministerio de Asuntos Exteriores de España)'],
  },
  'political-declaration-responsible-military-use-of-ai': {
    title: 'Declaración Política sobre el Uso Militar Responsable de la Inteligencia Artificial y la Autonomía',
    summary:
      'Presentada por los Estados Unidos en la primera cumbre REAIM en febrero de 2023 y publicada en una versión revisada en noviembre de 2023, establece medidas no vinculantes para el uso militar de la IA, entre ellas el cumplimiento del derecho internacional, la supervisión por altos funcionarios de las aplicaciones de graves consecuencias, la realización de ensayos rigurosos y la capacidad de desconectar o desactivar los sistemas que se comporten de manera no prevista. A principios de 2024, más de cincuenta Estados la habían respaldado.',
    limits: 'Política y voluntaria: China y Rusia no la han respaldado, y no restringe ningún arma.',
    sources: [],
  },
  'statement-on-superintelligence': {
    title: 'Declaración sobre la superinteligencia',
    summary:
      'Declaración de una sola frase publicada por el Future of Life Institute el 22 de octubre de 2025, que pide la prohibición del desarrollo de la superinteligencia, que no debería levantarse antes de que exista un amplio consenso científico en que se llevará a cabo de forma segura y controlable, así como un fuerte respaldo público. Entre sus firmantes figuran investigadores de la IA como Geoffrey Hinton y Yoshua Bengio, premios Nobel, ex altos cargos de seguridad nacional, líderes religiosos y personalidades públicas.',
    limits: 'Una declaración pública: no vincula a ningún gobierno ni empresa, y no define cuándo se consideraría que un sistema es una superinteligencia.',
    sources: ['Declaración sobre la superinteligencia'],
  },

  // Normas de seguridad
  'eu-ai-act': {
    title: 'Reglamento de IA de la UE',
    officialTitle:
      'Reglamento (UE) 2024/1689 del Parlamento Europeo y del Consejo, de 13 de junio de 2024, por el que se establecen normas armonizadas en materia de inteligencia artificial (Reglamento de Inteligencia Artificial)',
    summary:
      'La ley de la Unión Europea sobre la IA, en vigor desde el 1 de agosto de 2024 y de aplicación escalonada: prohibiciones de determinadas prácticas a partir del 2 de febrero de 2025; obligaciones para los proveedores de modelos de IA de uso general, con obligaciones adicionales para los modelos con riesgo sistémico, a partir del 2 de agosto de 2025; y requisitos para los sistemas de IA de alto riesgo más adelante. Las autoridades nacionales de vigilancia del mercado garantizan el cumplimiento de la mayor parte del Reglamento, y la Oficina de IA de la Comisión Europea supervisa los modelos de IA de uso general.',
    limits:
      'Se aplica a la IA introducida en el mercado o utilizada en la UE, y no a la IA utilizada exclusivamente con fines militares, de defensa o de seguridad nacional. En noviembre de 2025, la Comisión propuso, en su «Ómnibus Digital», aplazar algunas de las obligaciones relativas a los sistemas de alto riesgo.',
    sources: [AI_ACT_OJ],
  },
  'iso-iec-42001': {
    title: 'ISO/IEC 42001: sistemas de gestión de la IA',
    officialTitle: 'ISO/IEC 42001:2023 Tecnología de la información — Inteligencia artificial — Sistema de gestión',
    summary:
      'Norma internacional que establece requisitos para el sistema de gestión de la IA de una organización —políticas, funciones, evaluación de riesgos y de impacto, y controles— con el fin de desarrollar, suministrar o utilizar sistemas de IA de manera responsable. Las organizaciones pueden obtener una certificación conforme a ella.',
    limits:
      'Voluntaria salvo que una ley o un contrato la exijan; certifica los procesos de una organización, no la seguridad de un modelo concreto, y no contiene requisitos específicos sobre las capacidades peligrosas de los modelos de vanguardia.',
    sources: ['ISO/IEC 42001:2023 (ISO)'],
  },
  'iso-iec-23894': {
    title: 'ISO/IEC 23894: orientaciones sobre la gestión del riesgo de la IA',
    officialTitle: 'ISO/IEC 23894:2023 Tecnología de la información — Inteligencia artificial — Orientaciones sobre la gestión del riesgo',
    summary:
      'Orientaciones para las organizaciones que desarrollan, despliegan o utilizan IA sobre cómo detectar, evaluar, tratar y vigilar los riesgos propios de la IA, a partir de la norma general de gestión del riesgo ISO 31000.',
    limits: 'Orientaciones, no requisitos: nada en ellas es vinculante, y deja que cada organización decida qué riesgos son aceptables.',
    sources: ['ISO/IEC 23894:2023 (ISO)'],
  },
  'iso-iec-jtc-1-sc-42': {
    title: 'ISO/IEC JTC 1/SC 42, el comité internacional de normas sobre la IA',
    officialTitle: 'ISO/IEC JTC 1/SC 42 Inteligencia artificial',
    summary:
      'El subcomité conjunto de la ISO y la CEI que elabora las normas internacionales sobre la IA, entre ellas ISO/IEC 42001 e ISO/IEC 23894. Creado en 2017, celebró su primera reunión en Beijing en abril de 2018; los organismos nacionales de normalización participan en él como miembros participantes u observadores.',
    limits: 'Los países participan a través de sus organismos nacionales de normalización, y muchos, en particular del Sur Global, apenas participan; las normas que elabora son voluntarias.',
    sources: ['ISO/IEC JTC 1/SC 42 Inteligencia artificial (ISO)'],
  },
  'nist-ai-risk-management-framework': {
    title: 'Marco de Gestión de Riesgos de la IA del NIST (AI RMF 1.0)',
    officialTitle: 'Marco de Gestión de Riesgos de la Inteligencia Artificial (AI RMF 1.0)',
    summary:
      'Marco voluntario publicado por el Instituto Nacional de Estándares y Tecnología de los Estados Unidos para ayudar a las organizaciones a gestionar los riesgos de los sistemas de IA, articulado en torno a cuatro funciones: gobernar, mapear, medir y gestionar. Es un marco nacional de los Estados Unidos, no una norma internacional.',
    limits:
      'Voluntario y nacional. El Plan de Acción sobre la IA de los Estados Unidos de julio de 2025 encomendó al NIST su revisión; a mediados de 2026 la revisión estaba en curso y la versión 1.0 seguía siendo el texto publicado.',
    sources: ['Marco de Gestión de Riesgos de la IA (NIST)', 'NIST AI 100-1: Marco de Gestión de Riesgos de la Inteligencia Artificial (AI RMF 1.0)'],
  },
  'nist-ai-600-1': {
    title: 'Perfil de IA generativa del NIST (NIST AI 600-1)',
    officialTitle: 'Marco de Gestión de Riesgos de la Inteligencia Artificial: Perfil de Inteligencia Artificial Generativa',
    summary:
      'Complemento del Marco de Gestión de Riesgos de la IA del NIST que describe los riesgos propios de la IA generativa o agravados por ella —entre ellos la confabulación, las amenazas a la integridad de la información y a la seguridad de la información, y la facilidad de acceso a información sobre armas químicas, biológicas, radiológicas o nucleares— y propone medidas para gestionarlos.',
    limits: 'Orientaciones voluntarias de los Estados Unidos, sin medios para comprobar si se siguen.',
    sources: ['NIST AI 600-1: Perfil de Inteligencia Artificial Generativa'],
  },
  'general-purpose-ai-code-of-practice': {
    title: 'Código de buenas prácticas para la IA de uso general',
    summary:
      'Código voluntario para los proveedores de modelos de IA de uso general, redactado por expertos independientes en un proceso dirigido por la Oficina de IA de la UE con aportaciones de más de mil partes interesadas, y publicado el 10 de julio de 2025. Sus tres capítulos abarcan la transparencia, los derechos de autor, y la seguridad y la protección; este último se aplica a los modelos con riesgo sistémico y abarca la evaluación y la mitigación de riesgos y la notificación de incidentes graves. Los proveedores que lo firman pueden basarse en él para demostrar que cumplen sus obligaciones en virtud de los artículos 53 y 55 del Reglamento de IA (el artículo 56 prevé tales códigos).',
    limits:
      'Voluntario: no todos los grandes proveedores firmaron todos los capítulos —uno firmó únicamente el capítulo de seguridad y protección, otro se negó a firmar—, y seguirlo no otorga una presunción jurídica de conformidad con el Reglamento.',
    sources: ['El Código de buenas prácticas para la IA de uso general (Comisión Europea)'],
  },
  'harmonised-standards-for-the-eu-ai-act': {
    title: 'Normas armonizadas para el Reglamento de IA de la UE (CEN-CENELEC JTC 21)',
    summary:
      'Normas europeas que está elaborando, a petición de la Comisión Europea, el Comité Técnico Conjunto 21 del CEN y el CENELEC (creado en junio de 2021) para establecer cómo pueden los sistemas de IA de alto riesgo cumplir los requisitos del Reglamento de IA; se presume que un sistema que sigue una norma armonizada citada en el Diario Oficial es conforme. La primera de ellas, sobre los sistemas de gestión de la calidad (prEN 18286), se sometió a información pública en octubre de 2025.',
    limits: 'Se refieren a los sistemas de IA de alto riesgo con arreglo al Derecho de la UE, no a las capacidades peligrosas de los modelos de uso general más avanzados.',
    sources: [],
  },
  'hiroshima-process-code-of-conduct': {
    title: 'Código de Conducta del Proceso de Hiroshima del G7 para las organizaciones que desarrollan IA avanzada',
    officialTitle: 'Código Internacional de Conducta del Proceso de Hiroshima para las Organizaciones que Desarrollan Sistemas Avanzados de IA',
    summary:
      'Código voluntario acordado por los dirigentes del G7 el 30 de octubre de 2023 en el marco del Proceso de Hiroshima sobre la IA, junto con once Principios Rectores Internacionales. Pide a las organizaciones que desarrollan sistemas avanzados de IA, incluidos los modelos fundacionales y la IA generativa, que detecten y mitiguen los riesgos a lo largo de todo el ciclo de vida, informen públicamente sobre las capacidades y limitaciones, compartan información y notifiquen los incidentes de manera responsable, inviertan en seguridad y desarrollen mecanismos de autenticación de contenidos, como las marcas de agua.',
    limits: 'Voluntario, y objeto de seguimiento únicamente a través de los informes que las organizaciones deciden presentar a la OCDE; fue acordado por el G7, no negociado a escala mundial.',
    sources: ['Código Internacional de Conducta del Proceso de Hiroshima para Sistemas Avanzados de IA (Comisión Europea)', HIROSHIMA_DOCUMENTS],
  },
  'hiroshima-ai-process-reporting-framework': {
    title: 'Marco de presentación de informes de la OCDE para el Código de Conducta de Hiroshima',
    officialTitle: 'Marco de Presentación de Informes del Proceso de Hiroshima sobre la IA (HAIP)',
    summary:
      'Marco voluntario de presentación de informes, puesto en marcha por la OCDE el 7 de febrero de 2025, mediante el cual las organizaciones que desarrollan o utilizan IA avanzada informan públicamente de cómo aplican el Código de Conducta de Hiroshima; la OCDE publica los informes íntegros. Diecinueve organizaciones, entre ellas grandes empresas tecnológicas, presentaron informes en la primera ronda, y el 28 de mayo de 2026 se puso en marcha una versión 2.0 simplificada, abierta tanto a los responsables del despliegue como a los desarrolladores.',
    limits: 'La presentación de informes es voluntaria y se basa en la autoevaluación: la OCDE comprueba que se responda a todas las preguntas, pero no verifica el fondo de los informes.',
    sources: [
      'Marco de Presentación de Informes del Proceso de Hiroshima sobre la IA (OECD.AI)',
      'Primeras conclusiones del Marco de Presentación de Informes del Proceso de Hiroshima sobre la IA (OECD.AI)',
    ],
  },
  'china-ai-safety-governance-framework': {
    title: 'Marco de Gobernanza de la Seguridad de la IA de China',
    officialTitle: 'Marco de Gobernanza de la Seguridad de la IA',
    summary:
      'Marco publicado en septiembre de 2024 por el Comité Técnico Nacional 260 de Normalización de la Ciberseguridad de China (TC260), bajo la orientación de la Administración del Ciberespacio de China, que clasifica los riesgos para la seguridad de la IA y establece medidas técnicas y de gobernanza para los desarrolladores, los proveedores de servicios y los usuarios. La versión 2.0, publicada en septiembre de 2025, añade riesgos como el uso indebido de los modelos de código abierto y de la IA para fabricar armas químicas, biológicas, radiológicas y nucleares, así como un método de graduación de los riesgos.',
    limits: 'Orientaciones, no una regulación vinculante, y de alcance nacional: indica lo que podrían exigir las normas técnicas chinas, pero no impone obligaciones propias.',
    sources: [],
  },
  'california-sb-53': {
    title: 'Ley SB 53 de California (Ley de Transparencia en la Inteligencia Artificial de Vanguardia)',
    officialTitle: 'Ley de Transparencia en la Inteligencia Artificial de Vanguardia',
    summary:
      'Ley de California, firmada el 29 de septiembre de 2025 y vigente desde el 1 de enero de 2026, que obliga a los grandes desarrolladores de modelos de vanguardia (modelos entrenados con más de 10^26 operaciones) a publicar un marco de IA de vanguardia que describa cómo evalúan y gestionan los riesgos catastróficos, obliga a los desarrolladores de vanguardia a notificar los incidentes críticos de seguridad a la Oficina de Servicios de Emergencia del Estado y protege a los denunciantes. El Fiscal General puede solicitar sanciones civiles de hasta 1 millón de dólares por infracción.',
    limits: 'Una ley estatal: cada desarrollador redacta su propio marco, y la ley no autoriza ni prohíbe ningún modelo.',
    sources: ['SB 53, texto del proyecto de ley (California Legislative Information)'],
  },

  // Cooperación técnica
  'bletchley-declaration': {
    title: 'Declaración de Bletchley',
    officialTitle: 'Declaración de Bletchley de los países asistentes a la Cumbre sobre la Seguridad de la IA, 1 y 2 de noviembre de 2023',
    summary:
      'Acordada el 1 de noviembre de 2023 en la Cumbre sobre la Seguridad de la IA celebrada en Bletchley Park (Reino Unido) por 28 países, entre ellos los Estados Unidos y China, y por la Unión Europea. Los signatarios reconocieron que la IA de vanguardia podría causar daños graves, incluso catastróficos, y acordaron colaborar para detectar los riesgos para la seguridad de la IA que suscitan una preocupación común, construir un entendimiento científico compartido de esos riesgos y elaborar políticas basadas en el riesgo.',
    limits: 'Una declaración política sin obligaciones, centrada en la IA de vanguardia.',
    sources: ['La Declaración de Bletchley (GOV.UK)'],
  },
  'international-network-for-advanced-ai-measurement-evaluation-and-science': {
    title: 'Red Internacional para la Medición, la Evaluación y la Ciencia de la IA Avanzada',
    summary:
      'Red de organismos con respaldo público que trabajan en la ciencia de la medición y la evaluación de la IA avanzada. Se reunió por primera vez en noviembre de 2024 como Red Internacional de Institutos de Seguridad de la IA y adoptó su nombre actual en diciembre de 2025, cuando el Reino Unido pasó a ser el coordinador de la red; los miembros mencionados entonces son Australia, el Canadá, la Unión Europea, Francia, el Japón, Kenya, la República de Corea, Singapur, el Reino Unido y los Estados Unidos.',
    limits: 'Un foro para compartir métodos, no un regulador: no tiene facultades sobre los desarrolladores, y China no es miembro.',
    sources: ['Red Internacional para la Medición, la Evaluación y la Ciencia de la IA Avanzada: comunicado de prensa (GOV.UK)'],
  },
  'international-ai-safety-report': {
    title: 'Informe internacional sobre la seguridad de la IA',
    summary:
      'Evaluación científica compartida de las capacidades y los riesgos de la IA de uso general, redactada por un centenar de expertos independientes presididos por Yoshua Bengio, con un Grupo Consultivo de Expertos designado por más de 30 países y organizaciones internacionales, entre ellos China, los Estados Unidos, la UE, la OCDE y las Naciones Unidas. Encomendado en la cumbre de Bletchley Park en noviembre de 2023, publicó un informe provisional en mayo de 2024, su primera edición completa el 29 de enero de 2025 y su segunda edición el 3 de febrero de 2026.',
    limits: 'Sintetiza los datos científicos y no formula recomendaciones de política; sus conclusiones no vinculan a los gobiernos.',
    sources: ['Informe internacional sobre la seguridad de la IA 2026', 'Informe internacional sobre la seguridad de la IA 2025'],
  },
  'un-independent-international-scientific-panel-on-ai': {
    title: 'Grupo Científico Internacional Independiente sobre la IA de las Naciones Unidas',
    officialTitle: 'Grupo Científico Internacional Independiente sobre la Inteligencia Artificial',
    summary:
      'Grupo de 40 expertos que actúan a título personal, establecido en el seno de las Naciones Unidas por la resolución 79/325 de la Asamblea General, de 26 de agosto de 2025, para proporcionar a todos los Estados evaluaciones científicas independientes de las oportunidades, los riesgos y los efectos de la IA, entre ellas un informe anual que se presenta al Diálogo Mundial sobre la Gobernanza de la IA. La Asamblea General nombró a sus miembros el 12 de febrero de 2026, en votación registrada, por un mandato de tres años; fueron elegidos entre más de 2600 candidatos.',
    limits: 'Sus informes no son prescriptivos —evalúan, no recomiendan políticas—, y su labor depende de los recursos que aporten los Estados Miembros.',
    sources: [RES_79_325, 'Declaración del Secretario General sobre el nombramiento de los miembros del Grupo, 12 de febrero de 2026'],
  },
  'seoul-declaration': {
    title: 'Declaración de Seúl y Declaración de Intenciones sobre la ciencia de la seguridad de la IA',
    officialTitle: 'Declaración de Seúl para una IA segura, innovadora e inclusiva',
    summary:
      'Adoptada por los dirigentes de diez países y de la Unión Europea en la Cumbre de Seúl sobre la IA el 21 de mayo de 2024, copresidida por la República de Corea y el Reino Unido. Su anexo, la Declaración de Intenciones de Seúl hacia la Cooperación Internacional en la Ciencia de la Seguridad de la IA, los compromete a cooperar en la ciencia de la seguridad de la IA a través de instituciones con respaldo público, como los institutos de seguridad de la IA.',
    limits: 'Política y no vinculante; China no firmó la declaración de los dirigentes.',
    sources: ['Declaración de Seúl para una IA segura, innovadora e inclusiva, Cumbre de Seúl sobre la IA de 2024 (GOV.UK)'],
  },
  'paris-ai-action-summit-statement': {
    title: 'Declaración de la Cumbre de Acción sobre la IA de París',
    officialTitle: 'Declaración sobre una Inteligencia Artificial Inclusiva y Sostenible para las Personas y el Planeta',
    summary:
      'La declaración final de la Cumbre de Acción sobre la IA, celebrada en París los días 10 y 11 de febrero de 2025 y copresidida por Francia y la India. Sus signatarios, unos sesenta, entre ellos China, la India, la Unión Europea y la Comisión de la Unión Africana, fijan prioridades como lograr que la IA sea accesible para reducir las brechas digitales; abierta, inclusiva, transparente, ética, segura y fiable; y sostenible para las personas y el planeta.',
    limits: 'Los Estados Unidos y el Reino Unido no la firmaron y, al igual que las declaraciones de las cumbres anteriores, se refiere únicamente a los usos civiles de la IA.',
    sources: ['Declaración sobre una Inteligencia Artificial Inclusiva y Sostenible para las Personas y el Planeta (Elíseo)'],
  },
  'ai-impact-summit-declaration': {
    title: 'Declaración de la Cumbre sobre el Impacto de la IA (Nueva Delhi)',
    summary:
      'La declaración de la Cumbre sobre el Impacto de la IA organizada por la India en Nueva Delhi en febrero de 2026, respaldada por 88 países y organizaciones internacionales, entre ellos los Estados Unidos, China, el Reino Unido y la Unión Europea. Se articula en torno a siete pilares, entre ellos la democratización de los recursos de IA, una IA segura y fiable, la IA para la ciencia y el desarrollo del capital humano, y toma nota de iniciativas voluntarias como una Carta para la Difusión Democrática de la IA.',
    limits: 'Voluntaria y no vinculante, con el acento puesto en el acceso a la IA y la soberanía nacional más que en los límites a la IA de riesgo.',
    sources: [],
  },
  'singapore-consensus-on-ai-safety-research-priorities': {
    title: 'Consenso de Singapur sobre las prioridades mundiales de investigación en seguridad de la IA',
    officialTitle: 'El Consenso de Singapur sobre las Prioridades Mundiales de Investigación en Seguridad de la IA',
    summary:
      'El resultado de la Conferencia de Singapur sobre la IA de 2025, celebrada paralelamente a la conferencia ICLR en abril de 2025, en la que investigadores de la IA de muchos países establecieron prioridades de investigación técnica en seguridad de la IA en tres ámbitos: la evaluación de los riesgos, el desarrollo de sistemas fiables, y la vigilancia y la intervención tras el despliegue. Se basa en el Informe internacional sobre la seguridad de la IA y señala ámbitos en los que incluso los competidores tienen motivos para cooperar.',
    limits: 'Un programa de investigación: no establece reglas ni compromete a ningún gobierno o empresa a financiar o llevar a cabo la investigación.',
    sources: ['El Consenso de Singapur sobre las Prioridades Mundiales de Investigación en Seguridad de la IA (arXiv:2506.20702)'],
  },
  'us-china-intergovernmental-dialogue-on-ai': {
    title: 'Diálogo intergubernamental entre los Estados Unidos y China sobre la IA',
    summary:
      'Canal de comunicación entre gobiernos sobre la IA acordado por los Presidentes Joe Biden y Xi Jinping en su reunión de Woodside (California) en noviembre de 2023. Su primera reunión, celebrada en Ginebra el 14 de mayo de 2024, reunió a funcionarios de ambos gobiernos para intercambiar opiniones sobre los riesgos de la tecnología de IA y sobre la gobernanza mundial.',
    limits: 'Un intercambio de opiniones, no una negociación: la primera reunión no dio lugar a ningún texto conjunto.',
    sources: [],
  },
  'global-ai-governance-action-plan': {
    title: 'Plan de Acción para la Gobernanza Mundial de la IA (China)',
    officialTitle: 'Plan de Acción para la Gobernanza Mundial de la IA',
    summary:
      'Plan presentado por China en la Conferencia Mundial de Inteligencia Artificial celebrada en Shanghái el 26 de julio de 2025, que propone 13 medidas de cooperación internacional para el desarrollo y la gobernanza de la IA —entre ellas en materia de infraestructura, intercambio de código abierto, normas, seguridad y creación de capacidad para el Sur Global—, en consonancia con el Pacto para el Futuro y el Pacto Digital Global de las Naciones Unidas.',
    limits: 'Una propuesta nacional que invita a otros a actuar; no crea compromisos para otros Estados.',
    sources: [],
  },
  'world-ai-cooperation-organization': {
    title: 'Organización Mundial de Cooperación en IA (propuesta)',
    summary:
      'Organización internacional de cooperación en materia de IA propuesta por el Primer Ministro chino, Li Qiang, en la Conferencia Mundial de Inteligencia Artificial celebrada en Shanghái el 26 de julio de 2025, con sede prevista provisionalmente en Shanghái. China la presenta como una plataforma abierta a todos los países para coordinar el desarrollo de la IA y las reglas de su gobernanza, y para ayudar a los países en desarrollo a crear capacidad.',
    limits: 'Una propuesta: a mediados de 2026 no se habían determinado su composición, su mandato ni sus facultades.',
    sources: [],
  },

  // Respuesta ante emergencias
  'oecd-ai-incidents-monitor': {
    title: 'Monitor de Incidentes de IA de la OCDE (AIM)',
    summary:
      'Base de datos que recopila los incidentes y peligros de la IA difundidos por medios de comunicación de prestigio de todo el mundo y los clasifica mediante modelos de aprendizaje automático —por tipo de daño, gravedad, sector y otras categorías— con el fin de crear una base empírica para las políticas y para un marco común de notificación de incidentes.',
    limits: 'Registra a posteriori los incidentes de los que se ha informado públicamente; no es un sistema de notificación y no apoya una respuesta mientras se desarrollan los acontecimientos.',
    sources: ['Monitor de Incidentes de IA de la OCDE (OECD.AI)', 'Monitor de Incidentes de IA: metodología (OECD.AI)'],
  },
  'oecd-common-ai-incident-reporting-framework': {
    title: 'Labor de la OCDE sobre un marco común de notificación de incidentes de IA',
    summary:
      'Labor de la OCDE y de su grupo de expertos sobre incidentes de IA para establecer un marco común de notificación de incidentes de IA, de modo que los regímenes de notificación obligatorios y voluntarios que se están creando en distintas jurisdicciones utilicen los mismos términos y puedan funcionar conjuntamente. Como primer paso, la OCDE publicó en 2024 definiciones de «incidente de IA» y de «peligro de IA».',
    limits: 'Un marco para armonizar la notificación nacional y empresarial, no un canal de notificación entre Estados, y no vincula a nadie.',
    sources: ['Riesgos e incidentes de la IA (OCDE)'],
  },
  'eu-ai-act-serious-incident-reporting': {
    title:
      'Reglamento de IA de la UE, artículo 55, apartado 1, letra c): notificación de incidentes graves por los proveedores de modelos de IA de uso general con riesgo sistémico',
    officialTitle: 'Reglamento (UE) 2024/1689 (Reglamento de Inteligencia Artificial), artículo 55, apartado 1, letra c)',
    summary:
      'Obliga a los proveedores de modelos de IA de uso general con riesgo sistémico a vigilar, documentar y comunicar sin demora indebida a la Oficina de IA de la UE —y, en su caso, a las autoridades nacionales— la información pertinente sobre incidentes graves y las posibles medidas correctoras. La obligación se aplica desde el 2 de agosto de 2025; el capítulo de seguridad y protección del Código de buenas prácticas para la IA de uso general establece cómo la cumplen los signatarios. (El artículo 73 establece una obligación distinta para los sistemas de IA de alto riesgo).',
    limits:
      'Una obligación de notificar a las autoridades de la UE, no un mecanismo internacional de notificación. Los proveedores de modelos introducidos en el mercado antes del 2 de agosto de 2025 tienen de plazo hasta el 2 de agosto de 2027 para cumplirla.',
    sources: [AI_ACT_OJ],
  },
  'un-security-council-meetings-on-ai': {
    title: 'Sesiones del Consejo de Seguridad de las Naciones Unidas sobre la IA y la paz y la seguridad internacionales',
    summary:
      'El Consejo de Seguridad celebró su primera sesión sobre la inteligencia artificial el 18 de julio de 2023, bajo la presidencia del Reino Unido, una nueva sesión informativa en diciembre de 2024 y un debate abierto de alto nivel sobre la IA y la paz y la seguridad internacionales el 24 de septiembre de 2025, presidido por el Presidente de la República de Corea, Lee Jae Myung.',
    limits: 'Debates, no decisiones: en septiembre de 2025 el Consejo no había aprobado ninguna resolución sobre la IA, y cualquier decisión que adopte está sujeta al veto de sus miembros permanentes.',
    sources: [],
  },
  'idais-venice-statement': {
    title: 'Declaración IDAIS-Venecia: la seguridad de la IA como bien público mundial',
    officialTitle: 'Declaración de consenso sobre la seguridad de la IA como bien público mundial',
    summary:
      'Declaración de consenso de científicos de la IA de China y de Occidente tras el tercer Diálogo Internacional sobre la Seguridad de la IA, celebrado en Venecia en septiembre de 2024. Insta a los Estados a crear autoridades capaces de detectar los incidentes de IA y los riesgos catastróficos y de responder a ellos, a coordinar un plan mundial de contingencia mediante acuerdos e instituciones de preparación para emergencias, y a financiar la investigación sobre la garantía de la seguridad y sobre la verificación.',
    limits: 'Declaración de científicos a título personal: no vincula a los gobiernos ni a las empresas.',
    sources: ['IDAIS-Venecia, 2024 (Diálogos Internacionales sobre la Seguridad de la IA)'],
  },

  // Participación en los beneficios
  'unga-resolution-78-265': {
    title: 'Resolución 78/265 de la Asamblea General de las Naciones Unidas sobre una IA segura, protegida y fiable para el desarrollo sostenible',
    officialTitle: 'Aprovechar las oportunidades de sistemas seguros, protegidos y fiables de inteligencia artificial para el desarrollo sostenible',
    summary:
      'La primera resolución de la Asamblea General sobre la IA, adoptada sin votación el 21 de marzo de 2024 a propuesta encabezada por los Estados Unidos. Alienta a los Estados a promover sistemas de IA seguros, protegidos y fiables para el desarrollo sostenible, a respetar los derechos humanos a lo largo de todo su ciclo de vida y a ayudar a los países en desarrollo a cerrar las brechas digitales.',
    limits: 'No vinculante, y limitada a la IA en el ámbito no militar.',
    sources: ['Resolución 78/265 de la Asamblea General (A/RES/78/265)'],
  },
  'unga-resolution-78-311': {
    title: 'Resolución 78/311 de la Asamblea General de las Naciones Unidas sobre la creación de capacidad en materia de IA',
    officialTitle: 'Mejora de la cooperación internacional para la creación de capacidad en materia de inteligencia artificial',
    summary:
      'Adoptada sin votación el 1 de julio de 2024 a propuesta encabezada por China, pide cooperación y apoyo internacionales, en particular para los países en desarrollo, a fin de crear capacidad en materia de IA —competencias, infraestructura, acceso e intercambio de conocimientos— en apoyo de los Objetivos de Desarrollo Sostenible.',
    limits: 'No vinculante, y no establece ningún fondo ni mecanismo propio.',
    sources: ['Resolución 78/311 de la Asamblea General (A/RES/78/311)'],
  },
  'governing-ai-for-humanity': {
    title: 'Gobernar la IA en beneficio de la humanidad (informe final del Órgano Consultivo de Alto Nivel sobre Inteligencia Artificial de las Naciones Unidas)',
    officialTitle: 'Gobernar la IA en beneficio de la humanidad: informe final',
    summary:
      'El informe final del Órgano Consultivo de Alto Nivel sobre Inteligencia Artificial del Secretario General de las Naciones Unidas, publicado en septiembre de 2024. Sus siete recomendaciones incluyen un grupo científico internacional sobre la IA, un diálogo sobre políticas de gobernanza de la IA, un intercambio de normas sobre la IA, una red de desarrollo de la capacidad en materia de IA, un fondo mundial para la IA destinado a cerrar la brecha de la IA, un marco mundial de datos para la IA y una pequeña oficina de IA en la Secretaría de las Naciones Unidas.',
    limits: 'Solo recomendaciones: correspondía a los Estados Miembros decidir cuáles adoptar, como hicieron en 2025 con el grupo científico y el diálogo mundial.',
    sources: ['Órgano Consultivo de Alto Nivel sobre Inteligencia Artificial (Naciones Unidas)'],
  },
  'global-digital-compact': {
    title: 'Pacto Digital Global',
    officialTitle: 'Pacto Digital Global (anexo I del Pacto para el Futuro)',
    summary:
      'Marco de cooperación digital internacional acordado por los Estados Miembros de las Naciones Unidas el 22 de septiembre de 2024 como anexo del Pacto para el Futuro (resolución 79/1 de la Asamblea General). En materia de IA, los Estados Miembros se comprometieron a establecer un grupo científico internacional independiente sobre la IA y un diálogo mundial sobre la gobernanza de la IA en el seno de las Naciones Unidas, y a crear capacidad en materia de IA, en particular en los países en desarrollo.',
    limits: 'Compromisos políticos sin mecanismos para hacerlos cumplir; sus órganos de IA necesitaron decisiones posteriores de la Asamblea General para establecerse.',
    sources: ['El Pacto para el Futuro, resolución 79/1 de la Asamblea General (A/RES/79/1)'],
  },
  'unesco-recommendation-on-the-ethics-of-ai': {
    title: 'Recomendación de la UNESCO sobre la Ética de la Inteligencia Artificial',
    officialTitle: 'Recomendación sobre la Ética de la Inteligencia Artificial',
    summary:
      'El primer instrumento normativo mundial sobre la ética de la IA, adoptado en noviembre de 2021 por la Conferencia General de la UNESCO, que representa a sus 193 Estados Miembros. Además de valores y principios, establece ámbitos de acción política como la gobernanza de datos, el medio ambiente, el género, la educación y la salud, y la UNESCO ayuda a los países a aplicarla, entre otras cosas mediante una metodología de evaluación del estado de preparación.',
    limits: 'No vinculante: su grado de aplicación depende de cada Estado Miembro.',
    sources: ['Recomendación sobre la Ética de la Inteligencia Artificial (UNESCO)'],
  },
  'current-ai': {
    title: 'Alianza Current AI',
    summary:
      'Alianza de IA de interés público puesta en marcha en la Cumbre de Acción sobre la IA de París en febrero de 2025 con una dotación inicial de 400 millones de dólares aportada por el Gobierno francés, otros gobiernos, entidades filantrópicas y empresas, y con el objetivo de recaudar 2500 millones de dólares en cinco años. Apoya bienes públicos para la IA, como el acceso a conjuntos de datos de alta calidad, herramientas e infraestructuras de código abierto, y formas de medir el impacto social y ambiental de la IA.',
    limits: 'Financiada de forma voluntaria, y con recursos reducidos en comparación con la inversión privada en IA.',
    sources: ['Current AI (sitio oficial)'],
  },
  'african-union-continental-ai-strategy': {
    title: 'Estrategia Continental de Inteligencia Artificial de la Unión Africana',
    officialTitle: 'Estrategia Continental de Inteligencia Artificial',
    summary:
      'La estrategia de la Unión Africana para aprovechar la IA en favor del desarrollo de África, respaldada por los ministros africanos de comunicación y TIC en junio de 2024 y adoptada por el Consejo Ejecutivo de la UA en Accra en julio de 2024. Aboga por una infraestructura, unos datos y unas competencias africanos en materia de IA, por estrategias y gobernanza nacionales de la IA y por una voz africana más fuerte en la gobernanza mundial de la IA, y su aplicación está prevista de 2025 a 2030.',
    limits: 'Una estrategia que deben llevar a cabo los Estados miembros: depende de la acción y la financiación nacionales, y no crea reglas vinculantes.',
    sources: ['Estrategia Continental de Inteligencia Artificial (Unión Africana)'],
  },
  'ai-capacity-building-action-plan': {
    title: 'Plan de Acción de Creación de Capacidad en IA para el Bien y para Todos (China)',
    officialTitle: 'Plan de Acción de Creación de Capacidad en IA para el Bien y para Todos',
    summary:
      'Plan de acción presentado por el Ministro de Relaciones Exteriores de China, Wang Yi, en una reunión de alto nivel en las Naciones Unidas en septiembre de 2024 para dar seguimiento a la resolución 78/311, que abarca la infraestructura, las aplicaciones, las competencias, los datos y la gobernanza de la seguridad de la IA para el Sur Global. China y Zambia pusieron en marcha además en las Naciones Unidas un Grupo de Amigos para la Cooperación Internacional en la Creación de Capacidad en IA, que se reunió por primera vez en diciembre de 2024.',
    limits: 'Una iniciativa nacional: sus resultados dependen de los programas de China y de sus asociados.',
    sources: [],
  },
  'itu-ai-for-good': {
    title: 'AI for Good (UIT)',
    summary:
      'Plataforma de las Naciones Unidas organizada por la Unión Internacional de Telecomunicaciones junto con otros organismos de las Naciones Unidas, conocida sobre todo por su cumbre mundial celebrada en Ginebra desde 2017, que pone en contacto a quienes trabajan en IA con problemas del desarrollo sostenible y acoge trabajos sobre normas de IA.',
    limits: 'Una plataforma de encuentro y de puesta en contacto: no establece reglas.',
    sources: ['AI for Good (UIT)'],
  },

  // Arreglos institucionales
  'council-of-europe-framework-convention-on-ai': {
    title: 'Convenio Marco del Consejo de Europa sobre Inteligencia Artificial',
    officialTitle: 'Convenio Marco del Consejo de Europa sobre Inteligencia Artificial y Derechos Humanos, Democracia y Estado de Derecho',
    summary:
      'El primer tratado internacional jurídicamente vinculante sobre la IA, adoptado por el Comité de Ministros del Consejo de Europa el 17 de mayo de 2024 y abierto a la firma en Vilna el 5 de septiembre de 2024, fecha en que lo firmaron la Unión Europea, el Reino Unido, los Estados Unidos, Israel y otros varios Estados europeos. Las partes deben garantizar que las actividades a lo largo del ciclo de vida de los sistemas de IA respeten los derechos humanos, la democracia y el Estado de derecho, evaluar y mitigar los riesgos, y evaluar la necesidad de prohibiciones o moratorias de determinados usos (artículo 16); los Estados no europeos pueden adherirse.',
    limits:
      'Entra en vigor una vez que lo hayan ratificado cinco signatarios, entre ellos tres Estados miembros del Consejo de Europa; si ya ha entrado en vigor debe comprobarse con la Oficina de Tratados del Consejo de Europa. Las partes no están obligadas a aplicarlo a las actividades de protección de la seguridad nacional, no abarca la defensa nacional y las partes pueden elegir cómo cumplir sus obligaciones en el sector privado.',
    sources: [COE_CONVENTION_PAGE, 'Detalles del tratado, CETS No. 225 (Oficina de Tratados del Consejo de Europa)'],
  },
  'oecd-ai-principles': {
    title: 'Principios de la OCDE sobre la IA',
    officialTitle: 'Recomendación del Consejo sobre Inteligencia Artificial',
    summary:
      'Principios para una IA fiable adoptados por el Consejo de la OCDE el 22 de mayo de 2019 —la primera norma intergubernamental sobre la IA— y revisados el 3 de mayo de 2024 para tener en cuenta la IA de uso general y la IA generativa. Los países no miembros de la OCDE pueden adherirse a ellos, y constituyen la base de los Principios del G20 sobre la IA y de la Alianza Global sobre Inteligencia Artificial.',
    limits: 'Una recomendación no vinculante: la adhesión es un compromiso político, sin medios para hacerlo cumplir.',
    sources: ['Principios de la OCDE sobre la IA (OECD.AI)', 'Recomendación del Consejo sobre Inteligencia Artificial, OECD/LEGAL/0449'],
  },
  'g20-ai-principles': {
    title: 'Principios del G20 sobre la IA',
    summary:
      'Principios para una IA centrada en el ser humano, extraídos de los Principios de la OCDE sobre la IA, que los ministros de comercio y economía digital del G20 acordaron en Tsukuba (Japón) en junio de 2019 y que los dirigentes del G20 acogieron con satisfacción en su cumbre de Osaka ese mismo mes. Gracias a ellos, países no miembros de la OCDE, como China y la India, suscribieron los mismos principios.',
    limits: 'Principios no vinculantes sin un mecanismo de seguimiento propio.',
    sources: [],
  },
  'global-partnership-on-ai': {
    title: 'Alianza Global sobre Inteligencia Artificial (GPAI)',
    summary:
      'Alianza puesta en marcha en junio de 2020 para reunir a gobiernos y expertos en torno a la IA responsable, con su secretaría en la OCDE. En julio de 2024 se integró con la labor propia de la OCDE sobre la IA en una única alianza con el nombre de GPAI, compuesta inicialmente por 44 países que participan en pie de igualdad sobre la base de los Principios de la OCDE sobre la IA.',
    limits: 'Un foro de trabajo sobre políticas y de investigación sin facultades normativas; sus miembros deben suscribir los Principios de la OCDE sobre la IA.',
    sources: [],
  },
  'global-dialogue-on-ai-governance': {
    title: 'Diálogo Mundial sobre la Gobernanza de la IA de las Naciones Unidas',
    officialTitle: 'Diálogo Mundial sobre la Gobernanza de la Inteligencia Artificial',
    summary:
      'Foro en el seno de las Naciones Unidas, establecido por la resolución 79/325 de la Asamblea General y puesto en marcha en una reunión de alto nivel celebrada en Nueva York el 25 de septiembre de 2025, en el que los gobiernos y otras partes interesadas —es a la vez intergubernamental y de múltiples partes interesadas— debaten sobre la cooperación internacional en materia de gobernanza de la IA. Sus sesiones estaban previstas en Ginebra en julio de 2026 y en Nueva York en 2027, y el Grupo Científico Internacional Independiente sobre la IA presenta allí su informe anual.',
    limits: 'Un diálogo, no un órgano de negociación: no adopta decisiones vinculantes, y los Estados Unidos han declarado que se oponen a una gobernanza internacional centralizada de la IA.',
    sources: [RES_79_325],
  },
  'g7-hiroshima-ai-process': {
    title: 'Proceso de Hiroshima sobre la IA del G7',
    summary:
      'Proceso del G7 sobre la IA generativa y avanzada puesto en marcha en la cumbre del G7 celebrada en Hiroshima en mayo de 2023, bajo la presidencia del Japón. En octubre de 2023 dio lugar a los Principios Rectores Internacionales y al Código de Conducta para las organizaciones que desarrollan IA avanzada y, en diciembre de 2023, a un Marco Integral de Políticas respaldado por los dirigentes del G7; la OCDE hace el seguimiento del Código mediante un marco de presentación de informes.',
    limits: 'Lo integran el G7 y los países que deciden sumarse a su labor, y todos sus instrumentos son voluntarios.',
    sources: [HIROSHIMA_DOCUMENTS],
  },
  'ai-summit-series': {
    title: 'Serie de cumbres sobre la IA (Bletchley Park, Seúl, París, Nueva Delhi)',
    summary:
      'Serie de cumbres intergubernamentales sobre la IA, organizadas cada una por uno o dos gobiernos: la Cumbre sobre la Seguridad de la IA en Bletchley Park (noviembre de 2023), la Cumbre de Seúl sobre la IA (mayo de 2024), la Cumbre de Acción sobre la IA en París (febrero de 2025) y la Cumbre sobre el Impacto de la IA en Nueva Delhi (febrero de 2026). Su foco se ha desplazado de la seguridad de la IA de vanguardia hacia la innovación, el acceso a la IA y su impacto.',
    limits: 'No tiene secretaría, composición ni mandato permanente: cada anfitrión fija el programa y las invitaciones, y no todos los participantes firman cada documento final.',
    sources: [],
  },
  'un-office-for-digital-and-emerging-technologies': {
    title: 'Oficina de Tecnologías Digitales y Emergentes de las Naciones Unidas',
    summary:
      'Oficina de la Secretaría de las Naciones Unidas que sustituyó a la Oficina del Enviado del Secretario General para la Tecnología el 1 de enero de 2025, a raíz de una decisión de la Asamblea General de diciembre de 2024 adoptada en seguimiento del Pacto Digital Global. Es el centro de coordinación del sistema de las Naciones Unidas para la cooperación digital y apoya la aplicación del Pacto, incluidas sus decisiones sobre la gobernanza de la IA.',
    limits: 'Una oficina de la Secretaría que coordina y convoca; no tiene facultades de regulación.',
    sources: [],
  },
  'iaea-for-ai-proposals': {
    title: 'Propuestas de un «OIEA para la IA»',
    summary:
      'Propuestas de un organismo internacional para la IA avanzada inspirado en el Organismo Internacional de Energía Atómica, capaz de establecer normas de seguridad y de inspeccionar y verificar. La idea fue planteada por los dirigentes de OpenAI en mayo de 2023 y, en junio de 2023, el Secretario General de las Naciones Unidas declaró que sería favorable a un organismo de ese tipo.',
    limits: 'No se ha iniciado ninguna negociación sobre un organismo de ese tipo; uno con facultades de inspección requeriría un tratado.',
    sources: [],
  },

  // Mecanismos de cumplimiento
  'council-of-europe-ai-convention-follow-up': {
    title: 'Mecanismo de seguimiento del Convenio del Consejo de Europa sobre la IA (Conferencia de las Partes)',
    summary:
      'El Convenio Marco establece una Conferencia de las Partes (artículo 23) encargada de seguir la aplicación del Convenio por las partes, formular recomendaciones sobre su interpretación y aplicación y ayudar a resolver controversias, y obliga a cada parte a presentarle un informe en los dos años siguientes a su incorporación como parte y periódicamente a partir de entonces (artículo 24).',
    limits: 'Un foro de examen entre pares sin facultades de inspección ni de sanción, que solo se reúne una vez que el convenio ha entrado en vigor.',
    sources: [COE_CONVENTION_PAGE],
  },
  'eu-ai-act-enforcement': {
    title: 'Garantía del cumplimiento del Reglamento de IA de la UE: sanciones, autoridades nacionales y Oficina de IA',
    officialTitle: 'Reglamento (UE) 2024/1689 (Reglamento de Inteligencia Artificial), capítulo XII: Sanciones',
    summary:
      'Las autoridades nacionales de vigilancia del mercado garantizan el cumplimiento de la mayor parte del Reglamento de IA e imponen sus multas —de hasta 35 millones de euros o el 7 % del volumen de negocios mundial total anual por prácticas prohibidas—, mientras que la Comisión Europea, a través de su Oficina de IA, supervisa a los proveedores de modelos de IA de uso general y puede imponerles multas de hasta 15 millones de euros o el 3 % del volumen de negocios. Las normas sobre sanciones se aplican desde el 2 de agosto de 2025, y la facultad de la Comisión de multar a los proveedores de modelos de uso general, desde el 2 de agosto de 2026.',
    limits: 'La garantía del cumplimiento se detiene en las fronteras de la UE y no alcanza a la IA utilizada exclusivamente con fines militares, de defensa o de seguridad nacional.',
    sources: [AI_ACT_OJ],
  },
  'us-ai-diffusion-rule': {
    title: 'Regla sobre la Difusión de la IA de los Estados Unidos',
    officialTitle: 'Marco para la Difusión de la Inteligencia Artificial',
    summary:
      'Regla final provisional de la Oficina de Industria y Seguridad de los Estados Unidos, dictada en enero de 2025, que habría exigido licencias en todo el mundo para exportar los chips de IA más avanzados, con los países clasificados en tres niveles sujetos a límites distintos, y habría controlado las exportaciones de los pesos de determinados modelos avanzados de IA de pesos cerrados. El 13 de mayo de 2025, dos días antes de que las empresas hubieran tenido que cumplirla, el Departamento de Comercio anunció que revocaba la regla y que no la aplicaría.',
    limits: 'Retirada antes de que las empresas tuvieran que cumplirla; se mantienen los controles de exportación anteriores de los Estados Unidos sobre los chips avanzados, y el Departamento anunció que dictaría una regla sustitutiva.',
    sources: [],
  },
  'us-export-controls-on-advanced-ai-chips': {
    title: 'Controles de exportación de los Estados Unidos sobre los chips de IA avanzados',
    summary:
      'Reglas de la Oficina de Industria y Seguridad de los Estados Unidos, dictadas por primera vez en octubre de 2022 y endurecidas en octubre de 2023 y diciembre de 2024, que exigen licencias para exportar los chips de IA más avanzados, así como equipos para fabricar chips avanzados, a China y a otros determinados destinos. Su objetivo es limitar el acceso a la capacidad de cómputo necesaria para entrenar modelos de IA de vanguardia.',
    limits:
      'Una medida nacional, no un acuerdo internacional: depende de que se haga cumplir frente al contrabando y de la cooperación de otros países que fabrican chips y equipos de fabricación de chips, y sus condiciones cambian con la política de los Estados Unidos.',
    sources: [],
  },
  'chip-security-act': {
    title: 'Ley de Seguridad de los Chips (proyecto de ley de los Estados Unidos sobre la verificación de la ubicación de los chips de IA)',
    officialTitle: 'Ley de Seguridad de los Chips',
    summary:
      'Proyecto de ley presentado en el Senado de los Estados Unidos el 8 de mayo de 2025, con un proyecto de ley paralelo en la Cámara de Representantes, que exigiría que los chips de IA avanzados sujetos a control de exportación incorporen mecanismos de verificación de la ubicación y que los exportadores notifiquen los desvíos o manipulaciones a la Oficina de Industria y Seguridad, y encargaría a los Departamentos de Comercio y de Defensa evaluar otros mecanismos de seguridad de los chips.',
    limits: 'Un proyecto de ley, no una ley; se sumaría a los controles nacionales de exportación en lugar de crear un régimen internacional de verificación.',
    sources: ['S. 1705, Ley de Seguridad de los Chips (Chip Security Act), texto presentado (Congress.gov)'],
  },
  'compute-based-verification': {
    title: 'Verificación de los compromisos sobre la IA basada en la capacidad de cómputo (propuestas de investigación)',
    summary:
      'Propuestas de investigadores y analistas de políticas para verificar los compromisos sobre la IA mediante el seguimiento de las grandes cantidades de hardware informático especializado que requiere el entrenamiento de modelos avanzados, por ejemplo mediante registros de chips, mecanismos integrados en el hardware e inspecciones de centros de datos.',
    limits: 'Propuestas de investigación: ningún gobierno ha aceptado un régimen de este tipo, y los mecanismos técnicos aún están en desarrollo.',
    sources: [],
  },
}
