import type { FrameworkTranslation } from '../types'

/** French text of data.ts: site, home, risks, benefits, building blocks, media entries and citation notes. */
export const framework: FrameworkTranslation = {
  site: {
    siteName: 'Gouvernance mondiale de l’IA',
    tagline: 'Initiatives en cours, lacunes et éléments constitutifs d’un cadre international de gouvernance de l’IA.',
    navigation: ['Accueil', 'Éléments constitutifs', 'Initiatives en cours', 'Risques', 'Bénéfices', 'Médias', 'Références', 'Contact'],
    contact: { heading: 'Nous contacter', team: 'Équipe Gouvernance multilatérale', organisation: 'Institut Future of Life' },
    footer: {
      closingLine: 'Les défis mondiaux exigent une coordination mondiale.',
      copyright: '© Future of Life Institute, 2025',
      maintainedBy: 'Ce site est géré par l’Institut Future of Life (FLI).',
    },
  },
  home: {
    hero: {
      heading: 'Les plus grands risques de l’IA toucheront l’humanité tout entière.',
      lede: 'Initiatives en cours, lacunes et éléments constitutifs d’un cadre international de gouvernance de l’IA.',
    },
    why: {
      heading: 'Pourquoi avons-nous besoin d’une gouvernance mondiale de l’IA ?',
      reasons: [
        'Une coordination internationale est nécessaire pour que les bénéfices de l’IA soient répartis à l’échelle mondiale. Une coordination insuffisante risque d’entraîner la concentration des bénéfices et du pouvoir entre un petit nombre de mains.',
        'Les risques et les préjudices liés à l’IA sont transfrontières : ils ne se limitent pas à une seule juridiction et toucheront l’humanité tout entière à mesure qu’ils se concrétiseront.',
      ],
    },
    benefitsAndRisks: { heading: 'Bénéfices et risques de l’IA', benefitsHeading: 'Bénéfices', risksHeading: 'Risques' },
    buildingBlocks: {
      heading: 'Éléments constitutifs d’un régime international de gouvernance',
      intro:
        'Pour réduire la complexité de la gouvernance internationale de l’IA, il est utile de la diviser en composantes, ou « éléments constitutifs », qui peuvent être analysées plus en profondeur.',
      basis:
        'Sur la base des conclusions d’analyses comparatives récentes de régimes internationaux de gouvernance analogues (notamment Villalobos, Maas et Winter, 2026 ; Maas et Villalobos, 2023 ; et Cass-Beggs, Clare et al., 2024), nous retenons les éléments constitutifs suivants pour la gouvernance internationale de l’IA :',
    },
    media: { heading: 'Films et podcasts' },
  },
  risks: {
    bias: {
      summary:
        'Les systèmes d’IA peuvent reproduire et amplifier les biais présents dans les données à partir desquelles ils apprennent, ce qui conduit à des décisions injustes à l’égard de personnes en matière d’embauche, de prêt ou de services publics. Comme les mêmes modèles sont utilisés dans de nombreux pays, ces préjudices franchissent les frontières.',
    },
    'manipulation-and-disinformation': {
      summary:
        'L’IA permet de produire à moindre coût des contenus faux et convaincants et d’adapter la persuasion à chaque individu à grande échelle, ce qui peut saper les élections et la confiance du public dans n’importe quel pays.',
    },
    cybersecurity: {
      summary:
        'L’IA peut aider des attaquants à trouver et à exploiter les failles des systèmes informatiques plus rapidement et à plus grande échelle, et les systèmes d’IA sont eux-mêmes la cible d’attaques. Les cyberattaques ne s’arrêtent pas aux frontières.',
    },
    'labor-displacement': {
      summary:
        'L’IA pourrait automatiser des tâches plus vite que les travailleurs et les économies ne peuvent s’adapter, avec des pertes d’emplois concentrées dans certains secteurs et certains pays.',
    },
    'enabling-construction-of-weapons-of-mass-destruction': {
      summary:
        'Une IA avancée pourrait abaisser les obstacles à la conception ou à la production d’armes biologiques, chimiques, nucléaires ou radiologiques, mettant à la portée de petits groupes des capacités autrefois réservées aux États.',
    },
    'great-power-conflict': {
      summary:
        'La compétition pour la première place dans le domaine de l’IA et l’utilisation militaire de l’IA pourraient accroître les tensions entre les grandes puissances et augmenter le risque d’une course aux armements, d’une erreur d’appréciation ou d’une escalade.',
    },
    'power-concentration-and-exacerbated-inequality': {
      summary:
        'Les ressources nécessaires pour construire une IA avancée sont détenues par quelques entreprises et quelques pays. Sans coordination, la richesse et l’influence qu’apporte l’IA pourraient se concentrer davantage entre leurs mains.',
    },
    'social-instability': {
      summary:
        'Un bouleversement rapide du travail, de l’information et des institutions publiques pourrait éroder la cohésion sociale et la confiance, en particulier dans les sociétés déjà fragilisées.',
    },
    'loss-of-control': {
      summary:
        'Des systèmes d’IA de plus en plus performants et autonomes pourraient agir d’une manière que leurs développeurs n’avaient pas voulue et ne peuvent pas corriger, avec des conséquences qu’aucun pays ne pourrait contenir à lui seul.',
    },
  },
  benefits: {
    'scientific-progress': {
      summary:
        'L’IA peut accélérer la recherche, de la prédiction de la structure des protéines à l’analyse de très grands ensembles de données, et ouvrir de nouvelles pistes de découverte dont tout le monde bénéficie lorsque les résultats et les outils sont partagés.',
    },
    'industry-and-productivity': {
      summary:
        'L’IA peut accroître la productivité dans tous les secteurs en automatisant les tâches répétitives et en favorisant de meilleures décisions, ce qui crée de nouveaux produits et de nouvelles sources de croissance.',
    },
    health: {
      summary:
        'L’IA peut favoriser des diagnostics plus précoces, une découverte plus rapide de médicaments et des soins mieux ciblés, et peut étendre l’expertise médicale à des endroits où les spécialistes sont rares.',
    },
    education: {
      summary:
        'Les outils d’IA peuvent adapter l’apprentissage à chaque élève et aider les enseignants, élargissant l’accès à une éducation de qualité là où les ressources sont rares.',
    },
    governance: {
      summary:
        'Utilisée de manière transparente et responsable, l’IA peut aider les gouvernements à fournir des services publics, à analyser les options politiques et à répondre aux besoins des citoyens.',
    },
    'reduced-inequality-and-poverty': {
      summary:
        'Si ses gains sont largement partagés, l’IA peut contribuer à accroître les revenus et à réduire les écarts entre les pays et en leur sein au lieu de les creuser.',
    },
    'advancing-other-sdgs': {
      summary:
        'L’IA peut contribuer à de nombreux autres objectifs de développement durable, par exemple grâce à de meilleurs modèles climatiques, à une agriculture plus productive et à une alerte plus précoce en cas de catastrophe.',
    },
  },
  buildingBlocks: {
    'red-lines': {
      summary:
        'Les experts de l’IA et les gouvernements s’accordent à dire que certaines pratiques liées à l’IA devraient être interdites au niveau international afin de réduire la probabilité de préjudices.',
      body: [
        'Les lignes rouges sont des limites au développement et à l’utilisation de l’IA qui ne doivent pas être franchies, quel que soit le développeur et où qu’il travaille. Elles concernent les préjudices les plus graves et les plus largement reconnus, comme des systèmes d’IA qui se copient eux-mêmes sans supervision humaine ou qui aident des personnes à fabriquer des armes de destruction massive.',
        'Comme une capacité dangereuse développée dans un pays peut causer des préjudices dans tous, une interdiction ne fonctionne que si elle est partagée. Les lignes rouges orientent aussi les autres éléments constitutifs : elles indiquent aux normes de sécurité ce qu’il faut tester et aux mécanismes de respect des engagements ce qu’il faut vérifier.',
        'Aujourd’hui, les lignes rouges existent sous forme de déclarations de scientifiques, d’engagements volontaires d’entreprises et de droit régional. Les transformer en engagements entre États reste une tâche à accomplir.',
      ],
      gaps: [
        'Il n’existe aucun accord international entre États sur les pratiques d’IA interdites ; les lignes rouges existantes sont volontaires, émanent de scientifiques ou de la société civile, ou ne s’appliquent que dans une seule région.',
        'Les engagements des entreprises laissent chaque développeur fixer ses propres seuils, de sorte que ce qui constitue un risque intolérable diffère d’une entreprise à l’autre.',
        'Il n’existe aucun moyen convenu de vérifier que les lignes rouges sont respectées ni de réagir lorsque l’une d’elles est franchie.',
        'Presque tous les instruments excluent les utilisations militaires et liées à la sécurité nationale : le règlement de l’UE sur l’IA ne s’y applique pas, la convention du Conseil de l’Europe permet aux parties d’exempter la sécurité nationale, et les pourparlers sur les armes autonomes menés dans le cadre de la Convention sur certaines armes classiques requièrent le consensus de toutes ses parties.',
        'Les grandes puissances n’ont pas accepté les mêmes lignes : la déclaration des dirigeants des États-Unis et de la Chine sur le contrôle humain de la décision d’utiliser des armes nucléaires n’est pas un accord, et les lignes rouges tracées par des scientifiques et la société civile n’engagent aucun gouvernement.',
        'Une ligne franchie par un modèle diffusé en accès ouvert ne peut être effacée : une fois ses poids rendus publics, le modèle ne peut plus être retiré.',
      ],
      analogousRegimes: [
        {
          regime: 'Convention sur les armes biologiques (1972)',
          lesson:
            'Les États peuvent convenir d’interdire purement et simplement toute une catégorie d’armes. La Convention n’a pas d’organe de vérification, et des doutes quant à son respect l’accompagnent depuis : une ligne rouge a besoin d’un moyen de vérification.',
        },
        {
          regime: 'Protocole relatif aux armes à laser aveuglantes (1995), Convention sur certaines armes classiques',
          lesson: 'Une arme peut être interdite avant d’être largement déployée, lorsque le préjudice est prévisible et qu’aucun État n’en dépend encore.',
        },
      ],
    },
    'safety-standards': {
      summary:
        'Des normes techniques internationales qui servent de base aux exigences imposées aux développeurs d’IA avancée, fondées sur des principes et des bonnes pratiques émergents.',
      body: [
        'Les normes de sécurité traduisent des principes généraux en exigences concrètes et vérifiables : la manière dont les développeurs évaluent et gèrent les risques, évaluent les capacités dangereuses, protègent leurs systèmes et rendent compte de leurs constatations.',
        'Des normes internationales donnent aux développeurs un seul ensemble d’attentes au lieu de plusieurs, permettent aux autorités de réglementation de différents pays de s’appuyer sur les évaluations les unes des autres et permettent aux pays disposant de moins de ressources de tirer parti d’une expertise partagée. Elles peuvent être volontaires au départ et devenir contraignantes lorsque des lois y renvoient.',
        'Les normes applicables aux systèmes à usage général les plus performants sont encore récentes, et la science de l’évaluation de ces systèmes évolue rapidement ; les normes devront donc être révisées régulièrement.',
      ],
      gaps: [
        'Les méthodes d’évaluation des capacités dangereuses des modèles les plus avancés sont encore immatures, et aucune norme internationale ne fixe encore d’exigences propres à ces modèles.',
        'La plupart des normes sont volontaires, ou nationales et régionales, ce qui risque de produire une mosaïque d’exigences plutôt qu’un socle international commun.',
        'De nombreux pays, en particulier du Sud global, participent peu aux organes qui élaborent les normes relatives à l’IA.',
        'Les seuils de risque que les entreprises d’IA de pointe ont publiés en application des engagements de Séoul sont volontaires, fixés par chaque entreprise pour elle-même, et ne sont vérifiés par personne en dehors de celle-ci.',
        'Une fois les poids d’un modèle diffusés en accès ouvert, aucune norme ni aucune autorité de réglementation ne peut retirer le modèle ni garantir que ses garde-fous restent en place.',
        'Les utilisations militaires et liées à la sécurité nationale de l’IA échappent au règlement de l’UE sur l’IA et à la plupart des autres règles de sécurité.',
      ],
      analogousRegimes: [
        {
          regime: 'Normes et pratiques recommandées de l’OACI (Convention de Chicago, 1944)',
          lesson:
            'Une organisation internationale peut tenir à jour des règles techniques de sécurité communes à une industrie mondiale, que les États appliquent ensuite par l’intermédiaire de leurs propres autorités de réglementation.',
        },
        {
          regime: 'Normes de sûreté de l’AIEA',
          lesson:
            'Des normes qui ne sont pas contraignantes en elles-mêmes acquièrent force obligatoire lorsque les États les intègrent dans leur réglementation nationale, et elles offrent aux pays dépourvus d’expertise propre un point de départ éprouvé.',
        },
      ],
    },
    'technical-cooperation': {
      summary:
        'La coopération entre les États et d’autres acteurs pour renforcer les capacités, parvenir à un consensus scientifique, mener des recherches conjointes sur la sûreté et la sécurité, entre autres.',
      body: [
        'Aucun pays ne dispose à lui seul de toute l’expertise nécessaire pour comprendre l’IA avancée. La coopération technique réunit des États, des institutions de recherche et des développeurs afin de construire une compréhension commune de ce que les systèmes d’IA peuvent faire et de l’endroit où se situent les risques.',
        'Elle recouvre plusieurs types de travaux : le renforcement des capacités dans les pays disposant de moins de ressources, la recherche d’un consensus scientifique au moyen d’évaluations conjointes, la conduite de recherches conjointes sur la sûreté et la sécurité, et le partage de méthodes d’essai et d’évaluation des systèmes.',
        'Une base factuelle commune facilite le reste de la gouvernance : les États sont plus enclins à s’entendre sur des règles, des normes et des lignes rouges lorsqu’ils s’accordent sur les faits.',
      ],
      gaps: [
        'Les évaluations scientifiques communes sont récentes, et il n’existe pas encore de voie établie pour passer de leurs conclusions aux décisions des gouvernements.',
        'La recherche conjointe sur la sûreté et la sécurité par-delà les clivages géopolitiques reste limitée.',
        'De nombreux pays ne disposent pas des institutions, des ressources de calcul et de l’expertise nécessaires pour participer aux essais et à la recherche sur un pied d’égalité.',
        'La coopération en matière d’essais se déroule en grande partie entre les États-Unis et leurs partenaires : la Chine n’est pas membre du Réseau international pour la mesure, l’évaluation et la science de l’IA avancée, bien qu’elle soit représentée au sein du comité consultatif du Rapport international sur la sécurité de l’IA.',
        'Le nouveau groupe scientifique et le nouveau dialogue mondial de l’ONU ne disposent d’aucun financement garanti à long terme.',
      ],
      analogousRegimes: [
        {
          regime: 'Groupe d’experts intergouvernemental sur l’évolution du climat (GIEC, 1988)',
          lesson:
            'Des évaluations scientifiques régulières, rédigées par des experts et dont les résumés sont approuvés par les gouvernements, peuvent donner aux États une base factuelle commune pour négocier.',
        },
        {
          regime: 'CERN (1954)',
          lesson:
            'Les États peuvent mettre en commun des fonds et des talents au sein d’une organisation de recherche commune pour mener des travaux scientifiques qu’aucun d’eux ne pourrait mener seul, et en publier librement les résultats.',
        },
      ],
    },
    'emergency-response': {
      summary:
        'Une réponse internationale coordonnée aux situations d’urgence causées par des systèmes d’IA avancés qui menacent la sécurité internationale.',
      body: [
        'Certaines défaillances ou utilisations abusives de l’IA pourraient se produire rapidement et franchir les frontières : une cyberattaque de grande ampleur, un système agissant hors du contrôle de ses développeurs, ou une utilisation abusive ayant des conséquences pour la sécurité internationale. Dans de tels cas, les premières heures comptent.',
        'Un cadre international pour les situations d’urgence établirait à l’avance qui doit être informé et dans quels délais, quels points de contact sont joignables à toute heure, comment les informations sont partagées, et comment les États et les développeurs collaborent pour contenir le préjudice.',
        'D’autres domaines montrent que de tels dispositifs peuvent être convenus avant une crise, afin que les États n’aient pas à négocier des procédures en pleine crise.',
      ],
      gaps: [
        'Il n’existe aucun mécanisme international permettant à un État ou à un développeur d’avertir rapidement les autres d’un incident lié à l’IA ayant des effets transfrontières.',
        'Il n’existe pas de définition convenue d’une situation d’urgence liée à l’IA, ni de seuils qui déclencheraient une réponse coordonnée.',
        'Le signalement des incidents tel qu’il existe aujourd’hui consiste surtout à consigner les préjudices après coup plutôt qu’à soutenir une réponse pendant que les événements se déroulent.',
        'Les obligations de signalement qui existent, comme celles du règlement de l’UE sur l’IA et de la loi SB 53 de Californie, adressent les signalements à une seule autorité et ne prévoient pas d’alerter les autres pays.',
        'Les incidents touchant les systèmes militaires et de sécurité nationale échappent largement à ces dispositifs de signalement.',
        'Un modèle diffusé en accès ouvert ne peut être retiré ; un plan de réponse ne peut donc pas compter sur son retrait.',
      ],
      analogousRegimes: [
        {
          regime: 'Convention sur la notification rapide d’un accident nucléaire (1986)',
          lesson:
            'Conclue quelques mois après l’accident de Tchernobyl, elle engage les États à informer ceux qui peuvent être touchés, directement ou par l’intermédiaire de l’AIEA, lorsqu’un accident peut avoir des effets transfrontières.',
        },
        {
          regime: 'Règlement sanitaire international (2005) de l’OMS',
          lesson:
            'Les États disposent de points focaux nationaux et doivent notifier à l’OMS les événements susceptibles de constituer une urgence de santé publique de portée internationale, afin qu’une réponse puisse être coordonnée rapidement.',
        },
        {
          regime: 'Convention sur l’assistance en cas d’accident nucléaire ou de situation d’urgence radiologique (1986)',
          lesson:
            'Adoptée en même temps que la Convention sur la notification rapide après Tchernobyl, elle établit un cadre permettant aux États de demander et de fournir rapidement une aide, sous la coordination de l’AIEA, afin que l’assistance ne soit pas négociée en pleine crise.',
        },
        {
          regime: 'Accord américano-soviétique sur la ligne directe (1963)',
          lesson:
            'Établie après la crise des missiles de Cuba, une liaison de communication directe entre Washington et Moscou a permis aux dirigeants de se joindre immédiatement en cas de crise et de réduire le risque d’erreur d’appréciation.',
        },
        {
          regime: 'Accord américano-soviétique sur les incidents en mer (1972)',
          lesson:
            'Des règles de conduite et de signalisation convenues pour les rencontres entre les deux marines, assorties d’examens réguliers, ont rendu les incidents dangereux moins probables entre des rivaux qui ne se faisaient pas confiance.',
        },
        {
          regime: 'Convention de Budapest sur la cybercriminalité (2001) : le réseau 24/7',
          lesson:
            'Chaque partie maintient un point de contact joignable 24 heures sur 24, sept jours sur sept, pour apporter une aide immédiate aux enquêtes transfrontières, par exemple pour conserver des preuves électroniques avant qu’elles ne disparaissent.',
        },
      ],
    },
    'benefit-sharing': {
      summary:
        'Les bénéfices de l’IA ne seront pas répartis équitablement d’eux-mêmes. Des cadres adéquats doivent être mis en place pour qu’aucun pays ne soit laissé de côté.',
      body: [
        'Ce qu’exige le développement d’une IA avancée – puissance de calcul, données, personnel qualifié et capitaux – est concentré dans un petit nombre de pays et d’entreprises. Si rien n’est fait, les bénéfices de l’IA suivront probablement la même répartition.',
        'Le partage des bénéfices désigne des cadres qui élargissent l’accès à l’IA et à ses gains : renforcer les capacités, donner accès aux ressources de calcul et aux modèles, soutenir la recherche et les applications locales, et donner à chaque pays voix au chapitre dans la gouvernance de l’IA.',
        'Le partage des bénéfices fait aussi partie du compromis qui rend possible une large participation : les États sont plus disposés à accepter des limites communes à l’IA présentant des risques lorsqu’ils ont aussi part à ce que l’IA rend possible.',
      ],
      gaps: [
        'Les engagements pris jusqu’ici sont surtout politiques ; la manière dont le partage des bénéfices serait financé et gouverné reste à définir.',
        'L’accès à la puissance de calcul, aux données et à l’expertise reste concentré, et il existe peu de mécanismes pour l’élargir.',
        'Les propositions de fonds mondial pour l’IA ne se sont pas traduites par des financements assurés, et le nouveau groupe scientifique et le nouveau dialogue mondial de l’ONU ne disposent pas non plus d’un financement garanti à long terme.',
        'Les efforts de partage des bénéfices sont menés par des camps différents – le plan de renforcement des capacités de la Chine et son Groupe d’amis à l’ONU, les projets d’intérêt public lancés au sommet de Paris, la stratégie propre de l’Union africaine – et rien ne les relie.',
      ],
      analogousRegimes: [
        {
          regime: 'Protocole de Nagoya sur l’accès et le partage des avantages (2010)',
          lesson:
            'Un traité peut subordonner l’accès à une ressource précieuse au partage juste des bénéfices qui en découlent, même si la mise en pratique de telles conditions s’est révélée complexe.',
        },
        {
          regime: 'Programme de coopération technique de l’AIEA',
          lesson:
            'Associer des garanties sur une technologie dangereuse à une aide pour ses utilisations pacifiques donne aux États une raison d’adhérer au régime et d’y rester.',
        },
        {
          regime: 'Accord de l’OMS sur les pandémies (2025) et son annexe sur l’accès aux agents pathogènes et le partage des avantages',
          lesson:
            'L’Accord lie l’accès aux échantillons d’agents pathogènes et aux données de séquences génétiques au partage de bénéfices tels que les vaccins et les traitements, mais a renvoyé les modalités détaillées à une annexe distincte à négocier ultérieurement, et il n’est ouvert à la signature qu’une fois cette annexe adoptée : s’accorder sur le principe est plus facile que s’accorder sur les modalités.',
        },
        {
          regime: 'Accord BBNJ sur la biodiversité marine des zones ne relevant pas de la juridiction nationale (2023)',
          lesson:
            'Les bénéfices tirés des ressources génétiques marines et des informations de séquençage numérique les concernant doivent être partagés de manière juste – au moyen d’un fonds, du renforcement des capacités et du transfert de technologie, et pas seulement d’argent –, en particulier avec les pays en développement qui ne peuvent pas exploiter eux-mêmes ces ressources.',
        },
        {
          regime: 'Gavi, l’Alliance du Vaccin (2000), et COVAX (2020)',
          lesson:
            'La mise en commun des financements et des achats peut élargir l’accès à une technologie dans les pays plus pauvres, comme Gavi l’a fait pour les vaccins ; mais COVAX a montré qu’un tel mécanisme livre tardivement lorsque les pays plus riches s’assurent d’abord leurs propres approvisionnements.',
        },
      ],
    },
    'institutional-arrangements': {
      summary:
        'La gestion des bénéfices et des risques nécessitera une ou plusieurs institutions internationales chargées de mettre en œuvre des règles internationales sur l’IA.',
      body: [
        'Les règles ont besoin d’institutions pour les appliquer : réunir les États, tenir les normes à jour, évaluer l’état de la science, soutenir la mise en œuvre et examiner le respect des engagements. Ces fonctions pourraient relever d’un seul organe ou être réparties entre plusieurs.',
        'La recherche comparative décrit des modèles allant de la recherche d’un consensus scientifique et de l’élaboration de normes politiques à la coordination de la réglementation, à l’application des règles, à la réponse aux situations d’urgence, à la recherche conjointe et à la distribution des bénéfices. Chacun appelle un mandat, une composition et un ensemble de pouvoirs différents.',
        'Des organes existants comme l’Organisation des Nations Unies, l’OCDE et le Conseil de l’Europe jouent déjà une partie de ce rôle. Les questions en suspens sont de savoir quelles fonctions nécessitent une nouvelle institution et comment les différentes pièces s’articulent.',
      ],
      gaps: [
        'Aucun organe international n’a pour mandat de mettre en œuvre et de superviser des règles contraignantes sur l’IA avancée.',
        'Les efforts sont dispersés entre de nombreuses enceintes aux compositions différentes, ce qui rend leur coordination plus difficile.',
        'Les États où l’IA la plus avancée est développée ne participent pas tous aux mêmes instruments.',
        'Les grandes puissances siègent dans des enceintes différentes : les États-Unis ont signé la convention du Conseil de l’Europe mais s’opposent à une gouvernance centralisée de l’IA à l’ONU, la Chine n’est partie à aucun des instruments du Conseil de l’Europe, de l’UE ou du G7, et la Chine porte sa propre proposition d’Organisation mondiale de coopération en matière d’IA.',
        'Le nouveau groupe scientifique et le nouveau dialogue mondial de l’ONU ne disposent d’aucun financement garanti à long terme.',
        'Presque tous les instruments laissent en dehors de leur champ d’application les utilisations militaires et liées à la sécurité nationale de l’IA.',
      ],
      analogousRegimes: [
        {
          regime: 'Agence internationale de l’énergie atomique (AIEA, 1957)',
          lesson:
            'Une seule institution peut à la fois promouvoir l’utilisation pacifique d’une technologie, établir des normes de sûreté et vérifier que les engagements sont tenus.',
        },
        {
          regime: 'Convention de Vienne pour la protection de la couche d’ozone (1985) et Protocole de Montréal (1987)',
          lesson:
            'Une convention-cadre peut d’abord mettre en place des institutions et des engagements généraux, des obligations plus précises étant ajoutées ensuite par voie de protocoles à mesure que la science et le consensus progressent.',
        },
      ],
    },
    'compliance-mechanisms': {
      summary:
        'Des accords internationaux efficaces nécessitent des mécanismes de vérification et d’exécution qui instaurent la confiance et apportent des assurances quant au respect réciproque des engagements.',
      body: [
        'Les accords internationaux ne tiennent que si chaque partie peut être sûre que les autres respectent leurs engagements. Les mécanismes de respect des engagements apportent cette confiance : l’établissement de rapports, la surveillance et la vérification montrent si les engagements sont tenus, et des procédures convenues définissent ce qui se passe lorsqu’ils ne le sont pas.',
        'La vérification est difficile pour l’IA : les modèles sont des logiciels qui peuvent être copiés et modifiés, et les développeurs les protègent en tant que secrets commerciaux. Parmi les approches proposées figurent la surveillance des importantes ressources de calcul qu’exige l’entraînement, des mécanismes intégrés au matériel, des audits par des tiers de confiance et des obligations de déclaration.',
        'La maîtrise des armements et d’autres régimes montrent que la vérification peut être conçue de manière à respecter les secrets légitimes tout en offrant suffisamment d’assurance pour que la coopération fonctionne.',
      ],
      gaps: [
        'Aucun organe international ne peut vérifier que les États ou les développeurs tiennent leurs engagements en matière d’IA.',
        'Les méthodes techniques permettant de vérifier les affirmations concernant les modèles d’IA et leur entraînement, sans exposer d’informations sensibles, en sont encore au stade de la recherche.',
        'Les seuils et les cadres de sécurité des entreprises sont volontaires et ne sont vérifiés par personne en dehors de l’entreprise ; les rapports établis au titre du code d’Hiroshima du G7 reposent sur une auto-évaluation et ne sont pas vérifiés.',
        'Les contrôles sur les puces d’IA sont fixés par des pays agissant seuls et évoluent au gré de leur politique : les États-Unis ont abrogé leur règle sur la diffusion de l’IA quatre mois après l’avoir publiée.',
        'La convention du Conseil de l’Europe repose sur les rapports des parties elles-mêmes, et les parties ne sont pas tenues de l’appliquer à la sécurité nationale.',
        'Aucune vérification ne peut atteindre un modèle une fois ses poids diffusés en accès ouvert.',
      ],
      analogousRegimes: [
        {
          regime: 'Garanties de l’AIEA au titre du Traité sur la non-prolifération des armes nucléaires (1968)',
          lesson:
            'La comptabilité des matières nucléaires et les inspections sur place permettent aux États de confirmer que les autres tiennent leurs engagements ; les États acceptent ces contrôles en échange d’assurances et d’un accès aux utilisations pacifiques.',
        },
        {
          regime: 'Inspections de l’OIAC au titre de la Convention sur les armes chimiques (1997)',
          lesson:
            'Des inspections de routine des sites industriels déclarés, avec la possibilité d’inspections par mise en demeure, permettent de vérifier une interdiction tout en laissant une industrie légitime poursuivre ses activités.',
        },
        {
          regime: 'Système de surveillance international de l’OTICE',
          lesson:
            'Un réseau mondial de stations sismiques, hydroacoustiques, infrasonores et de radionucléides, construit alors même que le Traité d’interdiction complète des essais nucléaires n’est pas entré en vigueur, détecte les essais nucléaires et permet à chaque État d’apprécier le respect du Traité à partir des mêmes données.',
        },
        {
          regime: 'Procédure applicable en cas de non-respect du Protocole de Montréal (1992)',
          lesson:
            'Un Comité d’application examine la situation des parties qui prennent du retard, généralement sur la base des données qu’elles communiquent elles-mêmes, et réagit d’abord par une aide, notamment un financement du Fonds multilatéral, avant des mesures telles que des mises en garde ou la suspension de droits.',
        },
        {
          regime: 'Modèle de protocole additionnel de l’AIEA (1997)',
          lesson:
            'Après la découverte, en 1991, du programme secret d’armes nucléaires de l’Iraq, les États ont accepté de fournir davantage d’informations aux inspecteurs et de leur donner un accès plus large, y compris à des sites non déclarés avec un court préavis : la vérification peut être renforcée une fois ses lacunes mises au jour.',
        },
        {
          regime: 'Évaluations mutuelles du Groupe d’action financière (GAFI)',
          lesson:
            'Les membres évaluent mutuellement leurs règles de lutte contre le blanchiment de capitaux et leur efficacité, et les juridictions présentant de graves déficiences sont inscrites sur une liste publique : l’examen par les pairs et ses conséquences pour l’accès aux marchés peuvent favoriser le respect des règles sans traité.',
        },
      ],
    },
  },
  mediaEntries: {
    'can-diplomats-save-the-world-again': {
      title: 'Les diplomates peuvent-ils sauver le monde une nouvelle fois ?',
      summary:
        'Une meilleure trajectoire pour le développement de l’IA pourrait bien dépendre de la négociation d’un ou de plusieurs traités internationaux. Ce film revient sur trois moments des soixante-dix dernières années où des diplomates ont choisi l’espoir de l’avenir plutôt que les promesses du présent. Si nous l’avons déjà fait, nous pouvons le refaire.',
      questions: [],
    },
    'prohuman-governing-the-global-ai-revolution': {
      title: 'ProHuman : gouverner la révolution mondiale de l’IA',
      summary:
        'Foreign Policy présente, en collaboration avec l’Institut Future of Life, un nouveau podcast dans lequel des dirigeants du monde entier posent à des experts de l’IA des questions urgentes sur cette technologie transformatrice et sur la manière dont nous pouvons la gouverner ensemble.',
      questions: [
        'Quels garde-fous faut-il pour garantir que le développement de l’IA soit sûr et bénéfique pour l’humanité tout entière ?',
        'Quelles sont les lignes rouges à ne pas franchir, et comment les faire respecter ?',
        'Comment les gouvernements peuvent-ils collaborer pour créer des normes internationales qui assurent la sécurité de tous ?',
        'Et comment les bénéfices de l’IA peuvent-ils être répartis équitablement dans le monde entier ?',
      ],
    },
  },
  citationNotes: {
    'cass-beggs-et-al-2024':
      'Document de réflexion de la Global AI Risks Initiative du CIGI ; Duncan Cass-Beggs et Stephen Clare en sont les auteurs principaux.',
  },
}
