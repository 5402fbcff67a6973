import type { FrameworkTranslation } from '../types'

/** Spanish (UN usage): the text of data.ts. */
export const framework: FrameworkTranslation = {
  site: {
    siteName: 'Gobernanza mundial de la IA',
    tagline: 'Iniciativas en curso, carencias y componentes básicos para un marco internacional de gobernanza de la IA.',
    navigation: ['Inicio', 'Componentes básicos', 'Iniciativas en curso', 'Riesgos', 'Beneficios', 'Multimedia', 'Referencias', 'Contacto'],
    contact: {
      heading: 'Contacte con nosotros',
      team: 'Equipo de Gobernanza Multilateral',
      organisation: 'Future of Life Institute (FLI)',
    },
    footer: {
      closingLine: 'Los desafíos mundiales requieren una coordinación mundial.',
      copyright: '© Future of Life Institute, 2025',
      maintainedBy: 'El Future of Life Institute (FLI) se encarga del mantenimiento de este sitio web.',
    },
  },
  home: {
    hero: {
      heading: 'Los mayores riesgos de la IA afectarán a toda la humanidad.',
      lede: 'Iniciativas en curso, carencias y componentes básicos para un marco internacional de gobernanza de la IA.',
    },
    why: {
      heading: '¿Por qué necesitamos una gobernanza mundial de la IA?',
      reasons: [
        'Necesitamos coordinación internacional para garantizar que los beneficios de la IA se distribuyan por todo el mundo. Una coordinación deficiente probablemente dará lugar a la concentración de los beneficios y del poder en unas pocas manos.',
        'Los riesgos y daños de la IA son transfronterizos: no se limitan a una sola jurisdicción y afectarán a toda la humanidad a medida que sigan materializándose.',
      ],
    },
    benefitsAndRisks: {
      heading: 'Beneficios y riesgos de la IA',
      benefitsHeading: 'Beneficios',
      risksHeading: 'Riesgos',
    },
    buildingBlocks: {
      heading: 'Componentes básicos para un régimen internacional de gobernanza',
      intro:
        'Para reducir la complejidad de la gobernanza internacional de la IA, resulta útil dividirla en partes o «componentes básicos» que puedan analizarse con mayor profundidad.',
      basis:
        'Sobre la base de las conclusiones de análisis comparativos recientes de regímenes análogos de gobernanza internacional (en particular, Villalobos, Maas y Winter, 2026; Maas y Villalobos, 2023; y Cass-Beggs, Clare y otros, 2024), consideramos los siguientes componentes básicos de la gobernanza internacional de la IA:',
    },
    media: { heading: 'Películas y pódcasts' },
  },
  risks: {
    bias: {
      summary:
        'Los sistemas de IA pueden reproducir y amplificar los sesgos de los datos con los que aprenden, lo que da lugar a decisiones injustas sobre las personas en la contratación, la concesión de préstamos o los servicios públicos. Como los mismos modelos se utilizan en muchos países, estos daños traspasan fronteras.',
    },
    'manipulation-and-disinformation': {
      summary:
        'La IA abarata la producción de contenidos falsos convincentes y la adaptación de la persuasión a cada persona a gran escala, lo que puede socavar las elecciones y la confianza pública en cualquier país.',
    },
    cybersecurity: {
      summary:
        'La IA puede ayudar a los atacantes a encontrar y explotar las vulnerabilidades de los sistemas informáticos con mayor rapidez y a mayor escala, y los propios sistemas de IA son objetivo de ataques. Los ciberataques no se detienen en las fronteras.',
    },
    'labor-displacement': {
      summary:
        'La IA podría automatizar tareas más rápido de lo que los trabajadores y las economías son capaces de adaptarse, con pérdidas de empleo concentradas en algunos sectores y algunos países.',
    },
    'enabling-construction-of-weapons-of-mass-destruction': {
      summary:
        'La IA avanzada podría reducir los obstáculos para diseñar o producir armas biológicas, químicas, nucleares o radiológicas, y poner al alcance de pequeños grupos capacidades que antes estaban reservadas a los Estados.',
    },
    'great-power-conflict': {
      summary:
        'La competencia por el liderazgo en IA y el uso militar de la IA podrían aumentar las tensiones entre las grandes potencias y el riesgo de una carrera de armamentos, de errores de cálculo o de escalada.',
    },
    'power-concentration-and-exacerbated-inequality': {
      summary:
        'Los recursos necesarios para desarrollar IA avanzada están en manos de unas pocas empresas y países. Sin coordinación, la riqueza y la influencia que aporta la IA podrían concentrarse aún más en sus manos.',
    },
    'social-instability': {
      summary:
        'Una perturbación rápida del trabajo, la información y las instituciones públicas podría erosionar la cohesión social y la confianza, especialmente en sociedades que ya están sometidas a tensiones.',
    },
    'loss-of-control': {
      summary:
        'Unos sistemas de IA cada vez más capaces y autónomos podrían actuar de maneras que sus desarrolladores no pretendían y no pueden corregir, con consecuencias que ningún país podría contener por sí solo.',
    },
  },
  benefits: {
    'scientific-progress': {
      summary:
        'La IA puede acelerar la investigación, desde la predicción de la estructura de las proteínas hasta el análisis de conjuntos de datos muy grandes, y abrir nuevas líneas de descubrimiento que benefician a todos cuando se comparten los resultados y las herramientas.',
    },
    'industry-and-productivity': {
      summary:
        'La IA puede aumentar la productividad en todos los sectores al automatizar tareas rutinarias y favorecer una mejor toma de decisiones, creando nuevos productos y nuevas fuentes de crecimiento.',
    },
    health: {
      summary:
        'La IA puede favorecer diagnósticos más tempranos, un descubrimiento más rápido de fármacos y una atención mejor dirigida, y puede llevar los conocimientos médicos especializados a lugares con pocos especialistas.',
    },
    education: {
      summary:
        'Las herramientas de IA pueden adaptar el aprendizaje a cada estudiante y apoyar a los docentes, ampliando el acceso a una educación de calidad allí donde los recursos son escasos.',
    },
    governance: {
      summary:
        'Utilizada con transparencia y rendición de cuentas, la IA puede ayudar a los gobiernos a prestar servicios públicos, analizar opciones de política y responder a las necesidades de la ciudadanía.',
    },
    'reduced-inequality-and-poverty': {
      summary:
        'Si sus ventajas se comparten ampliamente, la IA puede contribuir a aumentar los ingresos y a reducir las brechas entre los países y dentro de ellos, en lugar de agrandarlas.',
    },
    'advancing-other-sdgs': {
      summary:
        'La IA puede contribuir a muchos otros Objetivos de Desarrollo Sostenible, por ejemplo mediante mejores modelos climáticos, una agricultura más productiva y una alerta más temprana ante los desastres.',
    },
  },
  buildingBlocks: {
    'red-lines': {
      summary:
        'Los expertos en IA y los gobiernos coinciden en que determinadas prácticas relacionadas con la IA deberían prohibirse a nivel internacional para reducir la probabilidad de que se produzcan daños.',
      body: [
        'Las líneas rojas son límites al desarrollo y al uso de la IA que no deben cruzarse, sea quien sea el desarrollador y trabaje donde trabaje. Se refieren a los daños más graves y ampliamente reconocidos, como los sistemas de IA que se copian a sí mismos sin supervisión humana o que ayudan a fabricar armas de destrucción en masa.',
        'Dado que una capacidad peligrosa desarrollada en un país puede causar daños en todos, una prohibición solo funciona si es compartida. Las líneas rojas también orientan los demás componentes básicos: indican a las normas de seguridad qué deben evaluar y a los mecanismos de cumplimiento qué deben verificar.',
        'Hoy en día, las líneas rojas existen en forma de declaraciones de científicos, compromisos voluntarios de empresas y legislación regional. Convertirlas en compromisos entre Estados sigue siendo una tarea pendiente.',
      ],
      gaps: [
        'No existe ningún acuerdo internacional entre Estados sobre qué prácticas de IA están prohibidas; las líneas rojas existentes son voluntarias, proceden de científicos o de la sociedad civil, o se aplican en una sola región.',
        'Los compromisos de las empresas dejan que cada desarrollador fije sus propios umbrales, de modo que lo que se considera un riesgo intolerable varía de una empresa a otra.',
        'No existe ninguna forma acordada de comprobar que se respetan las líneas rojas ni de responder cuando se cruza una de ellas.',
        'Casi todos los instrumentos excluyen los usos militares y de seguridad nacional: el Reglamento de IA de la UE no se aplica a ellos, el convenio del Consejo de Europa permite a las partes eximir la seguridad nacional, y las conversaciones sobre armas autónomas en el marco de la Convención sobre Ciertas Armas Convencionales requieren el consenso de todas sus partes.',
        'Las grandes potencias no han aceptado las mismas líneas: la declaración de los dirigentes de los Estados Unidos y de China sobre el control humano de la decisión de emplear armas nucleares no es un acuerdo, y las líneas rojas trazadas por científicos y por la sociedad civil no vinculan a ningún gobierno.',
        'Una línea cruzada por un modelo publicado en abierto no puede deshacerse: una vez que sus pesos son públicos, el modelo no puede retirarse.',
      ],
      analogousRegimes: [
        {
          regime: 'Convención sobre las Armas Biológicas (1972)',
          lesson:
            'Los Estados pueden acordar la prohibición total de toda una categoría de armas. La Convención carece de un órgano de verificación, y desde entonces la acompañan las dudas sobre su cumplimiento: una línea roja necesita una forma de comprobarla.',
        },
        {
          regime: 'Protocolo sobre Armas Láser Cegadoras (1995), Convención sobre Ciertas Armas Convencionales',
          lesson: 'Un arma puede prohibirse antes de que se despliegue ampliamente, cuando el daño es previsible y ningún Estado depende aún de ella.',
        },
      ],
    },
    'safety-standards': {
      summary:
        'Normas técnicas internacionales que constituyen la base de los requisitos aplicables a los desarrolladores de IA avanzada, fundamentadas en principios y buenas prácticas emergentes.',
      body: [
        'Las normas de seguridad convierten principios generales en requisitos concretos que pueden comprobarse: cómo evalúan y gestionan los riesgos los desarrolladores, cómo evalúan las capacidades peligrosas, cómo protegen sus sistemas y cómo comunican lo que constatan.',
        'Las normas internacionales ofrecen a los desarrolladores un único conjunto de expectativas en lugar de muchos, permiten a los reguladores de distintos países apoyarse en las evaluaciones de los demás y permiten a los países con menos recursos aprovechar conocimientos especializados compartidos. Pueden ser voluntarias al principio y pasar a ser vinculantes cuando las leyes remitan a ellas.',
        'Las normas para los sistemas de uso general más capaces son todavía incipientes, y la ciencia de la evaluación de esos sistemas cambia con rapidez, por lo que las normas deberán revisarse periódicamente.',
      ],
      gaps: [
        'Los métodos para evaluar las capacidades peligrosas de los modelos más avanzados todavía no están maduros, y ninguna norma internacional establece aún requisitos específicos para ellos.',
        'La mayoría de las normas son voluntarias o de alcance nacional y regional, lo que entraña el riesgo de un mosaico de requisitos en lugar de una base internacional común.',
        'Muchos países, en particular del Sur Global, apenas participan en los órganos que elaboran las normas sobre IA.',
        'Los umbrales de riesgo que las empresas de IA de vanguardia publicaron en virtud de los compromisos de Seúl son voluntarios, cada empresa los fija para sí misma y nadie ajeno a ella los comprueba.',
        'Una vez que los pesos de un modelo se publican en abierto, ninguna norma ni ningún regulador puede retirar el modelo ni garantizar que sus salvaguardias se mantengan.',
        'Los usos militares y de seguridad nacional de la IA quedan fuera del Reglamento de IA de la UE y de la mayoría de las demás reglas de seguridad.',
      ],
      analogousRegimes: [
        {
          regime: 'Normas y métodos recomendados de la OACI (Convenio de Chicago, 1944)',
          lesson:
            'Una organización internacional puede mantener reglas técnicas de seguridad comunes para una industria mundial, que luego los Estados aplican a través de sus propios reguladores.',
        },
        {
          regime: 'Normas de seguridad del OIEA',
          lesson:
            'Las normas que no son vinculantes en sí mismas adquieren fuerza cuando los Estados las incorporan a su reglamentación nacional, y ofrecen a los países sin conocimientos especializados propios un punto de partida contrastado.',
        },
      ],
    },
    'technical-cooperation': {
      summary:
        'Cooperación entre los Estados y otros actores para crear capacidad, alcanzar un consenso científico, llevar a cabo investigaciones conjuntas en materia de seguridad y protección, y más.',
      body: [
        'Ningún país tiene por sí solo todos los conocimientos especializados necesarios para comprender la IA avanzada. La cooperación técnica reúne a Estados, instituciones de investigación y desarrolladores para construir un entendimiento común de lo que pueden hacer los sistemas de IA y de dónde residen los riesgos.',
        'Abarca varios tipos de trabajo: crear capacidad en los países con menos recursos, alcanzar un consenso científico mediante evaluaciones conjuntas, llevar a cabo investigaciones conjuntas en materia de seguridad y protección, y compartir métodos para probar y evaluar los sistemas.',
        'Una base empírica común facilita el resto de la gobernanza: es más probable que los Estados se pongan de acuerdo sobre reglas, normas y líneas rojas cuando coinciden en los hechos.',
      ],
      gaps: [
        'Las evaluaciones científicas compartidas son recientes, y aún no existe una vía establecida para que sus conclusiones se traduzcan en decisiones de los gobiernos.',
        'La investigación conjunta en materia de seguridad y protección por encima de las divisiones geopolíticas sigue siendo limitada.',
        'Muchos países carecen de las instituciones, los recursos de cómputo y los conocimientos especializados necesarios para participar en igualdad de condiciones en los ensayos y la investigación.',
        'La cooperación en materia de ensayos se desarrolla en gran medida entre los Estados Unidos y sus socios: China no es miembro de la Red Internacional para la Medición, la Evaluación y la Ciencia de la IA Avanzada, aunque está representada en el grupo consultivo del Informe internacional sobre la seguridad de la IA.',
        'El nuevo grupo científico y el nuevo diálogo mundial de las Naciones Unidas no cuentan con financiación garantizada a largo plazo.',
      ],
      analogousRegimes: [
        {
          regime: 'Grupo Intergubernamental de Expertos sobre el Cambio Climático (IPCC, 1988)',
          lesson:
            'Unas evaluaciones científicas periódicas, redactadas por expertos y con resúmenes aprobados por los gobiernos, pueden dar a los Estados una base fáctica común para negociar.',
        },
        {
          regime: 'CERN (1954)',
          lesson:
            'Los Estados pueden aunar fondos y talento en una organización de investigación compartida para hacer ciencia que ninguno de ellos podría hacer por sí solo, con resultados publicados en abierto.',
        },
      ],
    },
    'emergency-response': {
      summary:
        'Respuesta internacional coordinada a las emergencias causadas por sistemas de IA avanzada que amenacen la seguridad internacional.',
      body: [
        'Algunos fallos o usos indebidos de la IA podrían desarrollarse con rapidez y traspasar fronteras: un ciberataque a gran escala, un sistema que actúe fuera del control de sus desarrolladores o un uso indebido con consecuencias para la seguridad internacional. En esos casos, las primeras horas cuentan.',
        'Un marco internacional para las emergencias establecería de antemano a quién debe avisarse y con qué rapidez, qué puntos de contacto están localizables a cualquier hora, cómo se comparte la información y cómo colaboran los Estados y los desarrolladores para contener el daño.',
        'Otros ámbitos demuestran que tales arreglos pueden acordarse antes de una crisis, de modo que los Estados no tengan que negociar procedimientos en plena crisis.',
      ],
      gaps: [
        'No existe ningún mecanismo internacional que permita a un Estado o a un desarrollador notificar sin demora a los demás un incidente de IA con efectos transfronterizos.',
        'No existe una definición acordada de emergencia de IA ni umbrales que activen una respuesta coordinada.',
        'La notificación de incidentes que existe hoy en día registra sobre todo los daños a posteriori, en lugar de apoyar una respuesta mientras se desarrollan los acontecimientos.',
        'Las obligaciones de notificación que sí existen, como las del Reglamento de IA de la UE y la ley SB 53 de California, envían los informes a una sola autoridad y no prevén alertar a otros países.',
        'Los incidentes en sistemas militares y de seguridad nacional quedan en gran medida fuera de estos regímenes de notificación.',
        'Un modelo publicado en abierto no puede retirarse, por lo que un plan de respuesta no puede contar con su retirada.',
      ],
      analogousRegimes: [
        {
          regime: 'Convención sobre la Pronta Notificación de Accidentes Nucleares (1986)',
          lesson:
            'Acordada a los pocos meses del accidente de Chernóbil, obliga a los Estados a notificar a quienes puedan verse afectados, directamente o a través del OIEA, cuando un accidente pueda tener efectos transfronterizos.',
        },
        {
          regime: 'Reglamento Sanitario Internacional (2005) de la OMS',
          lesson:
            'Los Estados mantienen centros nacionales de enlace y deben notificar a la OMS los eventos que puedan constituir una emergencia de salud pública de importancia internacional, para que pueda coordinarse una respuesta temprana.',
        },
        {
          regime: 'Convención sobre Asistencia en Caso de Accidente Nuclear o Emergencia Radiológica (1986)',
          lesson:
            'Adoptada junto con la Convención sobre la Pronta Notificación tras Chernóbil, establece un marco para que los Estados soliciten y presten ayuda con rapidez, con la coordinación del OIEA, de modo que la asistencia no se negocie en plena crisis.',
        },
        {
          regime: 'Acuerdo sobre la línea directa entre los Estados Unidos y la Unión Soviética (1963)',
          lesson:
            'Establecido tras la crisis de los misiles en Cuba, un enlace de comunicación directa entre Washington y Moscú permitía a los dirigentes comunicarse de inmediato en una crisis y reducir el riesgo de errores de cálculo.',
        },
        {
          regime: 'Acuerdo entre los Estados Unidos y la Unión Soviética sobre incidentes en el mar (1972)',
          lesson:
            'Unas reglas de conducta y de señalización acordadas para los encuentros entre las dos armadas, con revisiones periódicas, hicieron menos probables los incidentes peligrosos entre rivales que no confiaban el uno en el otro.',
        },
        {
          regime: 'Convenio de Budapest sobre la Ciberdelincuencia (2001): la red 24/7',
          lesson:
            'Cada parte mantiene un punto de contacto disponible las 24 horas del día, los siete días de la semana, para prestar asistencia inmediata en investigaciones transfronterizas, por ejemplo para conservar pruebas electrónicas antes de que desaparezcan.',
        },
      ],
    },
    'benefit-sharing': {
      summary:
        'Los beneficios de la IA no se distribuirán de manera uniforme por sí solos. Deben establecerse los marcos adecuados para garantizar que ningún país se quede atrás.',
      body: [
        'Lo que se necesita para desarrollar IA avanzada —capacidad de cómputo, datos, personal cualificado y capital— está concentrado en un pequeño número de países y empresas. Si no se interviene, es probable que los beneficios de la IA sigan el mismo patrón.',
        'La participación en los beneficios consiste en marcos que amplían el acceso a la IA y a sus ventajas: crear capacidad, dar acceso a recursos de cómputo y a modelos, apoyar la investigación y las aplicaciones locales, y dar a todos los países voz en la forma en que se gobierna la IA.',
        'La participación en los beneficios también forma parte del pacto que hace posible una adhesión amplia: los Estados están más dispuestos a aceptar límites compartidos a la IA de riesgo cuando también participan de lo que la IA hace posible.',
      ],
      gaps: [
        'Hasta ahora, los compromisos son sobre todo políticos; sigue sin resolverse cómo se financiaría y gobernaría la participación en los beneficios.',
        'El acceso a la capacidad de cómputo, los datos y los conocimientos especializados sigue concentrado, y existen pocos mecanismos para ampliarlo.',
        'Las propuestas de un fondo mundial para la IA no se han traducido en financiación garantizada, y el nuevo grupo científico y el nuevo diálogo mundial de las Naciones Unidas tampoco cuentan con financiación garantizada a largo plazo.',
        'Las iniciativas de participación en los beneficios se impulsan desde campos distintos —el plan de creación de capacidad de China y su Grupo de Amigos en las Naciones Unidas, los proyectos de interés público lanzados en la cumbre de París, la estrategia propia de la Unión Africana— y nada las vincula entre sí.',
      ],
      analogousRegimes: [
        {
          regime: 'Protocolo de Nagoya sobre Acceso y Participación en los Beneficios (2010)',
          lesson:
            'Un tratado puede vincular el acceso a un recurso valioso con la participación justa en los beneficios que se deriven de él, aunque llevar esas condiciones a la práctica ha resultado complejo.',
        },
        {
          regime: 'Programa de Cooperación Técnica del OIEA',
          lesson:
            'Combinar salvaguardias sobre una tecnología peligrosa con ayuda para sus usos pacíficos da a los Estados un motivo para adherirse al régimen y permanecer en él.',
        },
        {
          regime: 'Acuerdo de la OMS sobre Pandemias (2025) y su anexo sobre el acceso a los patógenos y la participación en los beneficios',
          lesson:
            'El Acuerdo vincula el acceso a muestras de patógenos y a datos de secuencias genéticas con la participación en beneficios como vacunas y tratamientos, pero dejó las condiciones detalladas a un anexo separado que se negociaría después, y solo se abre a la firma una vez adoptado ese anexo: acordar el principio es más fácil que acordar las condiciones.',
        },
        {
          regime: 'Acuerdo BBNJ sobre la diversidad biológica marina de las zonas situadas fuera de la jurisdicción nacional (2023)',
          lesson:
            'Los beneficios derivados de los recursos genéticos marinos y de su información digital sobre secuencias deben compartirse de manera justa —mediante un fondo, la creación de capacidad y la transferencia de tecnología, no solo con dinero—, en particular con los países en desarrollo que no pueden explotar esos recursos por sí mismos.',
        },
        {
          regime: 'Gavi, la Alianza para las Vacunas (2000), y COVAX (2020)',
          lesson:
            'La financiación y las compras mancomunadas pueden ampliar el acceso a una tecnología en los países más pobres, como ha hecho Gavi con las vacunas; pero COVAX demostró que un mecanismo así llega tarde cuando los países más ricos se aseguran primero sus propios suministros.',
        },
      ],
    },
    'institutional-arrangements': {
      summary:
        'La gestión de los beneficios y los riesgos requerirá una o varias instituciones internacionales que apliquen reglas internacionales sobre la IA.',
      body: [
        'Las reglas necesitan instituciones que las lleven a la práctica: que reúnan a los Estados, mantengan actualizadas las normas, evalúen la ciencia, apoyen la aplicación y examinen el cumplimiento. Estas funciones podrían recaer en un solo órgano o repartirse entre varios.',
        'La investigación comparada describe modelos que van desde la creación de consenso científico y el establecimiento de normas políticas hasta la coordinación de la regulación, la garantía del cumplimiento, la respuesta ante emergencias, la investigación conjunta y la distribución de los beneficios. Cada uno requiere un mandato, una composición y un conjunto de facultades distintos.',
        'Organismos existentes como las Naciones Unidas, la OCDE y el Consejo de Europa ya desempeñan parte de esta función. Las cuestiones pendientes son qué funciones requieren una nueva institución y cómo encajan las piezas entre sí.',
      ],
      gaps: [
        'Ningún organismo internacional tiene el mandato de aplicar y supervisar reglas vinculantes sobre la IA avanzada.',
        'Las iniciativas están dispersas en muchos foros con composiciones distintas, lo que dificulta la coordinación entre ellos.',
        'No todos los Estados en los que se desarrolla la IA más avanzada forman parte de los mismos instrumentos.',
        'Las grandes potencias participan en foros distintos: los Estados Unidos firmaron el convenio del Consejo de Europa, pero se oponen a una gobernanza centralizada de la IA en las Naciones Unidas; China no es parte en ninguno de los instrumentos del Consejo de Europa, la UE o el G7, y encabeza su propia propuesta de una Organización Mundial de Cooperación en IA.',
        'El nuevo grupo científico y el nuevo diálogo mundial de las Naciones Unidas no cuentan con financiación garantizada a largo plazo.',
        'Casi todos los instrumentos dejan fuera de su ámbito de aplicación los usos militares y de seguridad nacional de la IA.',
      ],
      analogousRegimes: [
        {
          regime: 'Organismo Internacional de Energía Atómica (OIEA, 1957)',
          lesson:
            'Una sola institución puede combinar la promoción del uso pacífico de una tecnología, el establecimiento de normas de seguridad y la verificación del cumplimiento de los compromisos.',
        },
        {
          regime: 'Convenio de Viena para la Protección de la Capa de Ozono (1985) y Protocolo de Montreal (1987)',
          lesson:
            'Una convención marco puede establecer primero instituciones y compromisos generales, y añadir más adelante obligaciones más específicas mediante protocolos a medida que evolucionan la ciencia y el consenso.',
        },
      ],
    },
    'compliance-mechanisms': {
      summary:
        'Los acuerdos internacionales eficaces requieren mecanismos de verificación y de garantía del cumplimiento que generen confianza y ofrezcan garantías respecto de los compromisos recíprocos.',
      body: [
        'Los acuerdos internacionales solo se sostienen si cada parte puede confiar en que las demás cumplen lo que les corresponde. Los mecanismos de cumplimiento aportan esa confianza: la presentación de informes, el seguimiento y la verificación muestran si se cumplen los compromisos, y unos procedimientos acordados establecen qué ocurre cuando no se cumplen.',
        'La verificación es difícil en el caso de la IA: los modelos son programas informáticos que pueden copiarse y modificarse, y los desarrolladores los protegen como secretos comerciales. Entre los enfoques propuestos figuran el seguimiento de los grandes recursos de cómputo que requiere el entrenamiento, mecanismos integrados en el hardware, auditorías realizadas por terceros de confianza y obligaciones de presentación de informes.',
        'El control de armamentos y otros regímenes demuestran que la verificación puede diseñarse de modo que respete los secretos legítimos y ofrezca a la vez garantías suficientes para que la cooperación funcione.',
      ],
      gaps: [
        'Ningún organismo internacional puede verificar que los Estados o los desarrolladores cumplen los compromisos sobre la IA.',
        'Los métodos técnicos para verificar afirmaciones sobre los modelos de IA y su entrenamiento sin exponer información sensible se encuentran todavía en fase de investigación.',
        'Los umbrales y los marcos de seguridad de las empresas son voluntarios y nadie ajeno a la empresa los comprueba; los informes previstos en el código de Hiroshima del G7 son autoevaluaciones y no se verifican.',
        'Los controles sobre los chips de IA los fijan países concretos por separado y cambian con su política: los Estados Unidos revocaron su Regla sobre la Difusión de la IA cuatro meses después de haberla dictado.',
        'El convenio del Consejo de Europa se basa en los propios informes de las partes, y estas no están obligadas a aplicarlo a la seguridad nacional.',
        'Ninguna verificación puede alcanzar a un modelo una vez que sus pesos se han publicado en abierto.',
      ],
      analogousRegimes: [
        {
          regime: 'Salvaguardias del OIEA en virtud del Tratado sobre la No Proliferación de las Armas Nucleares (1968)',
          lesson:
            'La contabilidad de los materiales nucleares y las inspecciones in situ permiten a los Estados confirmar que los demás cumplen sus compromisos; los Estados aceptan estos controles a cambio de garantías y de acceso a los usos pacíficos.',
        },
        {
          regime: 'Inspecciones de la OPAQ en virtud de la Convención sobre las Armas Químicas (1997)',
          lesson:
            'Las inspecciones ordinarias de emplazamientos industriales declarados, con la posibilidad de inspecciones por denuncia, pueden verificar una prohibición mientras una industria legítima sigue funcionando.',
        },
        {
          regime: 'Sistema Internacional de Vigilancia de la OTPCE',
          lesson:
            'Una red mundial de estaciones sismológicas, hidroacústicas, infrasónicas y de radionúclidos, construida pese a que el Tratado de Prohibición Completa de los Ensayos Nucleares no ha entrado en vigor, detecta los ensayos nucleares y permite a todos los Estados juzgar el cumplimiento a partir de los mismos datos.',
        },
        {
          regime: 'Procedimiento relativo al incumplimiento del Protocolo de Montreal (1992)',
          lesson:
            'Un Comité de Aplicación examina a las partes que se retrasan, normalmente sobre la base de sus propios informes de datos, y responde primero con ayuda, incluida la financiación del Fondo Multilateral, antes de recurrir a medidas como las advertencias o la suspensión de derechos.',
        },
        {
          regime: 'Modelo de Protocolo Adicional del OIEA (1997)',
          lesson:
            'Tras descubrirse en 1991 el programa secreto de armas nucleares del Iraq, los Estados acordaron dar a los inspectores más información y un acceso más amplio, incluso a emplazamientos no declarados con breve preaviso: la verificación puede reforzarse una vez que quedan al descubierto sus carencias.',
        },
        {
          regime: 'Evaluaciones mutuas del Grupo de Acción Financiera Internacional (GAFI)',
          lesson:
            'Los miembros evalúan mutuamente sus reglas contra el blanqueo de dinero y su eficacia, y las jurisdicciones con deficiencias graves figuran en listas públicas: el examen entre pares y sus consecuencias para el acceso a los mercados pueden impulsar el cumplimiento sin necesidad de un tratado.',
        },
      ],
    },
  },
  mediaEntries: {
    'can-diplomats-save-the-world-again': {
      title: '¿Pueden los diplomáticos volver a salvar el mundo?',
      summary:
        'Un mejor rumbo para el desarrollo de la IA bien podría depender de la negociación de uno o más tratados internacionales. Esta película trata de tres momentos de los últimos setenta años en los que los diplomáticos eligieron la esperanza del futuro por encima de las promesas del presente. Si lo hemos hecho antes, podemos volver a hacerlo.',
      questions: [],
    },
    'prohuman-governing-the-global-ai-revolution': {
      title: 'ProHuman: gobernar la revolución mundial de la IA',
      summary:
        'Foreign Policy, en colaboración con el Future of Life Institute, presenta un nuevo pódcast en el que líderes mundiales plantean a expertos en IA preguntas urgentes sobre esta tecnología transformadora y sobre cómo podemos gobernarla juntos.',
      questions: [
        '¿Qué salvaguardias se necesitan para garantizar que el desarrollo de la IA sea seguro y beneficioso para toda la humanidad?',
        '¿Cuáles son las líneas rojas que no deben cruzarse y cómo puede hacerse que se respeten?',
        '¿Cómo pueden colaborar los gobiernos para crear normas internacionales que mantengan a todos a salvo?',
        '¿Y cómo pueden repartirse los beneficios de la IA de forma equitativa en todo el mundo?',
      ],
    },
  },
  citationNotes: {
    'cass-beggs-et-al-2024':
      'Documento de debate de la Global AI Risks Initiative del CIGI; Duncan Cass-Beggs y Stephen Clare son los autores principales.',
  },
}
