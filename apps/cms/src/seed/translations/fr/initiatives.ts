import type { InitiativeTranslation, InitiativesTranslation } from '../types'

/** The Official Journal source shared by the EU AI Act entries. */
const AI_ACT_OJ = 'Règlement (UE) 2024/1689 (règlement sur l’intelligence artificielle), Journal officiel de l’UE'
const RES_79_325 = 'Résolution 79/325 de l’Assemblée générale (A/RES/79/325)'

const BY_SCIENTISTS: InitiativeTranslation['limits'] = 'Une déclaration de scientifiques agissant à titre personnel : elle n’engage ni les gouvernements ni les entreprises.'

/** French text of initiatives.ts, by slug. */
export const initiatives: InitiativesTranslation = {
  // ------------------------------------------------------------------ Lignes rouges
  'idais-beijing-statement': {
    title: 'Déclaration de consensus IDAIS-Beijing sur les lignes rouges de l’IA',
    summary:
      'Déclaration de consensus de grands scientifiques de l’IA de Chine et d’Occident, publiée à l’issue du deuxième Dialogue international sur la sécurité de l’IA, tenu à Beijing en mars 2024. Elle propose des lignes rouges qu’aucun système d’IA ne devrait franchir – parmi lesquelles la réplication ou l’amélioration autonomes, la recherche de pouvoir, la tromperie de ses développeurs et l’aide à la fabrication d’armes de destruction massive ou à la conduite de cyberattaques – ainsi que des mesures visant à garantir qu’elles ne soient pas franchies.',
    limits: BY_SCIENTISTS,
    sources: ['IDAIS-Beijing, 2024 (Dialogues internationaux sur la sécurité de l’IA)'],
  },
  'frontier-ai-safety-commitments': {
    title: 'Engagements en matière de sécurité de l’IA de pointe',
    officialTitle: 'Engagements en matière de sécurité de l’IA de pointe, Sommet de Séoul sur l’IA 2024',
    summary:
      'Engagements volontaires annoncés par le Royaume-Uni et la République de Corée lors du Sommet de Séoul sur l’IA, le 21 mai 2024, et pris d’abord par 16 entreprises d’IA établies dans plusieurs pays, dont les États-Unis, la Chine et les Émirats arabes unis. Chaque entreprise s’est engagée à publier un cadre de sécurité fixant les seuils à partir desquels les risques graves d’un modèle seraient intolérables s’ils n’étaient pas atténués de manière adéquate, et à ne pas développer ni déployer du tout un modèle si elle ne peut maintenir les risques en deçà de ces seuils ; les cadres devaient être publiés avant le Sommet pour l’action sur l’IA, à Paris, en février 2025.',
    limits: 'Volontaires : chaque entreprise fixe ses propres seuils, et personne en dehors de l’entreprise ne vérifie qu’ils sont respectés.',
    sources: ['Engagements en matière de sécurité de l’IA de pointe, Sommet de Séoul sur l’IA 2024 (GOV.UK)'],
  },
  'global-call-for-ai-red-lines': {
    title: 'Appel mondial pour des lignes rouges en matière d’IA',
    summary:
      'Appel public d’organisations de la société civile, parmi lesquelles le CeSIA, The Future Society et le Center for Human-Compatible AI de l’Université de Californie à Berkeley, annoncé le 22 septembre 2025 pendant la semaine de haut niveau de la quatre-vingtième session de l’Assemblée générale des Nations Unies. Signé par plus de 200 personnalités de premier plan – lauréats du prix Nobel, anciens chefs d’État, diplomates et chercheurs en IA – et par plus de 70 organisations, il demande aux gouvernements de parvenir, d’ici à la fin de 2026, à un accord international sur des lignes rouges claires et vérifiables pour l’IA.',
    limits:
      'Un appel venu de l’extérieur des gouvernements, et non un acte de l’Organisation des Nations Unies : il ne fixe lui-même aucune ligne rouge et laisse aux États le soin d’établir la liste des pratiques interdites et les moyens d’en vérifier le respect.',
    sources: ['Appel mondial pour des lignes rouges en matière d’IA'],
  },
  'eu-ai-act-prohibited-practices': {
    title: 'Règlement de l’UE sur l’IA, article 5 : pratiques interdites en matière d’IA',
    officialTitle: 'Règlement (UE) 2024/1689 (règlement sur l’intelligence artificielle), article 5 : Pratiques interdites en matière d’IA',
    summary:
      'Interdit dans l’Union européenne une liste de pratiques d’IA, parmi lesquelles les techniques manipulatrices ou trompeuses causant un préjudice important, l’exploitation des vulnérabilités des personnes, la notation sociale, le moissonnage non ciblé d’images faciales pour constituer des bases de données de reconnaissance, la reconnaissance des émotions sur le lieu de travail et dans les établissements d’enseignement et – sauf exceptions étroites – l’identification biométrique à distance en temps réel dans les espaces publics à des fins répressives. Les interdictions s’appliquent depuis le 2 février 2025 ; les infractions sont passibles d’amendes pouvant atteindre 35 millions d’euros ou 7 % du chiffre d’affaires annuel mondial.',
    limits:
      'Droit régional : il couvre l’IA mise sur le marché ou utilisée dans l’UE, et le règlement sur l’IA ne s’applique pas à l’IA utilisée exclusivement à des fins militaires, de défense ou de sécurité nationale. Les interdictions visent les atteintes aux droits des personnes, non les capacités dangereuses des modèles avancés.',
    sources: [AI_ACT_OJ],
  },
  'ccw-gge-lethal-autonomous-weapons': {
    title: 'Groupe d’experts gouvernementaux de la CCAC sur les systèmes d’armes létaux autonomes',
    officialTitle: 'Groupe d’experts gouvernementaux sur les technologies émergentes dans le domaine des systèmes d’armes létaux autonomes',
    summary:
      'Le groupe d’experts des États parties à la Convention sur certaines armes classiques, créé par la cinquième Conférence d’examen de la Convention en décembre 2016. Il est convenu de onze principes directeurs en 2019 et, depuis 2023, il est chargé d’élaborer, par consensus, un ensemble d’éléments d’un instrument sur les armes létales autonomes, sans préjuger de sa nature ; le « texte évolutif » de son président couvre une caractérisation de ces armes, l’application du droit international humanitaire, les interdictions et les restrictions, et la responsabilité. Ses travaux alimentent la septième Conférence d’examen de la Convention, prévue à la fin de 2026.',
    limits:
      'Les décisions requièrent le consensus, de sorte que tout État partie peut les bloquer ; le groupe ne traite que des systèmes d’armes, et non de l’IA militaire en général, et il n’a produit aucun instrument contraignant.',
    sources: ['Groupe d’experts gouvernementaux de la CCAC sur les SALA, première session 2025 (UNODA Meetings Place)'],
  },
  'unga-resolution-78-241': {
    title: 'Résolution 78/241 de l’Assemblée générale des Nations Unies sur les systèmes d’armes létaux autonomes',
    officialTitle: 'Systèmes d’armes létaux autonomes',
    summary:
      'Première résolution de l’Assemblée générale sur les armes autonomes, adoptée le 22 décembre 2023 par 152 voix contre 4, avec 11 abstentions. Elle affirme que le droit international, y compris la Charte des Nations Unies, le droit international humanitaire et le droit des droits de l’homme, s’applique aux systèmes d’armes autonomes, et a prié le Secrétaire général de recueillir les vues des États et d’autres acteurs et de faire rapport à l’Assemblée à sa soixante-dix-neuvième session.',
    limits: 'Une recommandation : elle n’interdit ni ne restreint aucune arme.',
    sources: ['Résolution 78/241 de l’Assemblée générale (A/RES/78/241)'],
  },
  'unga-resolution-79-62': {
    title: 'Résolution 79/62 de l’Assemblée générale des Nations Unies sur les systèmes d’armes létaux autonomes',
    officialTitle: 'Systèmes d’armes létaux autonomes',
    summary:
      'Adoptée le 2 décembre 2024 par 166 voix contre 3, avec 15 abstentions. Elle a décidé de tenir à New York, en 2025, des consultations informelles ouvertes à tous les États Membres de l’Organisation des Nations Unies, aux observateurs, aux organisations internationales et à la société civile, afin d’examiner le rapport du Secrétaire général sur les armes autonomes parallèlement aux travaux du groupe d’experts de la CCAC à Genève ; elles se sont tenues en mai 2025.',
    limits: 'Elle n’ouvre pas de négociations sur un traité et n’engage aucun État.',
    sources: ['Résolution 79/62 de l’Assemblée générale (A/RES/79/62)'],
  },
  'us-china-statement-human-control-nuclear-weapons': {
    title: 'Déclaration des États-Unis et de la Chine sur le contrôle humain de la décision d’utiliser des armes nucléaires',
    summary:
      'Lors de leur rencontre à Lima (Pérou), le 16 novembre 2024, les Présidents Joe Biden et Xi Jinping ont affirmé la nécessité de maintenir un contrôle humain sur la décision d’utiliser des armes nucléaires et ont souligné la nécessité d’examiner attentivement les risques potentiels et de développer les technologies d’IA dans le domaine militaire de manière prudente et responsable.',
    limits:
      'Une déclaration figurant dans les comptes rendus de la rencontre publiés par les deux gouvernements, et non un accord : elle ne prévoit aucune définition, aucune procédure ni aucun moyen de vérification.',
    sources: [],
  },
  'reaim-summits': {
    title: 'Sommets REAIM sur l’IA responsable dans le domaine militaire',
    officialTitle: 'Sommet sur l’intelligence artificielle responsable dans le domaine militaire (REAIM)',
    summary:
      'Série de sommets réunissant des gouvernements, l’industrie, les milieux universitaires et la société civile sur l’utilisation militaire de l’IA, lancée par les Pays-Bas et la République de Corée : d’abord à La Haye en février 2023, puis à Séoul en septembre 2024 et à La Corogne (Espagne) en février 2026. Le sommet de La Haye s’est conclu par un Appel à l’action et celui de Séoul par un Plan d’action, tous deux non contraignants.',
    limits:
      'Ses documents finals ne sont pas contraignants et ne sont approuvés que par une partie des participants ; la Chine n’a pas approuvé le Plan d’action de 2024.',
    sources: ['REAIM 2026 (Ministère espagnol des affaires étrangères)'],
  },
  'political-declaration-responsible-military-use-of-ai': {
    title: 'Déclaration politique sur l’utilisation militaire responsable de l’intelligence artificielle et de l’autonomie',
    summary:
      'Lancée par les États-Unis lors du premier sommet REAIM, en février 2023, et publiée sous une forme révisée en novembre 2023, elle énonce des mesures non contraignantes pour l’utilisation militaire de l’IA, parmi lesquelles le respect du droit international, la supervision des applications à fortes conséquences par des responsables de haut niveau, des essais rigoureux et la capacité de désengager ou de désactiver les systèmes qui se comportent de manière imprévue. Plus de cinquante États l’avaient approuvée au début de 2024.',
    limits: 'Politique et volontaire : la Chine et la Russie ne l’ont pas approuvée, et elle ne restreint aucune arme.',
    sources: [],
  },
  'statement-on-superintelligence': {
    title: 'Déclaration sur la superintelligence',
    summary:
      'Déclaration d’une seule phrase publiée par l’Institut Future of Life le 22 octobre 2025, qui appelle à interdire le développement de la superintelligence, interdiction qui ne devrait pas être levée avant qu’il existe un large consensus scientifique sur le fait qu’il sera mené de manière sûre et contrôlable, ainsi qu’une forte adhésion du public. Parmi ses signataires figurent des chercheurs en IA tels que Geoffrey Hinton et Yoshua Bengio, des lauréats du prix Nobel, d’anciens responsables de la sécurité nationale, des chefs religieux et des personnalités publiques.',
    limits:
      'Une déclaration publique : elle n’engage aucun gouvernement ni aucune entreprise, et ne définit pas à partir de quand un système relèverait de la superintelligence.',
    sources: ['Déclaration sur la superintelligence'],
  },

  // ----------------------------------------------------------- Normes de sécurité
  'eu-ai-act': {
    title: 'Règlement de l’UE sur l’IA',
    officialTitle:
      'Règlement (UE) 2024/1689 du Parlement européen et du Conseil du 13 juin 2024 établissant des règles harmonisées concernant l’intelligence artificielle (règlement sur l’intelligence artificielle)',
    summary:
      'La législation de l’Union européenne sur l’IA, en vigueur depuis le 1er août 2024 et applicable par étapes : interdiction de certaines pratiques à partir du 2 février 2025 ; obligations pour les fournisseurs de modèles d’IA à usage général, assorties d’obligations supplémentaires pour les modèles présentant un risque systémique, à partir du 2 août 2025 ; et exigences applicables aux systèmes d’IA à haut risque ultérieurement. Les autorités nationales de surveillance du marché en assurent l’essentiel de l’application, et le Bureau de l’IA de la Commission européenne supervise les modèles d’IA à usage général.',
    limits:
      'Il s’applique à l’IA mise sur le marché ou utilisée dans l’UE, et non à l’IA utilisée exclusivement à des fins militaires, de défense ou de sécurité nationale. En novembre 2025, la Commission a proposé, dans son « omnibus numérique », de reporter certaines des obligations applicables aux systèmes à haut risque.',
    sources: [AI_ACT_OJ],
  },
  'iso-iec-42001': {
    title: 'ISO/IEC 42001 : systèmes de management de l’IA',
    officialTitle: 'ISO/IEC 42001:2023 Technologies de l’information — Intelligence artificielle — Système de management',
    summary:
      'Norme internationale qui fixe les exigences relatives au système de management de l’IA d’un organisme – politiques, rôles, appréciation des risques et des impacts, et mesures de contrôle – pour développer, fournir ou utiliser des systèmes d’IA de manière responsable. Les organismes peuvent être certifiés selon cette norme.',
    limits:
      'Volontaire, sauf si une loi ou un contrat l’impose ; elle certifie les processus d’un organisme, et non la sécurité d’un modèle particulier, et ne comporte aucune exigence propre aux capacités dangereuses des modèles de pointe.',
    sources: ['ISO/IEC 42001:2023 (ISO)'],
  },
  'iso-iec-23894': {
    title: 'ISO/IEC 23894 : recommandations relatives au management des risques liés à l’IA',
    officialTitle: 'ISO/IEC 23894:2023 Technologies de l’information — Intelligence artificielle — Recommandations relatives au management du risque',
    summary:
      'Recommandations à l’intention des organismes qui développent, déploient ou utilisent l’IA sur l’identification, l’appréciation, le traitement et la surveillance des risques propres à l’IA, qui s’appuient sur la norme générale de management du risque ISO 31000.',
    limits: 'Des recommandations, non des exigences : rien n’y est contraignant, et chaque organisme décide des risques qui sont acceptables.',
    sources: ['ISO/IEC 23894:2023 (ISO)'],
  },
  'iso-iec-jtc-1-sc-42': {
    title: 'ISO/IEC JTC 1/SC 42, le comité international de normalisation de l’IA',
    officialTitle: 'ISO/IEC JTC 1/SC 42 Intelligence artificielle',
    summary:
      'Le sous-comité conjoint de l’ISO et de l’IEC qui élabore les normes internationales sur l’IA, parmi lesquelles ISO/IEC 42001 et ISO/IEC 23894. Créé en 2017, il s’est réuni pour la première fois à Beijing en avril 2018 ; les organismes nationaux de normalisation y prennent part en tant que membres participants ou observateurs.',
    limits:
      'Les pays y prennent part par l’intermédiaire de leurs organismes nationaux de normalisation, et beaucoup, en particulier du Sud global, y participent peu ; les normes qu’il élabore sont volontaires.',
    sources: ['ISO/IEC JTC 1/SC 42 Intelligence artificielle (ISO)'],
  },
  'nist-ai-risk-management-framework': {
    title: 'Cadre de gestion des risques liés à l’IA du NIST (AI RMF 1.0)',
    officialTitle: 'Cadre de gestion des risques liés à l’intelligence artificielle (AI RMF 1.0)',
    summary:
      'Cadre volontaire publié par l’Institut national des normes et de la technologie des États-Unis pour aider les organisations à gérer les risques des systèmes d’IA, articulé autour de quatre fonctions : gouverner, cartographier, mesurer et gérer. Il s’agit d’un cadre national des États-Unis, et non d’une norme internationale.',
    limits:
      'Volontaire et national. Le plan d’action des États-Unis pour l’IA de juillet 2025 a chargé le NIST de le réviser ; à la mi-2026, la révision était en cours et la version 1.0 restait le texte publié.',
    sources: ['Cadre de gestion des risques liés à l’IA (NIST)', 'NIST AI 100-1 : Cadre de gestion des risques liés à l’intelligence artificielle (AI RMF 1.0)'],
  },
  'nist-ai-600-1': {
    title: 'Profil du NIST pour l’IA générative (NIST AI 600-1)',
    officialTitle: 'Cadre de gestion des risques liés à l’intelligence artificielle : profil de l’intelligence artificielle générative',
    summary:
      'Document complémentaire du cadre de gestion des risques liés à l’IA du NIST qui décrit les risques propres à l’IA générative ou aggravés par elle – parmi lesquels la confabulation, les menaces pour l’intégrité de l’information et pour la sécurité de l’information, et un accès facilité à des informations sur les armes chimiques, biologiques, radiologiques ou nucléaires – et propose des mesures pour les gérer.',
    limits: 'Des orientations volontaires des États-Unis, sans aucun moyen de vérifier qu’elles sont suivies.',
    sources: ['NIST AI 600-1 : profil de l’intelligence artificielle générative'],
  },
  'general-purpose-ai-code-of-practice': {
    title: 'Code de bonnes pratiques pour l’IA à usage général',
    summary:
      'Code volontaire destiné aux fournisseurs de modèles d’IA à usage général, rédigé par des experts indépendants dans le cadre d’un processus conduit par le Bureau de l’IA de l’UE avec les contributions de plus d’un millier de parties prenantes, et publié le 10 juillet 2025. Ses trois chapitres portent sur la transparence, le droit d’auteur, et la sûreté et la sécurité ; le dernier s’applique aux modèles présentant un risque systémique et couvre l’évaluation et l’atténuation des risques ainsi que le signalement des incidents graves. Les fournisseurs qui le signent peuvent s’appuyer sur lui pour démontrer qu’ils respectent leurs obligations au titre des articles 53 et 55 du règlement sur l’IA (l’article 56 prévoit de tels codes).',
    limits:
      'Volontaire : tous les grands fournisseurs n’en ont pas signé tous les chapitres – l’un n’a signé que le chapitre sur la sûreté et la sécurité, un autre a refusé de le signer –, et le fait de le suivre ne confère pas de présomption légale de conformité au règlement.',
    sources: ['Le code de bonnes pratiques pour l’IA à usage général (Commission européenne)'],
  },
  'harmonised-standards-for-the-eu-ai-act': {
    title: 'Normes harmonisées pour le règlement de l’UE sur l’IA (CEN-CENELEC JTC 21)',
    summary:
      'Normes européennes en cours d’élaboration, à la demande de la Commission européenne, par le comité technique commun 21 du CEN et du CENELEC (créé en juin 2021), qui doivent préciser comment les systèmes d’IA à haut risque peuvent satisfaire aux exigences du règlement sur l’IA ; un système conforme à une norme harmonisée dont la référence a été publiée au Journal officiel est présumé conforme. La première d’entre elles, relative aux systèmes de management de la qualité (prEN 18286), a été soumise à l’enquête publique en octobre 2025.',
    limits: 'Elles portent sur les systèmes d’IA à haut risque relevant du droit de l’UE, et non sur les capacités dangereuses des modèles à usage général les plus avancés.',
    sources: [],
  },
  'hiroshima-process-code-of-conduct': {
    title: 'Code de conduite du processus d’Hiroshima du G7 pour les organisations développant une IA avancée',
    officialTitle: 'Code de conduite international du processus d’Hiroshima pour les organisations développant des systèmes d’IA avancés',
    summary:
      'Code volontaire arrêté par les dirigeants du G7 le 30 octobre 2023 dans le cadre du processus d’Hiroshima sur l’IA, avec onze principes directeurs internationaux. Il demande aux organisations qui développent des systèmes d’IA avancés, y compris des modèles de fondation et des systèmes d’IA générative, de recenser et d’atténuer les risques tout au long du cycle de vie, de rendre compte publiquement des capacités et des limites, de partager les informations et de signaler les incidents de manière responsable, d’investir dans la sécurité et de mettre au point des techniques d’authentification des contenus, comme le tatouage numérique.',
    limits:
      'Volontaire, et suivi uniquement au moyen des rapports que les organisations choisissent de soumettre à l’OCDE ; il a été arrêté par le G7, et non négocié à l’échelle mondiale.',
    sources: [
      'Code de conduite international du processus d’Hiroshima pour les systèmes d’IA avancés (Commission européenne)',
      'Processus d’Hiroshima sur l’IA : documents (Ministère des affaires intérieures et des communications, Japon)',
    ],
  },
  'hiroshima-ai-process-reporting-framework': {
    title: 'Cadre d’établissement de rapports de l’OCDE pour le Code de conduite d’Hiroshima',
    officialTitle: 'Cadre d’établissement de rapports du processus d’Hiroshima sur l’IA (HAIP)',
    summary:
      'Cadre volontaire d’établissement de rapports, lancé par l’OCDE le 7 février 2025, au moyen duquel les organisations qui développent ou utilisent une IA avancée rendent compte publiquement de la manière dont elles appliquent le Code de conduite d’Hiroshima ; l’OCDE publie les rapports dans leur intégralité. Dix-neuf organisations, dont de grandes entreprises technologiques, ont présenté un rapport lors du premier cycle, et une version 2.0 simplifiée, ouverte aux déployeurs comme aux développeurs, a été lancée le 28 mai 2026.',
    limits:
      'Les rapports sont volontaires et reposent sur une auto-évaluation : l’OCDE vérifie qu’il a été répondu à chaque question, mais ne vérifie pas le fond des rapports.',
    sources: [
      'Cadre d’établissement de rapports du processus d’Hiroshima sur l’IA (OECD.AI)',
      'Premiers enseignements du cadre d’établissement de rapports du processus d’Hiroshima sur l’IA (OECD.AI)',
    ],
  },
  'china-ai-safety-governance-framework': {
    title: 'Cadre de gouvernance de la sécurité de l’IA de la Chine',
    officialTitle: 'Cadre de gouvernance de la sécurité de l’IA',
    summary:
      'Cadre publié en septembre 2024 par le Comité technique national 260 de normalisation de la cybersécurité de la Chine (TC260), sous la direction de l’Administration du cyberespace de Chine, qui classe les risques pour la sécurité de l’IA et énonce des mesures techniques et de gouvernance à l’intention des développeurs, des fournisseurs de services et des utilisateurs. La version 2.0, publiée en septembre 2025, ajoute des risques tels que l’utilisation abusive de modèles en source ouverte et de l’IA à des fins d’armes chimiques, biologiques, radiologiques et nucléaires, ainsi qu’une méthode de classement des risques par niveau.',
    limits:
      'Des orientations plutôt qu’une réglementation contraignante, de portée nationale : il indique ce que les normes techniques chinoises pourraient exiger, mais n’impose aucune obligation propre.',
    sources: [],
  },
  'california-sb-53': {
    title: 'Loi SB 53 de Californie (Transparency in Frontier Artificial Intelligence Act)',
    officialTitle: 'Loi sur la transparence de l’intelligence artificielle de pointe (Transparency in Frontier Artificial Intelligence Act)',
    summary:
      'Loi californienne, signée le 29 septembre 2025 et en vigueur depuis le 1er janvier 2026, qui impose aux grands développeurs de modèles de pointe (modèles entraînés avec plus de 10^26 opérations) de publier un cadre relatif à l’IA de pointe décrivant la manière dont ils évaluent et gèrent les risques catastrophiques, impose aux développeurs de modèles de pointe de signaler les incidents de sécurité critiques au Bureau des services d’urgence de l’État, et protège les lanceurs d’alerte. Le procureur général peut demander des sanctions civiles pouvant atteindre 1 million de dollars des États-Unis par infraction.',
    limits: 'Une loi d’État : chaque développeur rédige son propre cadre, et la loi ne soumet aucun modèle à autorisation et n’en interdit aucun.',
    sources: ['SB 53, texte du projet de loi (California Legislative Information)'],
  },

  // ------------------------------------------------------ Coopération technique
  'bletchley-declaration': {
    title: 'Déclaration de Bletchley',
    officialTitle: 'Déclaration de Bletchley des pays participant au Sommet sur la sécurité de l’IA, 1er et 2 novembre 2023',
    summary:
      'Adoptée le 1er novembre 2023 lors du Sommet sur la sécurité de l’IA, à Bletchley Park (Royaume-Uni), par 28 pays, dont les États-Unis et la Chine, et par l’Union européenne. Les signataires ont reconnu que l’IA de pointe pouvait causer des préjudices graves, voire catastrophiques, et sont convenus de collaborer pour recenser les risques pour la sécurité de l’IA suscitant une préoccupation commune, en construire une compréhension scientifique partagée et élaborer des politiques fondées sur les risques.',
    limits: 'Une déclaration politique sans obligations, centrée sur l’IA de pointe.',
    sources: ['La Déclaration de Bletchley (GOV.UK)'],
  },
  'international-network-for-advanced-ai-measurement-evaluation-and-science': {
    title: 'Réseau international pour la mesure, l’évaluation et la science de l’IA avancée',
    summary:
      'Réseau d’organismes soutenus par les pouvoirs publics qui travaillent sur la science de la mesure et de l’évaluation de l’IA avancée. Il s’est réuni pour la première fois en novembre 2024 sous le nom de Réseau international des instituts de sécurité de l’IA et a pris son nom actuel en décembre 2025, lorsque le Royaume-Uni en est devenu le coordinateur ; les membres nommés alors sont l’Australie, le Canada, l’Union européenne, la France, le Japon, le Kenya, la République de Corée, Singapour, le Royaume-Uni et les États-Unis.',
    limits: 'Un forum d’échange de méthodes, et non une autorité de réglementation : il n’a aucun pouvoir sur les développeurs, et la Chine n’en est pas membre.',
    sources: ['Réseau international pour la mesure, l’évaluation et la science de l’IA avancée : communiqué de presse (GOV.UK)'],
  },
  'international-ai-safety-report': {
    title: 'Rapport international sur la sécurité de l’IA',
    summary:
      'Évaluation scientifique commune des capacités et des risques de l’IA à usage général, rédigée par une centaine d’experts indépendants sous la présidence de Yoshua Bengio, avec un comité consultatif d’experts dont les membres sont désignés par plus de 30 pays et organisations internationales, parmi lesquels la Chine, les États-Unis, l’UE, l’OCDE et l’ONU. Commandé lors du sommet de Bletchley Park en novembre 2023, il a fait l’objet d’un rapport intermédiaire en mai 2024, d’une première édition complète le 29 janvier 2025 et d’une deuxième édition le 3 février 2026.',
    limits: 'Il fait la synthèse des données disponibles et ne formule aucune recommandation politique ; les gouvernements ne sont pas liés par ses conclusions.',
    sources: ['Rapport international sur la sécurité de l’IA 2026', 'Rapport international sur la sécurité de l’IA 2025'],
  },
  'un-independent-international-scientific-panel-on-ai': {
    title: 'Groupe scientifique international indépendant de l’ONU sur l’IA',
    officialTitle: 'Groupe scientifique international indépendant sur l’intelligence artificielle',
    summary:
      'Groupe de 40 experts siégeant à titre personnel, créé au sein de l’Organisation des Nations Unies par la résolution 79/325 de l’Assemblée générale du 26 août 2025 pour fournir à tous les États des évaluations scientifiques indépendantes des possibilités, des risques et des incidences de l’IA, notamment un rapport annuel présenté au Dialogue mondial sur la gouvernance de l’IA. L’Assemblée générale a nommé ses membres le 12 février 2026, par vote enregistré, pour un mandat de trois ans ; ils ont été choisis parmi plus de 2 600 candidats.',
    limits:
      'Ses rapports ne sont pas prescriptifs – ils évaluent, ils ne recommandent pas de politiques – et ses travaux dépendent des ressources fournies par les États Membres.',
    sources: [RES_79_325, 'Déclaration du Secrétaire général sur la nomination des membres du Groupe, 12 février 2026'],
  },
  'seoul-declaration': {
    title: 'Déclaration de Séoul et déclaration d’intention sur la science de la sécurité de l’IA',
    officialTitle: 'Déclaration de Séoul pour une IA sûre, innovante et inclusive',
    summary:
      'Adoptée par les dirigeants de dix pays et de l’Union européenne lors du Sommet de Séoul sur l’IA, le 21 mai 2024, coorganisé par la République de Corée et le Royaume-Uni. Son annexe, la Déclaration d’intention de Séoul en faveur de la coopération internationale sur la science de la sécurité de l’IA, les engage à coopérer sur la science de la sécurité de l’IA par l’intermédiaire d’institutions soutenues par les pouvoirs publics, telles que les instituts de sécurité de l’IA.',
    limits: 'Politique et non contraignante ; la Chine n’a pas signé la déclaration des dirigeants.',
    sources: ['Déclaration de Séoul pour une IA sûre, innovante et inclusive, Sommet de Séoul sur l’IA 2024 (GOV.UK)'],
  },
  'paris-ai-action-summit-statement': {
    title: 'Déclaration du Sommet pour l’action sur l’IA de Paris',
    officialTitle: 'Déclaration sur une intelligence artificielle inclusive et durable pour les peuples et la planète',
    summary:
      'Déclaration finale du Sommet pour l’action sur l’IA, tenu à Paris les 10 et 11 février 2025 et coprésidé par la France et l’Inde. Ses signataires, une soixantaine, dont la Chine, l’Inde, l’Union européenne et la Commission de l’Union africaine, ont fixé des priorités telles que rendre l’IA accessible afin de réduire les fractures numériques ; ouverte, inclusive, transparente, éthique, sûre et digne de confiance ; et durable pour les peuples et la planète.',
    limits:
      'Les États-Unis et le Royaume-Uni ne l’ont pas signée et, comme les déclarations des sommets précédents, elle ne concerne que les utilisations civiles de l’IA.',
    sources: ['Déclaration sur une intelligence artificielle inclusive et durable pour les peuples et la planète (Élysée)'],
  },
  'ai-impact-summit-declaration': {
    title: 'Déclaration du Sommet sur l’impact de l’IA (New Delhi)',
    summary:
      'Déclaration du Sommet sur l’impact de l’IA, accueilli par l’Inde à New Delhi en février 2026, approuvée par 88 pays et organisations internationales, dont les États-Unis, la Chine, le Royaume-Uni et l’Union européenne. Elle s’articule autour de sept piliers, parmi lesquels la démocratisation des ressources d’IA, une IA sécurisée et digne de confiance, l’IA au service de la science et le développement du capital humain, et prend note d’initiatives volontaires telles qu’une Charte pour la diffusion démocratique de l’IA.',
    limits: 'Volontaire et non contraignante, elle met l’accent sur l’accès à l’IA et la souveraineté nationale plutôt que sur des limites à l’IA présentant des risques.',
    sources: [],
  },
  'singapore-consensus-on-ai-safety-research-priorities': {
    title: 'Consensus de Singapour sur les priorités mondiales de la recherche en sécurité de l’IA',
    officialTitle: 'Le Consensus de Singapour sur les priorités mondiales de la recherche en sécurité de l’IA',
    summary:
      'Résultat de la Conférence de Singapour sur l’IA de 2025, tenue en marge de la conférence ICLR en avril 2025, au cours de laquelle des chercheurs en IA de nombreux pays ont défini des priorités de recherche technique sur la sécurité de l’IA dans trois domaines : l’évaluation des risques, le développement de systèmes dignes de confiance, et la surveillance et l’intervention après le déploiement. Il s’appuie sur le Rapport international sur la sécurité de l’IA et met en évidence des domaines dans lesquels même des concurrents ont des raisons de coopérer.',
    limits: 'Un programme de recherche : il ne fixe aucune règle et n’engage aucun gouvernement ni aucune entreprise à financer ou à mener ces recherches.',
    sources: ['Le Consensus de Singapour sur les priorités mondiales de la recherche en sécurité de l’IA (arXiv:2506.20702)'],
  },
  'us-china-intergovernmental-dialogue-on-ai': {
    title: 'Dialogue intergouvernemental entre les États-Unis et la Chine sur l’IA',
    summary:
      'Canal de gouvernement à gouvernement sur l’IA convenu par les Présidents Joe Biden et Xi Jinping lors de leur rencontre à Woodside (Californie), en novembre 2023. Sa première réunion, tenue à Genève le 14 mai 2024, a réuni des responsables des deux gouvernements pour un échange de vues sur les risques des technologies d’IA et sur la gouvernance mondiale.',
    limits: 'Un échange de vues, et non une négociation : la première réunion n’a produit aucun texte commun.',
    sources: [],
  },
  'global-ai-governance-action-plan': {
    title: 'Plan d’action pour la gouvernance mondiale de l’IA (Chine)',
    officialTitle: 'Plan d’action pour la gouvernance mondiale de l’IA',
    summary:
      'Plan présenté par la Chine lors de la Conférence mondiale sur l’intelligence artificielle, à Shanghai, le 26 juillet 2025, qui propose 13 actions de coopération internationale en matière de développement et de gouvernance de l’IA – notamment dans les domaines des infrastructures, du partage en source ouverte, des normes, de la sécurité et du renforcement des capacités pour le Sud global –, conformément au Pacte pour l’avenir et au Pacte numérique mondial des Nations Unies.',
    limits: 'Une proposition nationale invitant d’autres acteurs à agir ; elle ne crée aucun engagement pour les autres États.',
    sources: [],
  },
  'world-ai-cooperation-organization': {
    title: 'Organisation mondiale de coopération en matière d’IA (proposition)',
    summary:
      'Organisation internationale de coopération en matière d’IA proposée par le Premier Ministre chinois, Li Qiang, lors de la Conférence mondiale sur l’intelligence artificielle, à Shanghai, le 26 juillet 2025, dont le siège serait provisoirement établi à Shanghai. La Chine la présente comme une plateforme ouverte à tous les pays pour coordonner le développement de l’IA et les règles de gouvernance et aider les pays en développement à renforcer leurs capacités.',
    limits: 'Une proposition : à la mi-2026, sa composition, son mandat et ses pouvoirs n’avaient pas été arrêtés.',
    sources: [],
  },

  // --------------------------------------------------------- Réponse aux situations d’urgence
  'oecd-ai-incidents-monitor': {
    title: 'Moniteur des incidents liés à l’IA de l’OCDE (AIM)',
    summary:
      'Base de données qui recense les incidents et les dangers liés à l’IA signalés dans des médias d’information réputés du monde entier et les classe à l’aide de modèles d’apprentissage automatique – par type de préjudice, gravité, secteur et autres catégories – afin de constituer une base factuelle pour l’élaboration des politiques et pour un cadre commun de signalement des incidents.',
    limits:
      'Il consigne après coup les incidents rendus publics ; ce n’est pas un système de notification, et il ne soutient pas une réponse pendant que les événements se déroulent.',
    sources: ['Moniteur des incidents liés à l’IA de l’OCDE (OECD.AI)', 'Moniteur des incidents liés à l’IA : méthodologie (OECD.AI)'],
  },
  'oecd-common-ai-incident-reporting-framework': {
    title: 'Travaux de l’OCDE sur un cadre commun de signalement des incidents liés à l’IA',
    summary:
      'Travaux menés par l’OCDE et son groupe d’experts sur les incidents liés à l’IA en vue d’un cadre commun de signalement des incidents liés à l’IA, afin que les dispositifs de signalement obligatoires et volontaires mis en place dans différentes juridictions utilisent les mêmes termes et puissent fonctionner ensemble. Dans un premier temps, l’OCDE a publié en 2024 des définitions d’un « incident lié à l’IA » et d’un « danger lié à l’IA ».',
    limits: 'Un cadre visant à harmoniser les signalements nationaux et ceux des entreprises, et non un canal de signalement entre États ; il n’engage personne.',
    sources: ['Risques et incidents liés à l’IA (OCDE)'],
  },
  'eu-ai-act-serious-incident-reporting': {
    title:
      'Règlement de l’UE sur l’IA, article 55, paragraphe 1, point c) : signalement des incidents graves par les fournisseurs de modèles d’IA à usage général présentant un risque systémique',
    officialTitle: 'Règlement (UE) 2024/1689 (règlement sur l’intelligence artificielle), article 55, paragraphe 1, point c)',
    summary:
      'Impose aux fournisseurs de modèles d’IA à usage général présentant un risque systémique de suivre, de documenter et de communiquer sans retard injustifié au Bureau de l’IA de l’UE – et, le cas échéant, aux autorités nationales – les informations pertinentes relatives aux incidents graves ainsi qu’aux éventuelles mesures correctives. L’obligation s’applique depuis le 2 août 2025 ; le chapitre sur la sûreté et la sécurité du code de bonnes pratiques pour l’IA à usage général précise comment les signataires s’y conforment. (L’article 73 fixe une obligation distincte pour les systèmes d’IA à haut risque.)',
    limits:
      'Une obligation de signalement aux autorités de l’UE, et non un mécanisme international de notification. Les fournisseurs de modèles mis sur le marché avant le 2 août 2025 ont jusqu’au 2 août 2027 pour s’y conformer.',
    sources: [AI_ACT_OJ],
  },
  'un-security-council-meetings-on-ai': {
    title: 'Séances du Conseil de sécurité de l’ONU sur l’IA et la paix et la sécurité internationales',
    summary:
      'Le Conseil de sécurité a tenu sa première séance sur l’intelligence artificielle le 18 juillet 2023, sous la présidence du Royaume-Uni, une nouvelle séance d’information en décembre 2024 et un débat public de haut niveau sur l’IA et la paix et la sécurité internationales le 24 septembre 2025, présidé par le Président de la République de Corée, Lee Jae Myung.',
    limits:
      'Des débats, non des décisions : en septembre 2025, le Conseil n’avait adopté aucune résolution sur l’IA, et toute décision qu’il prend est soumise au veto de ses membres permanents.',
    sources: [],
  },
  'idais-venice-statement': {
    title: 'Déclaration IDAIS-Venice : la sécurité de l’IA en tant que bien public mondial',
    officialTitle: 'Déclaration de consensus sur la sécurité de l’IA en tant que bien public mondial',
    summary:
      'Déclaration de consensus de scientifiques de l’IA de Chine et d’Occident publiée à l’issue du troisième Dialogue international sur la sécurité de l’IA, tenu à Venise en septembre 2024. Elle appelle les États à mettre en place des autorités capables de détecter les incidents liés à l’IA et les risques catastrophiques et d’y répondre, à coordonner un plan d’urgence mondial au moyen d’accords et d’institutions de préparation aux situations d’urgence, et à financer la recherche sur l’assurance de la sécurité et sur la vérification.',
    limits: BY_SCIENTISTS,
    sources: ['IDAIS-Venice, 2024 (Dialogues internationaux sur la sécurité de l’IA)'],
  },

  // ----------------------------------------------------------- Partage des bénéfices
  'unga-resolution-78-265': {
    title: 'Résolution 78/265 de l’Assemblée générale des Nations Unies sur une IA sûre, sécurisée et digne de confiance au service du développement durable',
    officialTitle: 'Saisir les possibilités offertes par des systèmes d’intelligence artificielle sûrs, sécurisés et dignes de confiance pour le développement durable',
    summary:
      'Première résolution de l’Assemblée générale sur l’IA, adoptée sans vote le 21 mars 2024 sur une proposition dont les États-Unis ont pris l’initiative. Elle encourage les États à promouvoir des systèmes d’IA sûrs, sécurisés et dignes de confiance au service du développement durable, à respecter les droits de l’homme tout au long de leur cycle de vie et à aider les pays en développement à combler les fractures numériques.',
    limits: 'Non contraignante, et limitée à l’IA dans le domaine non militaire.',
    sources: ['Résolution 78/265 de l’Assemblée générale (A/RES/78/265)'],
  },
  'unga-resolution-78-311': {
    title: 'Résolution 78/311 de l’Assemblée générale des Nations Unies sur le renforcement des capacités en matière d’IA',
    officialTitle: 'Renforcement de la coopération internationale en matière de renforcement des capacités dans le domaine de l’intelligence artificielle',
    summary:
      'Adoptée sans vote le 1er juillet 2024 sur une proposition dont la Chine a pris l’initiative, elle appelle à la coopération et au soutien internationaux, en particulier en faveur des pays en développement, pour renforcer les capacités en matière d’IA – compétences, infrastructures, accès et partage des connaissances – à l’appui des objectifs de développement durable.',
    limits: 'Non contraignante, elle ne crée ni fonds ni mécanisme propre.',
    sources: ['Résolution 78/311 de l’Assemblée générale (A/RES/78/311)'],
  },
  'governing-ai-for-humanity': {
    title: 'Gouverner l’IA au service de l’humanité (rapport final de l’Organe consultatif de haut niveau des Nations Unies sur l’IA)',
    officialTitle: 'Gouverner l’IA au service de l’humanité : rapport final',
    summary:
      'Rapport final de l’Organe consultatif de haut niveau sur l’intelligence artificielle du Secrétaire général de l’ONU, publié en septembre 2024. Ses sept recommandations portent notamment sur un groupe scientifique international sur l’IA, un dialogue politique sur la gouvernance de l’IA, un mécanisme d’échange sur les normes d’IA, un réseau de développement des capacités en matière d’IA, un fonds mondial pour l’IA destiné à combler la fracture de l’IA, un cadre mondial relatif aux données d’IA et un petit bureau de l’IA au sein du Secrétariat de l’ONU.',
    limits:
      'Des recommandations seulement : il revenait aux États Membres de décider lesquelles retenir, comme ils l’ont fait en 2025 pour le groupe scientifique et le dialogue mondial.',
    sources: ['Organe consultatif de haut niveau sur l’intelligence artificielle (Organisation des Nations Unies)'],
  },
  'global-digital-compact': {
    title: 'Pacte numérique mondial',
    officialTitle: 'Pacte numérique mondial (annexe I du Pacte pour l’avenir)',
    summary:
      'Cadre de coopération numérique internationale arrêté par les États Membres de l’ONU le 22 septembre 2024 en tant qu’annexe du Pacte pour l’avenir (résolution 79/1 de l’Assemblée générale). En ce qui concerne l’IA, les États Membres se sont engagés à créer, au sein de l’ONU, un groupe scientifique international indépendant sur l’IA et un dialogue mondial sur la gouvernance de l’IA, et à renforcer les capacités en matière d’IA, en particulier dans les pays en développement.',
    limits: 'Des engagements politiques sans moyen d’exécution ; la création de ses organes consacrés à l’IA a nécessité des décisions ultérieures de l’Assemblée générale.',
    sources: ['Le Pacte pour l’avenir, résolution 79/1 de l’Assemblée générale (A/RES/79/1)'],
  },
  'unesco-recommendation-on-the-ethics-of-ai': {
    title: 'Recommandation de l’UNESCO sur l’éthique de l’intelligence artificielle',
    officialTitle: 'Recommandation sur l’éthique de l’intelligence artificielle',
    summary:
      'Premier instrument normatif mondial sur l’éthique de l’IA, adopté en novembre 2021 par la Conférence générale de l’UNESCO, qui représente ses 193 États membres. Outre des valeurs et des principes, elle définit des domaines d’action tels que la gouvernance des données, l’environnement, le genre, l’éducation et la santé, et l’UNESCO aide les pays à l’appliquer, notamment au moyen d’une méthodologie d’évaluation de l’état de préparation.',
    limits: 'Non contraignante : la mesure dans laquelle elle est appliquée dépend de chaque État membre.',
    sources: ['Recommandation sur l’éthique de l’intelligence artificielle (UNESCO)'],
  },
  'current-ai': {
    title: 'Partenariat Current AI',
    summary:
      'Partenariat d’intérêt public pour l’IA lancé lors du Sommet pour l’action sur l’IA, à Paris, en février 2025, avec une dotation initiale de 400 millions de dollars des États-Unis provenant du Gouvernement français, d’autres gouvernements, d’organisations philanthropiques et d’entreprises, et l’objectif de réunir 2,5 milliards de dollars sur cinq ans. Il soutient des biens publics pour l’IA, tels que l’accès à des ensembles de données de haute qualité, des outils et des infrastructures en source ouverte, et des moyens de mesurer l’impact social et environnemental de l’IA.',
    limits: 'Financé sur une base volontaire, il dispose de ressources modestes au regard des investissements privés dans l’IA.',
    sources: ['Site de Current AI'],
  },
  'african-union-continental-ai-strategy': {
    title: 'Stratégie continentale de l’Union africaine sur l’intelligence artificielle',
    officialTitle: 'Stratégie continentale sur l’intelligence artificielle',
    summary:
      'Stratégie de l’Union africaine visant à mettre l’IA au service du développement de l’Afrique, approuvée par les ministres africains chargés de la communication et des TIC en juin 2024 et adoptée par le Conseil exécutif de l’UA à Accra en juillet 2024. Elle préconise des infrastructures, des données et des compétences africaines en matière d’IA, des stratégies et une gouvernance nationales de l’IA, ainsi qu’une voix africaine plus forte dans la gouvernance mondiale de l’IA, sa mise en œuvre étant prévue de 2025 à 2030.',
    limits: 'Une stratégie dont la mise en œuvre incombe aux États membres : elle dépend de l’action et des financements nationaux, et ne crée aucune règle contraignante.',
    sources: ['Stratégie continentale sur l’intelligence artificielle (Union africaine)'],
  },
  'ai-capacity-building-action-plan': {
    title: 'Plan d’action pour le renforcement des capacités en matière d’IA, pour le bien et pour tous (Chine)',
    officialTitle: 'Plan d’action pour le renforcement des capacités en matière d’IA, pour le bien et pour tous',
    summary:
      'Plan d’action présenté par le Ministre chinois des affaires étrangères, Wang Yi, lors d’une réunion de haut niveau tenue à l’ONU en septembre 2024 pour donner suite à la résolution 78/311, qui porte sur les infrastructures, les applications, les compétences, les données et la gouvernance de la sécurité de l’IA pour le Sud global. La Chine et la Zambie ont également lancé à l’ONU un Groupe d’amis pour la coopération internationale en matière de renforcement des capacités dans le domaine de l’IA, qui s’est réuni pour la première fois en décembre 2024.',
    limits: 'Une initiative nationale : ses résultats dépendent des programmes de la Chine et de ses partenaires.',
    sources: [],
  },
  'itu-ai-for-good': {
    title: 'AI for Good (UIT)',
    summary:
      'Plateforme des Nations Unies organisée par l’Union internationale des télécommunications avec d’autres organismes des Nations Unies, surtout connue pour son sommet mondial tenu à Genève depuis 2017, qui met en relation des personnes travaillant sur l’IA avec des problèmes de développement durable et accueille des travaux sur les normes relatives à l’IA.',
    limits: 'Une plateforme de rencontre et de mise en relation : elle n’édicte aucune règle.',
    sources: ['AI for Good (UIT)'],
  },

  // ----------------------------------------------- Dispositifs institutionnels
  'council-of-europe-framework-convention-on-ai': {
    title: 'Convention-cadre du Conseil de l’Europe sur l’intelligence artificielle',
    officialTitle: 'Convention-cadre du Conseil de l’Europe sur l’intelligence artificielle et les droits de l’homme, la démocratie et l’État de droit',
    summary:
      'Premier traité international juridiquement contraignant sur l’IA, adopté par le Comité des Ministres du Conseil de l’Europe le 17 mai 2024 et ouvert à la signature à Vilnius le 5 septembre 2024, date à laquelle il a été signé par l’Union européenne, le Royaume-Uni, les États-Unis, Israël et plusieurs autres États européens. Les parties doivent veiller à ce que les activités menées tout au long du cycle de vie des systèmes d’IA respectent les droits de l’homme, la démocratie et l’État de droit, évaluer et atténuer les risques, et évaluer la nécessité d’interdictions ou de moratoires visant certaines utilisations (article 16) ; les États non européens peuvent y adhérer.',
    limits:
      'Elle entre en vigueur lorsque cinq signataires, dont trois États membres du Conseil de l’Europe, l’ont ratifiée ; il convient de vérifier auprès du Bureau des traités du Conseil de l’Europe si tel est le cas. Les parties ne sont pas tenues de l’appliquer aux activités de protection de la sécurité nationale, elle ne couvre pas la défense nationale, et les parties peuvent choisir la manière de s’acquitter de ses obligations dans le secteur privé.',
    sources: [
      'La Convention-cadre sur l’intelligence artificielle (Conseil de l’Europe)',
      'Détails du traité, STCE n° 225 (Bureau des traités du Conseil de l’Europe)',
    ],
  },
  'oecd-ai-principles': {
    title: 'Principes de l’OCDE sur l’IA',
    officialTitle: 'Recommandation du Conseil sur l’intelligence artificielle',
    summary:
      'Principes pour une IA digne de confiance adoptés par le Conseil de l’OCDE le 22 mai 2019 – la première norme intergouvernementale sur l’IA – et révisés le 3 mai 2024 pour tenir compte de l’IA à usage général et de l’IA générative. Les pays non membres de l’OCDE peuvent adhérer à ces principes, qui constituent le fondement des Principes du G20 sur l’IA et du Partenariat mondial sur l’IA.',
    limits: 'Une recommandation non contraignante : l’adhésion est un engagement politique, sans aucun moyen d’en assurer le respect.',
    sources: ['Principes de l’OCDE sur l’IA (OECD.AI)', 'Recommandation du Conseil sur l’intelligence artificielle, OECD/LEGAL/0449'],
  },
  'g20-ai-principles': {
    title: 'Principes du G20 sur l’IA',
    summary:
      'Principes pour une IA centrée sur l’humain, tirés des Principes de l’OCDE sur l’IA, que les ministres du commerce et de l’économie numérique du G20 ont adoptés à Tsukuba (Japon) en juin 2019 et que les dirigeants du G20 ont salués lors de leur sommet d’Osaka plus tard le même mois. Par leur intermédiaire, des pays non membres de l’OCDE comme la Chine et l’Inde ont souscrit aux mêmes principes.',
    limits: 'Des principes non contraignants, sans mécanisme de suivi propre.',
    sources: [],
  },
  'global-partnership-on-ai': {
    title: 'Partenariat mondial sur l’intelligence artificielle (PMIA)',
    summary:
      'Partenariat lancé en juin 2020 pour réunir gouvernements et experts autour d’une IA responsable, dont le secrétariat est assuré par l’OCDE. En juillet 2024, il a été fusionné avec les travaux propres de l’OCDE sur l’IA au sein d’un partenariat unique portant le nom de PMIA, composé initialement de 44 pays participant sur un pied d’égalité sur la base des Principes de l’OCDE sur l’IA.',
    limits: 'Un forum de travaux sur les politiques et de recherche, sans pouvoir d’édicter des règles ; ses membres doivent souscrire aux Principes de l’OCDE sur l’IA.',
    sources: [],
  },
  'global-dialogue-on-ai-governance': {
    title: 'Dialogue mondial des Nations Unies sur la gouvernance de l’IA',
    officialTitle: 'Dialogue mondial sur la gouvernance de l’intelligence artificielle',
    summary:
      'Enceinte au sein de l’Organisation des Nations Unies, créée par la résolution 79/325 de l’Assemblée générale et lancée lors d’une réunion de haut niveau à New York le 25 septembre 2025, dans laquelle les gouvernements et d’autres parties prenantes – elle est à la fois intergouvernementale et multipartite – examinent la coopération internationale en matière de gouvernance de l’IA. Ses sessions étaient prévues à Genève en juillet 2026 et à New York en 2027, et le Groupe scientifique international indépendant sur l’IA y présente son rapport annuel.',
    limits:
      'Un dialogue, et non un organe de négociation : il ne prend aucune décision contraignante, et les États-Unis ont fait savoir qu’ils s’opposaient à une gouvernance internationale centralisée de l’IA.',
    sources: [RES_79_325],
  },
  'g7-hiroshima-ai-process': {
    title: 'Processus d’Hiroshima du G7 sur l’IA',
    summary:
      'Processus du G7 sur l’IA générative et avancée lancé lors du sommet du G7 à Hiroshima en mai 2023, sous la présidence japonaise. Il a produit les Principes directeurs internationaux et le Code de conduite pour les organisations développant une IA avancée en octobre 2023, ainsi qu’un Cadre politique global approuvé par les dirigeants du G7 en décembre 2023 ; l’OCDE assure le suivi du Code au moyen d’un cadre d’établissement de rapports.',
    limits: 'Il réunit le G7 et les pays qui choisissent de se joindre à ses travaux, et tous ses instruments sont volontaires.',
    sources: ['Processus d’Hiroshima sur l’IA : documents (Ministère des affaires intérieures et des communications, Japon)'],
  },
  'ai-summit-series': {
    title: 'Série de sommets sur l’IA (Bletchley Park, Séoul, Paris, New Delhi)',
    summary:
      'Série de sommets intergouvernementaux sur l’IA, chacun accueilli par un ou deux gouvernements : le Sommet sur la sécurité de l’IA à Bletchley Park (novembre 2023), le Sommet de Séoul sur l’IA (mai 2024), le Sommet pour l’action sur l’IA à Paris (février 2025) et le Sommet sur l’impact de l’IA à New Delhi (février 2026). Son centre d’intérêt s’est déplacé de la sécurité de l’IA de pointe vers l’innovation, l’accès à l’IA et son impact.',
    limits:
      'Elle n’a ni secrétariat, ni membres, ni mandat permanent : chaque hôte fixe l’ordre du jour et les invitations, et tous les participants ne signent pas chaque document final.',
    sources: [],
  },
  'un-office-for-digital-and-emerging-technologies': {
    title: 'Bureau des technologies numériques et émergentes des Nations Unies',
    summary:
      'Bureau du Secrétariat de l’ONU qui a succédé au Bureau de l’Envoyé du Secrétaire général pour les technologies le 1er janvier 2025, à la suite d’une décision de l’Assemblée générale de décembre 2024 prise pour donner suite au Pacte numérique mondial. Il est le point focal du système des Nations Unies pour la coopération numérique et appuie la mise en œuvre du Pacte, y compris ses décisions relatives à la gouvernance de l’IA.',
    limits: 'Un bureau du Secrétariat chargé de coordonner et de réunir les acteurs ; il n’a aucun pouvoir de réglementation.',
    sources: [],
  },
  'iaea-for-ai-proposals': {
    title: 'Propositions d’une « AIEA de l’IA »',
    summary:
      'Propositions d’une agence internationale pour l’IA avancée sur le modèle de l’Agence internationale de l’énergie atomique, capable de fixer des normes de sécurité et de procéder à des inspections et à des vérifications. L’idée a été avancée par les dirigeants d’OpenAI en mai 2023 et, en juin 2023, le Secrétaire général de l’ONU a déclaré qu’il serait favorable à une telle agence.',
    limits: 'Aucune négociation sur une telle agence n’a commencé ; une agence dotée de pouvoirs d’inspection nécessiterait un traité.',
    sources: [],
  },

  // ---------------------------------------------------- Mécanismes de respect des engagements
  'council-of-europe-ai-convention-follow-up': {
    title: 'Mécanisme de suivi de la Convention du Conseil de l’Europe sur l’IA (Conférence des Parties)',
    summary:
      'La Convention-cadre institue une Conférence des Parties (article 23) chargée de suivre la manière dont les parties la mettent en œuvre, de formuler des recommandations sur son interprétation et son application et d’aider à régler les différends, et impose à chaque partie de lui faire rapport dans les deux ans qui suivent le moment où elle devient partie, puis périodiquement (article 24).',
    limits: 'Une instance d’examen par les pairs, sans pouvoir d’inspection ni de sanction, qui ne se réunit qu’une fois la convention entrée en vigueur.',
    sources: ['La Convention-cadre sur l’intelligence artificielle (Conseil de l’Europe)'],
  },
  'eu-ai-act-enforcement': {
    title: 'Application du règlement de l’UE sur l’IA : sanctions, autorités nationales et Bureau de l’IA',
    officialTitle: 'Règlement (UE) 2024/1689 (règlement sur l’intelligence artificielle), chapitre XII : Sanctions',
    summary:
      'Les autorités nationales de surveillance du marché assurent l’essentiel de l’application du règlement sur l’IA et infligent ses amendes – jusqu’à 35 millions d’euros ou 7 % du chiffre d’affaires annuel mondial pour les pratiques interdites –, tandis que la Commission européenne, par l’intermédiaire de son Bureau de l’IA, supervise les fournisseurs de modèles d’IA à usage général et peut leur infliger des amendes pouvant atteindre 15 millions d’euros ou 3 % du chiffre d’affaires. Les règles relatives aux sanctions s’appliquent depuis le 2 août 2025, et le pouvoir de la Commission d’infliger des amendes aux fournisseurs de modèles à usage général depuis le 2 août 2026.',
    limits:
      'L’application s’arrête aux frontières de l’UE et ne s’étend pas à l’IA utilisée exclusivement à des fins militaires, de défense ou de sécurité nationale.',
    sources: [AI_ACT_OJ],
  },
  'us-ai-diffusion-rule': {
    title: 'Règle des États-Unis sur la diffusion de l’IA',
    officialTitle: 'Cadre pour la diffusion de l’intelligence artificielle',
    summary:
      'Règle finale provisoire du Bureau de l’industrie et de la sécurité des États-Unis, publiée en janvier 2025, qui aurait soumis à licence dans le monde entier les exportations des puces d’IA les plus avancées, les pays étant répartis en trois catégories soumises à des limites différentes, et aurait contrôlé les exportations des poids de certains modèles d’IA avancés à poids fermés. Le 13 mai 2025, deux jours avant la date à laquelle les entreprises auraient dû s’y conformer, le Département du commerce a annoncé qu’il abrogeait la règle et ne l’appliquerait pas.',
    limits:
      'Retirée avant que les entreprises aient eu à s’y conformer ; les contrôles antérieurs des États-Unis sur les exportations de puces avancées restent en place, et le Département a indiqué qu’il publierait une règle de remplacement.',
    sources: [],
  },
  'us-export-controls-on-advanced-ai-chips': {
    title: 'Contrôles des États-Unis sur les exportations de puces d’IA avancées',
    summary:
      'Règles du Bureau de l’industrie et de la sécurité des États-Unis, publiées pour la première fois en octobre 2022 et renforcées en octobre 2023 et en décembre 2024, qui soumettent à licence l’exportation des puces d’IA les plus avancées, ainsi que des équipements de fabrication de puces avancées, vers la Chine et certaines autres destinations. Elles visent à limiter l’accès à la puissance de calcul nécessaire pour entraîner les modèles d’IA de pointe.',
    limits:
      'Une mesure nationale, et non un accord international : elle dépend de la répression de la contrebande et de la coopération d’autres pays qui fabriquent des puces et des équipements de fabrication de puces, et ses modalités évoluent au gré de la politique des États-Unis.',
    sources: [],
  },
  'chip-security-act': {
    title: 'Chip Security Act (projet de loi des États-Unis sur la vérification de la localisation des puces d’IA)',
    officialTitle: 'Loi sur la sécurité des puces (Chip Security Act)',
    summary:
      'Projet de loi déposé au Sénat des États-Unis le 8 mai 2025, accompagné d’un projet de loi jumeau à la Chambre des représentants, qui imposerait que les puces d’IA avancées soumises à des contrôles à l’exportation soient dotées de mécanismes de vérification de la localisation et que les exportateurs signalent tout détournement ou toute manipulation au Bureau de l’industrie et de la sécurité, et chargerait les départements du commerce et de la défense d’évaluer d’autres mécanismes de sécurité des puces.',
    limits: 'Un projet de loi, et non une loi ; il s’ajouterait aux contrôles nationaux des exportations plutôt que de créer un régime international de vérification.',
    sources: ['S. 1705, Chip Security Act, texte déposé (Congress.gov)'],
  },
  'compute-based-verification': {
    title: 'Vérification des engagements en matière d’IA fondée sur la puissance de calcul (propositions de recherche)',
    summary:
      'Propositions de chercheurs et d’analystes des politiques publiques visant à vérifier les engagements en matière d’IA en surveillant les grandes quantités de matériel informatique spécialisé qu’exige l’entraînement des modèles avancés – par exemple au moyen de registres de puces, de mécanismes intégrés au matériel et d’inspections de centres de données.',
    limits: 'Des propositions de recherche : aucun gouvernement n’a accepté un tel régime, et les mécanismes techniques sont encore en cours de développement.',
    sources: [],
  },
}
