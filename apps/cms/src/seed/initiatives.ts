/**
 * The initiatives the site starts with (the current efforts of each building
 * block, as a collection of their own) and the actors that lead or take part
 * in them. Pure data — nothing here talks to Payload; `index.ts` turns it into
 * documents.
 *
 * Rules kept here (and checked by initiatives.test.ts):
 * - only what is certain: dates as precise as is known ("2024-05" rather than a
 *   guessed day), identifiers and official titles only where certain;
 * - a status holds "as of" its statusCheckedOn: today (2026-12-02) where it is
 *   sure to hold still, otherwise the day of the latest record that shows it;
 * - sources are official pages whose address is certain; none rather than a
 *   guessed one.
 */
import type { ActorKind, InitiativeKind, InitiativeStatus } from '@global-ai-governance/content'

/** ISO 8601 date of reduced precision: "2024", "2024-05" or "2024-05-21" — only as precise as is certain. */
export type PartialDate = string
export type SeedActor = {
  slug: string            // e.g. 'oecd', 'european-union', 'united-nations-general-assembly'
  name: string            // 'Organisation for Economic Co-operation and Development'
  shortName?: string      // 'OECD'
  kind: ActorKind
  /** Official site, https, only when certain. */
  url?: string
}
export type SeedInitiative = {
  slug: string                 // lower-case words joined by hyphens, <= 120 chars, unique
  title: string                // the common short name, <= 200 chars, e.g. 'EU AI Act'
  officialTitle?: string       // the official title, <= 300 chars, e.g. 'Regulation (EU) 2024/1689 of the European Parliament and of the Council of 13 June 2024 laying down harmonised rules on artificial intelligence (Artificial Intelligence Act)'
  identifier?: string          // official identifier where one exists: 'A/RES/78/265', 'CETS No. 225', 'Regulation (EU) 2024/1689', 'ISO/IEC 42001:2023'
  kind: InitiativeKind
  status: InitiativeStatus
  /** The day the status was last checked: use '2026-12-02' (today) for what you are sure still holds. */
  statusCheckedOn: string
  dates: { announced?: PartialDate; adopted?: PartialDate; inForce?: PartialDate }   // at least one
  buildingBlocks: string[]     // building-block slugs from data.ts, at least one
  risks: string[]              // risk slugs from data.ts (may be empty)
  actors: string[]             // SeedActor slugs (at least one)
  summary: string              // 1–3 plain sentences, <= 1200 chars, what it is and does
  limits?: string              // one or two sentences on what it does not do (binding? who is outside? scope), <= 1200 chars
  sources: { title: string; url: string }[]   // official pages only, https only, only addresses you are sure of
  related?: string[]           // slugs of other initiatives (successor, parent instrument, companion)
}

/** The day the statuses below were checked. */
const TODAY = '2026-12-02'

// Risk slugs, as in data.ts.
const WMD = 'enabling-construction-of-weapons-of-mass-destruction'
const CONTROL = 'loss-of-control'
const CYBER = 'cybersecurity'
const DISINFO = 'manipulation-and-disinformation'
const CONFLICT = 'great-power-conflict'
const CONCENTRATION = 'power-concentration-and-exacerbated-inequality'
const BIAS = 'bias'
const LABOUR = 'labor-displacement'

// Sources used by more than one initiative.
const AI_ACT_OJ = { title: 'Regulation (EU) 2024/1689 (Artificial Intelligence Act), Official Journal of the EU', url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj' }
const RES_79_325 = { title: 'General Assembly resolution 79/325 (A/RES/79/325)', url: 'https://docs.un.org/en/A/RES/79/325' }

// ---------------------------------------------------------------------------
// Actors: organisations and groups of states the tracker filters by.

export const actors: SeedActor[] = [
  // United Nations
  { slug: 'united-nations-general-assembly', name: 'United Nations General Assembly', shortName: 'UNGA', kind: 'international-organisation', url: 'https://www.un.org/en/ga/' },
  { slug: 'united-nations-security-council', name: 'United Nations Security Council', shortName: 'UNSC', kind: 'international-organisation', url: 'https://www.un.org/securitycouncil/' },
  { slug: 'united-nations-secretary-general', name: 'United Nations Secretary-General', shortName: 'UN Secretary-General', kind: 'international-organisation', url: 'https://www.un.org/sg/en' },
  {
    slug: 'un-office-for-digital-and-emerging-technologies',
    name: 'United Nations Office for Digital and Emerging Technologies',
    shortName: 'ODET',
    kind: 'international-organisation',
  },
  { slug: 'unesco', name: 'United Nations Educational, Scientific and Cultural Organization', shortName: 'UNESCO', kind: 'international-organisation', url: 'https://www.unesco.org/' },
  { slug: 'itu', name: 'International Telecommunication Union', shortName: 'ITU', kind: 'international-organisation', url: 'https://www.itu.int/' },
  // Other international organisations and groups of states
  { slug: 'oecd', name: 'Organisation for Economic Co-operation and Development', shortName: 'OECD', kind: 'international-organisation', url: 'https://www.oecd.org/' },
  { slug: 'council-of-europe', name: 'Council of Europe', shortName: 'CoE', kind: 'international-organisation', url: 'https://www.coe.int/' },
  { slug: 'european-union', name: 'European Union', shortName: 'EU', kind: 'international-organisation', url: 'https://european-union.europa.eu/' },
  { slug: 'african-union', name: 'African Union', shortName: 'AU', kind: 'international-organisation', url: 'https://au.int/' },
  { slug: 'g7', name: 'Group of Seven', shortName: 'G7', kind: 'group-of-states' },
  { slug: 'g20', name: 'Group of Twenty', shortName: 'G20', kind: 'group-of-states' },
  { slug: 'global-partnership-on-ai', name: 'Global Partnership on Artificial Intelligence', shortName: 'GPAI', kind: 'group-of-states' },
  {
    slug: 'ai-summit-series',
    name: 'AI summit series (Bletchley Park, Seoul, Paris, New Delhi)',
    shortName: 'AI summits',
    kind: 'group-of-states',
  },
  {
    slug: 'ccw-high-contracting-parties',
    name: 'High Contracting Parties to the Convention on Certain Conventional Weapons',
    shortName: 'CCW states parties',
    kind: 'group-of-states',
  },
  // Standards bodies
  {
    slug: 'iso-iec-jtc-1-sc-42',
    name: 'ISO/IEC JTC 1/SC 42 Artificial intelligence',
    shortName: 'ISO/IEC SC 42',
    kind: 'standards-body',
    url: 'https://www.iso.org/committee/6794475.html',
  },
  { slug: 'cen-cenelec', name: 'European Committee for Standardization and European Committee for Electrotechnical Standardization', shortName: 'CEN-CENELEC', kind: 'standards-body', url: 'https://www.cencenelec.eu/' },
  // States and their agencies
  { slug: 'united-states', name: 'United States', shortName: 'US', kind: 'state' },
  { slug: 'nist', name: 'US National Institute of Standards and Technology', shortName: 'NIST', kind: 'state', url: 'https://www.nist.gov/' },
  { slug: 'state-of-california', name: 'State of California', shortName: 'California', kind: 'state', url: 'https://www.ca.gov/' },
  { slug: 'china', name: 'People’s Republic of China', shortName: 'China', kind: 'state' },
  { slug: 'united-kingdom', name: 'United Kingdom', shortName: 'UK', kind: 'state', url: 'https://www.gov.uk/' },
  { slug: 'france', name: 'France', kind: 'state' },
  { slug: 'india', name: 'India', kind: 'state' },
  { slug: 'republic-of-korea', name: 'Republic of Korea', shortName: 'Korea', kind: 'state' },
  { slug: 'singapore', name: 'Singapore', kind: 'state' },
  { slug: 'netherlands', name: 'Netherlands', kind: 'state' },
  // Companies
  { slug: 'frontier-ai-companies', name: 'Frontier AI developers', kind: 'industry' },
  // Civil society and research
  { slug: 'idais', name: 'International Dialogues on AI Safety', shortName: 'IDAIS', kind: 'civil-society', url: 'https://idais.ai/' },
  { slug: 'cesia', name: 'CeSIA – Centre pour la Sécurité de l’IA (French Center for AI Safety)', shortName: 'CeSIA', kind: 'civil-society' },
  { slug: 'the-future-society', name: 'The Future Society', kind: 'civil-society' },
  {
    slug: 'chai',
    name: 'Center for Human-Compatible Artificial Intelligence, University of California, Berkeley',
    shortName: 'CHAI',
    kind: 'civil-society',
    url: 'https://humancompatible.ai/',
  },
  { slug: 'future-of-life-institute', name: 'Future of Life Institute', shortName: 'FLI', kind: 'civil-society', url: 'https://futureoflife.org/' },
  { slug: 'independent-researchers', name: 'Independent researchers and policy analysts', kind: 'civil-society' },
]

// ---------------------------------------------------------------------------
// Initiatives, grouped by the building block they serve first.

export const initiatives: SeedInitiative[] = [
  // ------------------------------------------------------------------ Red lines
  {
    slug: 'idais-beijing-statement',
    title: 'IDAIS-Beijing consensus statement on AI red lines',
    kind: 'declaration',
    status: 'published',
    statusCheckedOn: TODAY,
    dates: { adopted: '2024-03' },
    buildingBlocks: ['red-lines', 'technical-cooperation'],
    risks: [CONTROL, WMD, CYBER],
    actors: ['idais'],
    summary:
      'A consensus statement by leading AI scientists from China and the West, issued after the second International Dialogue on AI Safety, held in Beijing in March 2024. It proposes red lines that no AI system should cross – among them autonomous replication or improvement, seeking power, deceiving its developers, and helping to build weapons of mass destruction or to carry out cyberattacks – and measures to make sure they are not crossed.',
    limits: 'A statement by scientists in their personal capacity: it does not bind governments or companies.',
    sources: [{ title: 'IDAIS-Beijing, 2024 (International Dialogues on AI Safety)', url: 'https://idais.ai/dialogue/idais-beijing/' }],
    related: ['idais-venice-statement'],
  },
  {
    slug: 'frontier-ai-safety-commitments',
    title: 'Frontier AI Safety Commitments',
    officialTitle: 'Frontier AI Safety Commitments, AI Seoul Summit 2024',
    kind: 'commitment',
    status: 'adopted',
    statusCheckedOn: TODAY,
    dates: { adopted: '2024-05-21' },
    buildingBlocks: ['red-lines', 'safety-standards'],
    risks: [CONTROL, WMD, CYBER],
    actors: ['frontier-ai-companies', 'united-kingdom', 'republic-of-korea', 'ai-summit-series'],
    summary:
      'Voluntary commitments announced by the United Kingdom and the Republic of Korea at the AI Seoul Summit on 21 May 2024, first made by 16 AI companies based in several countries, including the United States, China and the United Arab Emirates. Each company undertook to publish a safety framework setting out thresholds at which the severe risks of a model would be intolerable unless adequately mitigated, and not to develop or deploy a model at all if it cannot keep the risks below them; the frameworks were to be published before the AI Action Summit in Paris in February 2025.',
    limits: 'Voluntary: each company sets its own thresholds, and no one outside the company checks that they are kept.',
    sources: [
      { title: 'Frontier AI Safety Commitments, AI Seoul Summit 2024 (GOV.UK)', url: 'https://www.gov.uk/government/publications/frontier-ai-safety-commitments-ai-seoul-summit-2024' },
    ],
    related: ['seoul-declaration', 'california-sb-53'],
  },
  {
    slug: 'global-call-for-ai-red-lines',
    title: 'Global Call for AI Red Lines',
    kind: 'declaration',
    status: 'published',
    statusCheckedOn: TODAY,
    dates: { announced: '2025-09-22' },
    buildingBlocks: ['red-lines'],
    risks: [CONTROL, DISINFO, CONFLICT],
    actors: ['cesia', 'the-future-society', 'chai'],
    summary:
      'A public call by civil-society organisations, among them CeSIA, The Future Society and UC Berkeley’s Center for Human-Compatible AI, announced on 22 September 2025 during the high-level week of the 80th session of the UN General Assembly. Signed by more than 200 prominent figures – Nobel laureates, former heads of state, diplomats and AI researchers – and by more than 70 organisations, it asks governments to reach an international agreement on clear and verifiable red lines for AI by the end of 2026.',
    limits:
      'A call from outside government, not an act of the United Nations: it does not itself set any red line, and leaves to states the list of prohibited practices and the means of verifying it.',
    sources: [{ title: 'Global Call for AI Red Lines', url: 'https://red-lines.ai/' }],
  },
  {
    slug: 'eu-ai-act-prohibited-practices',
    title: 'EU AI Act, Article 5: prohibited AI practices',
    officialTitle: 'Regulation (EU) 2024/1689 (Artificial Intelligence Act), Article 5: Prohibited AI practices',
    identifier: 'Regulation (EU) 2024/1689, Article 5',
    kind: 'law',
    status: 'in-force',
    statusCheckedOn: TODAY,
    dates: { adopted: '2024-06-13', inForce: '2025-02-02' },
    buildingBlocks: ['red-lines'],
    risks: [DISINFO, BIAS],
    actors: ['european-union'],
    summary:
      'Bans a list of AI practices in the European Union, including manipulative or deceptive techniques that cause significant harm, exploiting people’s vulnerabilities, social scoring, untargeted scraping of facial images to build recognition databases, emotion recognition at work and in schools, and – with narrow exceptions – real-time remote biometric identification in public spaces for law enforcement. The bans apply from 2 February 2025; breaches can be fined up to EUR 35 million or 7% of worldwide annual turnover.',
    limits:
      'Regional law: it covers AI placed on the market or used in the EU, and the AI Act does not apply to AI used exclusively for military, defence or national-security purposes. The bans address harms to people’s rights, not the dangerous capabilities of advanced models.',
    sources: [AI_ACT_OJ],
    related: ['eu-ai-act'],
  },
  {
    slug: 'ccw-gge-lethal-autonomous-weapons',
    title: 'CCW Group of Governmental Experts on lethal autonomous weapons systems',
    officialTitle: 'Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems',
    kind: 'body',
    status: 'operating',
    statusCheckedOn: '2026-03-06',
    dates: { adopted: '2016-12' },
    buildingBlocks: ['red-lines'],
    risks: [CONFLICT, CONTROL],
    actors: ['ccw-high-contracting-parties'],
    summary:
      'The expert group of the states parties to the Convention on Certain Conventional Weapons, set up by the Convention’s Fifth Review Conference in December 2016. It agreed eleven guiding principles in 2019, and since 2023 it has been mandated to formulate, by consensus, a set of elements of an instrument on lethal autonomous weapons, without prejudging its nature; its chair’s “rolling text” covers a characterisation of such weapons, the application of international humanitarian law, prohibitions and restrictions, and accountability. Its work feeds into the Convention’s Seventh Review Conference, due in late 2026.',
    limits:
      'Decisions need consensus, so any state party can block them; the group deals with weapons systems only, not military AI in general, and it has not produced a binding instrument.',
    sources: [
      {
        title: 'CCW Group of Governmental Experts on LAWS, first session 2025 (UNODA Meetings Place)',
        url: 'https://meetings.unoda.org/ccw-/convention-on-certain-conventional-weapons-group-of-governmental-experts-on-lethal-autonomous-weapons-systems-first-session-2025',
      },
    ],
    related: ['unga-resolution-78-241', 'unga-resolution-79-62'],
  },
  {
    slug: 'unga-resolution-78-241',
    title: 'UN General Assembly resolution 78/241 on lethal autonomous weapons systems',
    officialTitle: 'Lethal autonomous weapons systems',
    identifier: 'A/RES/78/241',
    kind: 'resolution',
    status: 'adopted',
    statusCheckedOn: TODAY,
    dates: { adopted: '2023-12-22' },
    buildingBlocks: ['red-lines'],
    risks: [CONFLICT, CONTROL],
    actors: ['united-nations-general-assembly'],
    summary:
      'The General Assembly’s first resolution on autonomous weapons, adopted on 22 December 2023 by 152 votes to 4, with 11 abstentions. It affirms that international law, including the UN Charter, international humanitarian law and human rights law, applies to autonomous weapons systems, and asked the Secretary-General to seek the views of states and others and to report to the Assembly at its 79th session.',
    limits: 'A recommendation: it does not prohibit or restrict any weapon.',
    sources: [{ title: 'General Assembly resolution 78/241 (A/RES/78/241)', url: 'https://docs.un.org/en/A/RES/78/241' }],
    related: ['unga-resolution-79-62', 'ccw-gge-lethal-autonomous-weapons'],
  },
  {
    slug: 'unga-resolution-79-62',
    title: 'UN General Assembly resolution 79/62 on lethal autonomous weapons systems',
    officialTitle: 'Lethal autonomous weapons systems',
    identifier: 'A/RES/79/62',
    kind: 'resolution',
    status: 'adopted',
    statusCheckedOn: TODAY,
    dates: { adopted: '2024-12-02' },
    buildingBlocks: ['red-lines'],
    risks: [CONFLICT, CONTROL],
    actors: ['united-nations-general-assembly'],
    summary:
      'Adopted on 2 December 2024 by 166 votes to 3, with 15 abstentions. It decided to hold open informal consultations in New York in 2025, open to all UN member states, observers, international organisations and civil society, to consider the Secretary-General’s report on autonomous weapons alongside the work of the CCW expert group in Geneva; they took place in May 2025.',
    limits: 'It does not launch negotiations on a treaty and binds no state.',
    sources: [{ title: 'General Assembly resolution 79/62 (A/RES/79/62)', url: 'https://docs.un.org/en/A/RES/79/62' }],
    related: ['unga-resolution-78-241', 'ccw-gge-lethal-autonomous-weapons'],
  },
  {
    slug: 'us-china-statement-human-control-nuclear-weapons',
    title: 'US–China statement on human control over the decision to use nuclear weapons',
    kind: 'declaration',
    status: 'adopted',
    statusCheckedOn: TODAY,
    dates: { adopted: '2024-11-16' },
    buildingBlocks: ['red-lines'],
    risks: [CONFLICT, CONTROL],
    actors: ['united-states', 'china'],
    summary:
      'At their meeting in Lima, Peru, on 16 November 2024, Presidents Joe Biden and Xi Jinping affirmed the need to maintain human control over the decision to use nuclear weapons, and stressed the need to consider the potential risks carefully and to develop AI technology in the military field prudently and responsibly.',
    limits: 'A statement in the two governments’ accounts of the meeting, not an agreement: it sets out no definition, procedure or means of verification.',
    sources: [],
    related: ['us-china-intergovernmental-dialogue-on-ai'],
  },
  {
    slug: 'reaim-summits',
    title: 'REAIM summits on responsible AI in the military domain',
    officialTitle: 'Summit on Responsible Artificial Intelligence in the Military Domain (REAIM)',
    kind: 'body',
    status: 'operating',
    statusCheckedOn: '2026-02-05',
    dates: { adopted: '2023-02' },
    buildingBlocks: ['red-lines'],
    risks: [CONFLICT, CONTROL],
    actors: ['netherlands', 'republic-of-korea'],
    summary:
      'A series of summits of governments, industry, academia and civil society on the military use of AI, initiated by the Netherlands and the Republic of Korea: first in The Hague in February 2023, then in Seoul in September 2024 and in A Coruña, Spain, in February 2026. The Hague summit closed with a Call to Action and the Seoul summit with a Blueprint for Action, both non-binding.',
    limits: 'Its outcome documents are non-binding and endorsed by only part of the participants; China did not endorse the 2024 Blueprint for Action.',
    sources: [{ title: 'REAIM 2026 (Spanish Ministry of Foreign Affairs)', url: 'https://www.exteriores.gob.es/en/REAIM2026/Paginas/Perspectiva.aspx' }],
    related: ['political-declaration-responsible-military-use-of-ai'],
  },
  {
    slug: 'political-declaration-responsible-military-use-of-ai',
    title: 'Political Declaration on Responsible Military Use of Artificial Intelligence and Autonomy',
    kind: 'declaration',
    status: 'adopted',
    statusCheckedOn: TODAY,
    dates: { announced: '2023-02-16', adopted: '2023-11' },
    buildingBlocks: ['red-lines'],
    risks: [CONFLICT, CONTROL],
    actors: ['united-states'],
    summary:
      'Launched by the United States at the first REAIM summit in February 2023 and issued in a revised form in November 2023, it sets out non-binding measures for the military use of AI, among them compliance with international law, oversight of high-consequence applications by senior officials, rigorous testing, and the ability to disengage or deactivate systems that behave in unintended ways. More than fifty states had endorsed it by early 2024.',
    limits: 'Political and voluntary: China and Russia have not endorsed it, and it restricts no weapon.',
    sources: [],
    related: ['reaim-summits'],
  },
  {
    slug: 'statement-on-superintelligence',
    title: 'Statement on Superintelligence',
    kind: 'declaration',
    status: 'published',
    statusCheckedOn: TODAY,
    dates: { announced: '2025-10-22' },
    buildingBlocks: ['red-lines'],
    risks: [CONTROL, CONCENTRATION],
    actors: ['future-of-life-institute'],
    summary:
      'A one-sentence statement released by the Future of Life Institute on 22 October 2025, calling for a prohibition on the development of superintelligence, not to be lifted before there is broad scientific consensus that it will be done safely and controllably, and strong public buy-in. Its signatories include AI researchers such as Geoffrey Hinton and Yoshua Bengio, Nobel laureates, former national-security officials, religious leaders and public figures.',
    limits: 'A public statement: it binds no government or company, and it does not define when a system would count as superintelligence.',
    sources: [{ title: 'Statement on Superintelligence', url: 'https://superintelligence-statement.org/' }],
  },

  // ----------------------------------------------------------- Safety standards
  {
    slug: 'eu-ai-act',
    title: 'EU AI Act',
    officialTitle:
      'Regulation (EU) 2024/1689 of the European Parliament and of the Council of 13 June 2024 laying down harmonised rules on artificial intelligence (Artificial Intelligence Act)',
    identifier: 'Regulation (EU) 2024/1689',
    kind: 'law',
    status: 'in-force',
    statusCheckedOn: TODAY,
    dates: { announced: '2021-04-21', adopted: '2024-06-13', inForce: '2024-08-01' },
    buildingBlocks: ['safety-standards', 'compliance-mechanisms'],
    risks: [BIAS, DISINFO, CYBER, CONTROL],
    actors: ['european-union'],
    summary:
      'The European Union’s law on AI, in force since 1 August 2024 and applying in stages: bans on certain practices from 2 February 2025; duties for providers of general-purpose AI models, with further duties for models with systemic risk, from 2 August 2025; and requirements for high-risk AI systems later. National market-surveillance authorities enforce most of it, and the European Commission’s AI Office supervises general-purpose AI models.',
    limits:
      'It applies to AI placed on the market or used in the EU, and not to AI used exclusively for military, defence or national-security purposes. In November 2025 the Commission proposed, in its “Digital Omnibus”, to postpone some of the obligations for high-risk systems.',
    sources: [AI_ACT_OJ],
    related: ['eu-ai-act-prohibited-practices', 'eu-ai-act-serious-incident-reporting', 'eu-ai-act-enforcement', 'general-purpose-ai-code-of-practice', 'harmonised-standards-for-the-eu-ai-act'],
  },
  {
    slug: 'iso-iec-42001',
    title: 'ISO/IEC 42001: AI management systems',
    officialTitle: 'ISO/IEC 42001:2023 Information technology — Artificial intelligence — Management system',
    identifier: 'ISO/IEC 42001:2023',
    kind: 'standard',
    status: 'published',
    statusCheckedOn: TODAY,
    dates: { adopted: '2023-12' },
    buildingBlocks: ['safety-standards'],
    risks: [BIAS, CYBER],
    actors: ['iso-iec-jtc-1-sc-42'],
    summary:
      'An international standard setting requirements for an organisation’s management system for AI – policies, roles, risk and impact assessment, and controls – for developing, providing or using AI systems responsibly. Organisations can be certified against it.',
    limits:
      'Voluntary unless a law or a contract requires it; it certifies an organisation’s processes, not the safety of a particular model, and has no requirements specific to the dangerous capabilities of frontier models.',
    sources: [{ title: 'ISO/IEC 42001:2023 (ISO)', url: 'https://www.iso.org/standard/81230.html' }],
    related: ['iso-iec-23894', 'iso-iec-jtc-1-sc-42'],
  },
  {
    slug: 'iso-iec-23894',
    title: 'ISO/IEC 23894: guidance on AI risk management',
    officialTitle: 'ISO/IEC 23894:2023 Information technology — Artificial intelligence — Guidance on risk management',
    identifier: 'ISO/IEC 23894:2023',
    kind: 'standard',
    status: 'published',
    statusCheckedOn: TODAY,
    dates: { adopted: '2023-02' },
    buildingBlocks: ['safety-standards'],
    risks: [BIAS, CYBER],
    actors: ['iso-iec-jtc-1-sc-42'],
    summary:
      'Guidance for organisations that develop, deploy or use AI on identifying, assessing, treating and monitoring the risks specific to AI, building on the general risk-management standard ISO 31000.',
    limits: 'Guidance, not requirements: nothing in it is binding, and it leaves each organisation to decide which risks are acceptable.',
    sources: [{ title: 'ISO/IEC 23894:2023 (ISO)', url: 'https://www.iso.org/standard/77304.html' }],
    related: ['iso-iec-42001', 'iso-iec-jtc-1-sc-42'],
  },
  {
    slug: 'iso-iec-jtc-1-sc-42',
    title: 'ISO/IEC JTC 1/SC 42, the international committee for AI standards',
    officialTitle: 'ISO/IEC JTC 1/SC 42 Artificial intelligence',
    kind: 'body',
    status: 'operating',
    statusCheckedOn: TODAY,
    dates: { adopted: '2017' },
    buildingBlocks: ['safety-standards', 'technical-cooperation'],
    risks: [BIAS, CYBER],
    actors: ['iso-iec-jtc-1-sc-42'],
    summary:
      'The joint subcommittee of ISO and IEC that writes international standards on AI, among them ISO/IEC 42001 and ISO/IEC 23894. Set up in 2017, it first met in Beijing in April 2018; national standards bodies take part as participating or observing members.',
    limits: 'Countries take part through their national standards bodies, and many, particularly in the Global South, take little part; the standards it writes are voluntary.',
    sources: [{ title: 'ISO/IEC JTC 1/SC 42 Artificial intelligence (ISO)', url: 'https://www.iso.org/committee/6794475.html' }],
    related: ['iso-iec-42001', 'iso-iec-23894'],
  },
  {
    slug: 'nist-ai-risk-management-framework',
    title: 'NIST AI Risk Management Framework (AI RMF 1.0)',
    officialTitle: 'Artificial Intelligence Risk Management Framework (AI RMF 1.0)',
    identifier: 'NIST AI 100-1',
    kind: 'standard',
    status: 'published',
    statusCheckedOn: '2026-06-25',
    dates: { adopted: '2023-01-26' },
    buildingBlocks: ['safety-standards'],
    risks: [BIAS, CYBER],
    actors: ['nist'],
    summary:
      'A voluntary framework published by the US National Institute of Standards and Technology to help organisations manage the risks of AI systems, organised around four functions: govern, map, measure and manage. It is a US national framework, not an international standard.',
    limits:
      'Voluntary and national. The US AI Action Plan of July 2025 directed NIST to revise it; as of mid-2026 the revision was under way and version 1.0 remained the published text.',
    sources: [
      { title: 'AI Risk Management Framework (NIST)', url: 'https://www.nist.gov/itl/ai-risk-management-framework' },
      { title: 'NIST AI 100-1: Artificial Intelligence Risk Management Framework (AI RMF 1.0)', url: 'https://nvlpubs.nist.gov/nistpubs/ai/NIST.AI.100-1.pdf' },
    ],
    related: ['nist-ai-600-1'],
  },
  {
    slug: 'nist-ai-600-1',
    title: 'NIST Generative AI Profile (NIST AI 600-1)',
    officialTitle: 'Artificial Intelligence Risk Management Framework: Generative Artificial Intelligence Profile',
    identifier: 'NIST AI 600-1',
    kind: 'standard',
    status: 'published',
    statusCheckedOn: TODAY,
    dates: { adopted: '2024-07' },
    buildingBlocks: ['safety-standards'],
    risks: [DISINFO, CYBER, WMD],
    actors: ['nist'],
    summary:
      'A companion to the NIST AI Risk Management Framework that describes risks specific to or made worse by generative AI – among them confabulation, threats to information integrity and information security, and easier access to information about chemical, biological, radiological or nuclear weapons – and suggests actions to manage them.',
    limits: 'Voluntary US guidance, with no means of checking whether it is followed.',
    sources: [{ title: 'NIST AI 600-1: Generative Artificial Intelligence Profile', url: 'https://nvlpubs.nist.gov/nistpubs/ai/NIST.AI.600-1.pdf' }],
    related: ['nist-ai-risk-management-framework'],
  },
  {
    slug: 'general-purpose-ai-code-of-practice',
    title: 'General-Purpose AI Code of Practice',
    kind: 'standard',
    status: 'published',
    statusCheckedOn: TODAY,
    dates: { adopted: '2025-07-10' },
    buildingBlocks: ['safety-standards', 'emergency-response', 'compliance-mechanisms'],
    risks: [CONTROL, CYBER, WMD],
    actors: ['european-union', 'frontier-ai-companies'],
    summary:
      'A voluntary code for providers of general-purpose AI models, drafted by independent experts in a process run by the EU AI Office with input from more than a thousand stakeholders, and published on 10 July 2025. Its three chapters cover transparency, copyright, and safety and security; the last applies to models with systemic risk and covers risk assessment and mitigation and the reporting of serious incidents. Providers that sign it can rely on it to show that they meet their obligations under Articles 53 and 55 of the AI Act (Article 56 provides for such codes).',
    limits:
      'Voluntary: not every major provider signed every chapter – one signed only the safety and security chapter, another declined to sign – and following it does not give a legal presumption of conformity with the Act.',
    sources: [{ title: 'The General-Purpose AI Code of Practice (European Commission)', url: 'https://digital-strategy.ec.europa.eu/en/policies/contents-code-gpai' }],
    related: ['eu-ai-act', 'eu-ai-act-serious-incident-reporting', 'eu-ai-act-enforcement'],
  },
  {
    slug: 'harmonised-standards-for-the-eu-ai-act',
    title: 'Harmonised standards for the EU AI Act (CEN-CENELEC JTC 21)',
    kind: 'standard',
    status: 'in-negotiation',
    statusCheckedOn: '2026-06-30',
    dates: { announced: '2021-06' },
    buildingBlocks: ['safety-standards', 'compliance-mechanisms'],
    risks: [BIAS, CYBER],
    actors: ['cen-cenelec', 'european-union'],
    summary:
      'European standards being written, at the European Commission’s request, by Joint Technical Committee 21 of CEN and CENELEC (set up in June 2021) to set out how high-risk AI systems can meet the requirements of the AI Act; a system that follows a harmonised standard cited in the Official Journal is presumed to conform. The first of them, on quality management systems (prEN 18286), went to public enquiry in October 2025.',
    limits: 'They address high-risk AI systems under EU law, not the dangerous capabilities of the most advanced general-purpose models.',
    sources: [],
    related: ['eu-ai-act'],
  },
  {
    slug: 'hiroshima-process-code-of-conduct',
    title: 'G7 Hiroshima Process Code of Conduct for organisations developing advanced AI',
    officialTitle: 'Hiroshima Process International Code of Conduct for Organizations Developing Advanced AI Systems',
    kind: 'commitment',
    status: 'adopted',
    statusCheckedOn: TODAY,
    dates: { adopted: '2023-10-30' },
    buildingBlocks: ['safety-standards', 'emergency-response'],
    risks: [CONTROL, CYBER, DISINFO],
    actors: ['g7'],
    summary:
      'A voluntary code agreed by G7 leaders on 30 October 2023 under the Hiroshima AI Process, together with eleven International Guiding Principles. It asks organisations developing advanced AI systems, including foundation models and generative AI, to identify and mitigate risks across the lifecycle, report publicly on capabilities and limitations, share information and report incidents responsibly, invest in security, and develop content authentication such as watermarking.',
    limits: 'Voluntary, and followed up only through the reports organisations choose to file with the OECD; it was agreed by the G7, not negotiated globally.',
    sources: [
      {
        title: 'Hiroshima Process International Code of Conduct for Advanced AI Systems (European Commission)',
        url: 'https://digital-strategy.ec.europa.eu/en/library/hiroshima-process-international-code-conduct-advanced-ai-systems',
      },
      { title: 'Hiroshima AI Process: documents (Ministry of Internal Affairs and Communications, Japan)', url: 'https://www.soumu.go.jp/hiroshimaaiprocess/en/documents.html' },
    ],
    related: ['g7-hiroshima-ai-process', 'hiroshima-ai-process-reporting-framework'],
  },
  {
    slug: 'hiroshima-ai-process-reporting-framework',
    title: 'OECD reporting framework for the Hiroshima Code of Conduct',
    officialTitle: 'Hiroshima AI Process (HAIP) Reporting Framework',
    kind: 'programme',
    status: 'operating',
    statusCheckedOn: '2026-05-28',
    dates: { adopted: '2025-02-07' },
    buildingBlocks: ['safety-standards', 'compliance-mechanisms'],
    risks: [CONTROL, CYBER],
    actors: ['oecd', 'g7', 'frontier-ai-companies'],
    summary:
      'A voluntary reporting framework, launched by the OECD on 7 February 2025, with which organisations developing or using advanced AI report publicly how they apply the Hiroshima Code of Conduct; the OECD publishes the reports in full. Nineteen organisations, including large technology companies, reported in the first round, and a simplified version 2.0, open to deployers as well as developers, was launched on 28 May 2026.',
    limits: 'Reporting is voluntary and self-assessed: the OECD checks that every question is answered but does not verify the substance of the reports.',
    sources: [
      { title: 'Hiroshima AI Process Reporting Framework (OECD.AI)', url: 'https://transparency.oecd.ai/' },
      { title: 'Early insights from the Hiroshima AI Process Reporting Framework (OECD.AI)', url: 'https://oecd.ai/en/wonk/haip-reporting-insights' },
    ],
    related: ['hiroshima-process-code-of-conduct', 'g7-hiroshima-ai-process'],
  },
  {
    slug: 'china-ai-safety-governance-framework',
    title: 'China’s AI Safety Governance Framework',
    officialTitle: 'AI Safety Governance Framework',
    kind: 'standard',
    status: 'published',
    statusCheckedOn: TODAY,
    dates: { adopted: '2024-09-09' },
    buildingBlocks: ['safety-standards'],
    risks: [CONTROL, CYBER, DISINFO, WMD],
    actors: ['china'],
    summary:
      'A framework issued in September 2024 by China’s National Technical Committee 260 on Cybersecurity Standardization (TC260), under the guidance of the Cyberspace Administration of China, classifying AI safety risks and setting out technical and governance measures for developers, service providers and users. Version 2.0, released in September 2025, adds risks such as the misuse of open-source models and of AI for chemical, biological, radiological and nuclear weapons, and a method for grading risks.',
    limits: 'Guidance rather than binding regulation, and national in scope: it signals what Chinese technical standards may require but imposes no obligations of its own.',
    sources: [],
  },
  {
    slug: 'california-sb-53',
    title: 'California SB 53 (Transparency in Frontier Artificial Intelligence Act)',
    officialTitle: 'Transparency in Frontier Artificial Intelligence Act',
    identifier: 'California Senate Bill 53 (2025)',
    kind: 'law',
    status: 'in-force',
    statusCheckedOn: '2026-01-01',
    dates: { adopted: '2025-09-29', inForce: '2026-01-01' },
    buildingBlocks: ['safety-standards', 'emergency-response', 'compliance-mechanisms'],
    risks: [CONTROL, WMD, CYBER],
    actors: ['state-of-california'],
    summary:
      'A California law, signed on 29 September 2025 and in effect since 1 January 2026, that requires large developers of frontier models (models trained with more than 10^26 operations) to publish a frontier AI framework describing how they assess and manage catastrophic risks, requires frontier developers to report critical safety incidents to the state’s Office of Emergency Services, and protects whistleblowers. The Attorney General can seek civil penalties of up to USD 1 million per violation.',
    limits: 'A state law: each developer writes its own framework, and the law neither licenses nor prohibits any model.',
    sources: [{ title: 'SB 53, bill text (California Legislative Information)', url: 'https://leginfo.legislature.ca.gov/faces/billTextClient.xhtml?bill_id=202520260SB53' }],
    related: ['frontier-ai-safety-commitments'],
  },

  // ------------------------------------------------------ Technical cooperation
  {
    slug: 'bletchley-declaration',
    title: 'Bletchley Declaration',
    officialTitle: 'The Bletchley Declaration by Countries Attending the AI Safety Summit, 1-2 November 2023',
    kind: 'declaration',
    status: 'adopted',
    statusCheckedOn: TODAY,
    dates: { adopted: '2023-11-01' },
    buildingBlocks: ['technical-cooperation'],
    risks: [CONTROL, CYBER, WMD],
    actors: ['ai-summit-series', 'united-kingdom'],
    summary:
      'Agreed on 1 November 2023 at the AI Safety Summit at Bletchley Park, United Kingdom, by 28 countries, among them the United States and China, and the European Union. The signatories recognised that frontier AI could cause serious, even catastrophic, harm and agreed to work together to identify AI safety risks of shared concern, build a shared scientific understanding of them, and develop risk-based policies.',
    limits: 'A political declaration without obligations, focused on frontier AI.',
    sources: [
      {
        title: 'The Bletchley Declaration (GOV.UK)',
        url: 'https://www.gov.uk/government/publications/ai-safety-summit-2023-the-bletchley-declaration/the-bletchley-declaration-by-countries-attending-the-ai-safety-summit-1-2-november-2023',
      },
    ],
    related: ['ai-summit-series', 'international-ai-safety-report'],
  },
  {
    slug: 'international-network-for-advanced-ai-measurement-evaluation-and-science',
    title: 'International Network for Advanced AI Measurement, Evaluation and Science',
    kind: 'programme',
    status: 'operating',
    statusCheckedOn: '2026-02-20',
    dates: { announced: '2024-05-21', adopted: '2024-11' },
    buildingBlocks: ['technical-cooperation'],
    risks: [CONTROL, CYBER, WMD],
    actors: ['united-kingdom', 'united-states', 'european-union', 'singapore', 'republic-of-korea'],
    summary:
      'A network of publicly backed bodies that work on the science of measuring and evaluating advanced AI. It first convened in November 2024 as the International Network of AI Safety Institutes and took its present name in December 2025, when the United Kingdom became network coordinator; the members named then are Australia, Canada, the European Union, France, Japan, Kenya, the Republic of Korea, Singapore, the United Kingdom and the United States.',
    limits: 'A forum for sharing methods, not a regulator: it has no powers over developers, and China is not a member.',
    sources: [
      {
        title: 'International Network for Advanced AI Measurement, Evaluation and Science: press release (GOV.UK)',
        url: 'https://www.gov.uk/government/news/efforts-to-share-best-practices-on-ai-measurement-and-evaluations-driven-forward-through-the-international-network-for-advanced-ai-measurement-evalua',
      },
    ],
    related: ['seoul-declaration'],
  },
  {
    slug: 'international-ai-safety-report',
    title: 'International AI Safety Report',
    kind: 'report',
    status: 'published',
    statusCheckedOn: TODAY,
    dates: { announced: '2023-11', adopted: '2025-01-29' },
    buildingBlocks: ['technical-cooperation'],
    risks: [CONTROL, CYBER, WMD, LABOUR],
    actors: ['independent-researchers', 'ai-summit-series', 'united-kingdom'],
    summary:
      'A shared scientific assessment of the capabilities and risks of general-purpose AI, written by about a hundred independent experts chaired by Yoshua Bengio, with an Expert Advisory Panel nominated by more than 30 countries and international organisations, among them China, the United States, the EU, the OECD and the UN. Mandated at the Bletchley Park summit in November 2023, it published an interim report in May 2024, its first full edition on 29 January 2025 and its second edition on 3 February 2026.',
    limits: 'It synthesises evidence and makes no policy recommendations; governments are not bound by its findings.',
    sources: [
      { title: 'International AI Safety Report 2026', url: 'https://internationalaisafetyreport.org/publication/international-ai-safety-report-2026' },
      { title: 'International AI Safety Report 2025', url: 'https://internationalaisafetyreport.org/publication/international-ai-safety-report-2025' },
    ],
    related: ['bletchley-declaration', 'un-independent-international-scientific-panel-on-ai'],
  },
  {
    slug: 'un-independent-international-scientific-panel-on-ai',
    title: 'UN Independent International Scientific Panel on AI',
    officialTitle: 'Independent International Scientific Panel on Artificial Intelligence',
    kind: 'body',
    status: 'operating',
    statusCheckedOn: TODAY,
    dates: { announced: '2024-09-22', adopted: '2025-08-26' },
    buildingBlocks: ['technical-cooperation', 'institutional-arrangements'],
    risks: [CONTROL, CONCENTRATION, BIAS],
    actors: ['united-nations-general-assembly', 'united-nations-secretary-general'],
    summary:
      'A panel of 40 experts serving in their personal capacity, established within the United Nations by General Assembly resolution 79/325 of 26 August 2025 to give all states independent scientific assessments of the opportunities, risks and impacts of AI, including an annual report presented to the Global Dialogue on AI Governance. The General Assembly appointed its members on 12 February 2026, by recorded vote, for a three-year term; they were chosen from more than 2,600 candidates.',
    limits: 'Its reports are non-prescriptive – they assess, they do not recommend policies – and its work depends on the resources member states provide.',
    sources: [
      RES_79_325,
      { title: 'Secretary-General’s statement on the appointment of the Panel’s members, 12 February 2026', url: 'https://press.un.org/en/2026/sgsm23016.doc.htm' },
    ],
    related: ['global-dialogue-on-ai-governance', 'global-digital-compact', 'international-ai-safety-report'],
  },
  {
    slug: 'seoul-declaration',
    title: 'Seoul Declaration and Statement of Intent on AI safety science',
    officialTitle: 'Seoul Declaration for safe, innovative and inclusive AI',
    kind: 'declaration',
    status: 'adopted',
    statusCheckedOn: TODAY,
    dates: { adopted: '2024-05-21' },
    buildingBlocks: ['technical-cooperation'],
    risks: [CONTROL],
    actors: ['ai-summit-series', 'republic-of-korea', 'united-kingdom'],
    summary:
      'Adopted by the leaders of ten countries and the European Union at the AI Seoul Summit on 21 May 2024, co-hosted by the Republic of Korea and the United Kingdom. Its annex, the Seoul Statement of Intent toward International Cooperation on AI Safety Science, commits them to cooperate on the science of AI safety through publicly backed institutions such as AI safety institutes.',
    limits: 'Political and non-binding; China did not sign the leaders’ declaration.',
    sources: [
      { title: 'Seoul Declaration for safe, innovative and inclusive AI, AI Seoul Summit 2024 (GOV.UK)', url: 'https://www.gov.uk/government/publications/seoul-declaration-for-safe-innovative-and-inclusive-ai-ai-seoul-summit-2024' },
    ],
    related: ['frontier-ai-safety-commitments', 'international-network-for-advanced-ai-measurement-evaluation-and-science', 'ai-summit-series'],
  },
  {
    slug: 'paris-ai-action-summit-statement',
    title: 'Paris AI Action Summit statement',
    officialTitle: 'Statement on Inclusive and Sustainable Artificial Intelligence for People and the Planet',
    kind: 'declaration',
    status: 'adopted',
    statusCheckedOn: TODAY,
    dates: { adopted: '2025-02-11' },
    buildingBlocks: ['technical-cooperation', 'benefit-sharing'],
    risks: [CONCENTRATION, LABOUR],
    actors: ['france', 'india', 'ai-summit-series'],
    summary:
      'The closing statement of the AI Action Summit, held in Paris on 10 and 11 February 2025 and co-chaired by France and India. Its signatories, about sixty including China, India, the European Union and the African Union Commission, set priorities such as making AI accessible to reduce digital divides; open, inclusive, transparent, ethical, safe and trustworthy; and sustainable for people and the planet.',
    limits: 'The United States and the United Kingdom did not sign it, and, like the earlier summit statements, it concerns civil uses of AI only.',
    sources: [
      {
        title: 'Statement on Inclusive and Sustainable Artificial Intelligence for People and the Planet (Élysée)',
        url: 'https://www.elysee.fr/en/emmanuel-macron/2025/02/11/statement-on-inclusive-and-sustainable-artificial-intelligence-for-people-and-the-planet',
      },
    ],
    related: ['ai-summit-series', 'current-ai'],
  },
  {
    slug: 'ai-impact-summit-declaration',
    title: 'AI Impact Summit Declaration (New Delhi)',
    kind: 'declaration',
    status: 'adopted',
    statusCheckedOn: TODAY,
    dates: { adopted: '2026-02' },
    buildingBlocks: ['technical-cooperation', 'benefit-sharing'],
    risks: [CONCENTRATION, LABOUR],
    actors: ['india', 'ai-summit-series'],
    summary:
      'The declaration of the AI Impact Summit hosted by India in New Delhi in February 2026, endorsed by 88 countries and international organisations, including the United States, China, the United Kingdom and the European Union. It is organised around seven pillars, among them democratising AI resources, secure and trusted AI, AI for science and human capital development, and takes note of voluntary initiatives such as a Charter for the Democratic Diffusion of AI.',
    limits: 'Voluntary and non-binding, with its weight on access to AI and national sovereignty rather than on limits to risky AI.',
    sources: [],
    related: ['ai-summit-series', 'paris-ai-action-summit-statement'],
  },
  {
    slug: 'singapore-consensus-on-ai-safety-research-priorities',
    title: 'Singapore Consensus on Global AI Safety Research Priorities',
    officialTitle: 'The Singapore Consensus on Global AI Safety Research Priorities',
    kind: 'report',
    status: 'published',
    statusCheckedOn: TODAY,
    dates: { adopted: '2025-05' },
    buildingBlocks: ['technical-cooperation'],
    risks: [CONTROL],
    actors: ['singapore', 'independent-researchers'],
    summary:
      'The outcome of the 2025 Singapore Conference on AI, held alongside the ICLR conference in April 2025, in which AI researchers from many countries set out technical AI safety research priorities in three areas: assessing risks, developing trustworthy systems, and monitoring and intervening after deployment. It builds on the International AI Safety Report and points to areas where even competitors have reasons to cooperate.',
    limits: 'A research agenda: it sets no rules, and it commits no government or company to fund or carry out the research.',
    sources: [{ title: 'The Singapore Consensus on Global AI Safety Research Priorities (arXiv:2506.20702)', url: 'https://arxiv.org/abs/2506.20702' }],
    related: ['international-ai-safety-report'],
  },
  {
    slug: 'us-china-intergovernmental-dialogue-on-ai',
    title: 'US–China intergovernmental dialogue on AI',
    kind: 'body',
    status: 'adopted',
    statusCheckedOn: TODAY,
    dates: { announced: '2023-11-15', adopted: '2024-05-14' },
    buildingBlocks: ['technical-cooperation'],
    risks: [CONFLICT, CONTROL],
    actors: ['united-states', 'china'],
    summary:
      'A government-to-government channel on AI agreed by Presidents Joe Biden and Xi Jinping at their meeting in Woodside, California, in November 2023. Its first meeting, in Geneva on 14 May 2024, brought officials of the two governments together to exchange views on the risks of AI technology and on global governance.',
    limits: 'An exchange of views, not a negotiation: the first meeting produced no joint text.',
    sources: [],
    related: ['us-china-statement-human-control-nuclear-weapons'],
  },
  {
    slug: 'global-ai-governance-action-plan',
    title: 'Global AI Governance Action Plan (China)',
    officialTitle: 'Global AI Governance Action Plan',
    kind: 'declaration',
    status: 'adopted',
    statusCheckedOn: TODAY,
    dates: { adopted: '2025-07-26' },
    buildingBlocks: ['technical-cooperation', 'benefit-sharing'],
    risks: [CONCENTRATION],
    actors: ['china'],
    summary:
      'A plan released by China at the World Artificial Intelligence Conference in Shanghai on 26 July 2025, proposing 13 actions for international cooperation on the development and governance of AI – among them on infrastructure, open-source sharing, standards, safety, and capacity building for the Global South – in line with the UN Pact for the Future and Global Digital Compact.',
    limits: 'A national proposal inviting others to act; it creates no commitments for other states.',
    sources: [],
    related: ['world-ai-cooperation-organization', 'ai-capacity-building-action-plan'],
  },
  {
    slug: 'world-ai-cooperation-organization',
    title: 'World AI Cooperation Organization (proposal)',
    kind: 'body',
    status: 'proposed',
    statusCheckedOn: '2026-06-22',
    dates: { announced: '2025-07-26' },
    buildingBlocks: ['institutional-arrangements', 'technical-cooperation', 'benefit-sharing'],
    risks: [CONCENTRATION],
    actors: ['china'],
    summary:
      'An international organisation for cooperation on AI proposed by Chinese Premier Li Qiang at the World Artificial Intelligence Conference in Shanghai on 26 July 2025, with its headquarters provisionally planned in Shanghai. China presents it as a platform open to all countries to coordinate AI development and governance rules and to help developing countries build capacity.',
    limits: 'A proposal: as of mid-2026 its membership, mandate and powers had not been settled.',
    sources: [],
    related: ['global-ai-governance-action-plan'],
  },

  // --------------------------------------------------------- Emergency response
  {
    slug: 'oecd-ai-incidents-monitor',
    title: 'OECD AI Incidents Monitor (AIM)',
    kind: 'programme',
    status: 'operating',
    statusCheckedOn: TODAY,
    dates: { adopted: '2023' },
    buildingBlocks: ['emergency-response'],
    risks: [BIAS, DISINFO, CYBER],
    actors: ['oecd'],
    summary:
      'A database that collects AI incidents and hazards reported in reputable news media worldwide and classifies them with machine-learning models – by type of harm, severity, sector and other categories – to build an evidence base for policy and for a common incident reporting framework.',
    limits: 'It records publicly reported incidents after the fact; it is not a notification system and does not support a response while events unfold.',
    sources: [
      { title: 'OECD AI Incidents Monitor (OECD.AI)', url: 'https://oecd.ai/en/incidents' },
      { title: 'AI Incidents Monitor: methodology (OECD.AI)', url: 'https://oecd.ai/en/incidents-methodology' },
    ],
    related: ['oecd-common-ai-incident-reporting-framework'],
  },
  {
    slug: 'oecd-common-ai-incident-reporting-framework',
    title: 'OECD work on a common AI incident reporting framework',
    kind: 'programme',
    status: 'in-negotiation',
    statusCheckedOn: '2025-07-09',
    dates: { announced: '2024' },
    buildingBlocks: ['emergency-response'],
    risks: [CYBER, CONTROL],
    actors: ['oecd'],
    summary:
      'Work by the OECD and its expert group on AI incidents towards a common framework for reporting AI incidents, so that the mandatory and voluntary reporting schemes being set up in different jurisdictions use the same terms and can work together. As a first step the OECD published definitions of an “AI incident” and an “AI hazard” in 2024.',
    limits: 'A framework for aligning national and company reporting, not a reporting channel between states, and it binds no one.',
    sources: [{ title: 'AI risks and incidents (OECD)', url: 'https://www.oecd.org/en/topics/ai-risks-and-incidents.html' }],
    related: ['oecd-ai-incidents-monitor'],
  },
  {
    slug: 'eu-ai-act-serious-incident-reporting',
    title: 'EU AI Act, Article 55(1)(c): reporting of serious incidents by providers of general-purpose AI models with systemic risk',
    officialTitle: 'Regulation (EU) 2024/1689 (Artificial Intelligence Act), Article 55(1)(c)',
    identifier: 'Regulation (EU) 2024/1689, Article 55(1)(c)',
    kind: 'law',
    status: 'in-force',
    statusCheckedOn: TODAY,
    dates: { adopted: '2024-06-13', inForce: '2025-08-02' },
    buildingBlocks: ['emergency-response'],
    risks: [CONTROL, CYBER, WMD],
    actors: ['european-union'],
    summary:
      'Requires providers of general-purpose AI models with systemic risk to keep track of, document and report without undue delay to the EU AI Office – and, as appropriate, to national authorities – relevant information about serious incidents and possible corrective measures. The duty applies since 2 August 2025; the safety and security chapter of the General-Purpose AI Code of Practice sets out how signatories meet it. (Article 73 sets a separate duty for high-risk AI systems.)',
    limits:
      'A duty to report to EU authorities, not an international notification mechanism. Providers of models placed on the market before 2 August 2025 have until 2 August 2027 to comply.',
    sources: [AI_ACT_OJ],
    related: ['eu-ai-act', 'general-purpose-ai-code-of-practice'],
  },
  {
    slug: 'un-security-council-meetings-on-ai',
    title: 'UN Security Council meetings on AI and international peace and security',
    kind: 'body',
    status: 'operating',
    statusCheckedOn: '2025-09-24',
    dates: { adopted: '2023-07-18' },
    buildingBlocks: ['emergency-response', 'institutional-arrangements'],
    risks: [CONFLICT, CYBER, DISINFO],
    actors: ['united-nations-security-council', 'united-kingdom', 'republic-of-korea'],
    summary:
      'The Security Council held its first meeting on artificial intelligence on 18 July 2023, under the United Kingdom’s presidency, a further briefing in December 2024, and a high-level open debate on AI and international peace and security on 24 September 2025, chaired by President Lee Jae Myung of the Republic of Korea.',
    limits: 'Debates, not decisions: as of September 2025 the Council had adopted no resolution on AI, and any decision it takes is subject to the veto of its permanent members.',
    sources: [],
  },
  {
    slug: 'idais-venice-statement',
    title: 'IDAIS-Venice statement: AI safety as a global public good',
    officialTitle: 'Consensus Statement on AI Safety as a Global Public Good',
    kind: 'declaration',
    status: 'published',
    statusCheckedOn: TODAY,
    dates: { adopted: '2024-09' },
    buildingBlocks: ['emergency-response', 'technical-cooperation'],
    risks: [CONTROL, WMD, CYBER],
    actors: ['idais'],
    summary:
      'A consensus statement by AI scientists from China and the West after the third International Dialogue on AI Safety, held in Venice in September 2024. It calls on states to set up authorities able to detect and respond to AI incidents and catastrophic risks, to coordinate a global contingency plan through emergency preparedness agreements and institutions, and to fund research on safety assurance and on verification.',
    limits: 'A statement by scientists in their personal capacity: it does not bind governments or companies.',
    sources: [{ title: 'IDAIS-Venice, 2024 (International Dialogues on AI Safety)', url: 'https://idais.ai/dialogue/idais-venice/' }],
    related: ['idais-beijing-statement'],
  },

  // ----------------------------------------------------------- Benefit sharing
  {
    slug: 'unga-resolution-78-265',
    title: 'UN General Assembly resolution 78/265 on safe, secure and trustworthy AI for sustainable development',
    officialTitle: 'Seizing the opportunities of safe, secure and trustworthy artificial intelligence systems for sustainable development',
    identifier: 'A/RES/78/265',
    kind: 'resolution',
    status: 'adopted',
    statusCheckedOn: TODAY,
    dates: { adopted: '2024-03-21' },
    buildingBlocks: ['benefit-sharing'],
    risks: [CONCENTRATION, BIAS],
    actors: ['united-nations-general-assembly', 'united-states'],
    summary:
      'The General Assembly’s first resolution on AI, adopted without a vote on 21 March 2024 on a proposal led by the United States. It encourages states to promote safe, secure and trustworthy AI systems for sustainable development, to respect human rights throughout their life cycle, and to help developing countries close digital divides.',
    limits: 'Non-binding, and limited to AI in the non-military domain.',
    sources: [{ title: 'General Assembly resolution 78/265 (A/RES/78/265)', url: 'https://docs.un.org/en/A/RES/78/265' }],
    related: ['unga-resolution-78-311'],
  },
  {
    slug: 'unga-resolution-78-311',
    title: 'UN General Assembly resolution 78/311 on capacity-building in AI',
    officialTitle: 'Enhancing international cooperation on capacity-building of artificial intelligence',
    identifier: 'A/RES/78/311',
    kind: 'resolution',
    status: 'adopted',
    statusCheckedOn: TODAY,
    dates: { adopted: '2024-07-01' },
    buildingBlocks: ['benefit-sharing'],
    risks: [CONCENTRATION],
    actors: ['united-nations-general-assembly', 'china'],
    summary:
      'Adopted without a vote on 1 July 2024 on a proposal led by China, it calls for international cooperation and support, in particular for developing countries, to build capacity in AI – skills, infrastructure, access and the sharing of knowledge – in support of the Sustainable Development Goals.',
    limits: 'Non-binding, and it sets up no fund or mechanism of its own.',
    sources: [{ title: 'General Assembly resolution 78/311 (A/RES/78/311)', url: 'https://docs.un.org/en/A/RES/78/311' }],
    related: ['unga-resolution-78-265', 'ai-capacity-building-action-plan'],
  },
  {
    slug: 'governing-ai-for-humanity',
    title: 'Governing AI for Humanity (final report of the UN High-level Advisory Body on AI)',
    officialTitle: 'Governing AI for Humanity: Final Report',
    kind: 'report',
    status: 'published',
    statusCheckedOn: TODAY,
    dates: { adopted: '2024-09-19' },
    buildingBlocks: ['benefit-sharing', 'institutional-arrangements'],
    risks: [CONCENTRATION, CONTROL],
    actors: ['united-nations-secretary-general'],
    summary:
      'The final report of the UN Secretary-General’s High-level Advisory Body on Artificial Intelligence, published in September 2024. Its seven recommendations include an international scientific panel on AI, a policy dialogue on AI governance, an AI standards exchange, an AI capacity development network, a global fund for AI to close the AI divide, a global AI data framework and a small AI office in the UN Secretariat.',
    limits: 'Recommendations only: it was for member states to decide which to take up, as they did in 2025 for the scientific panel and the global dialogue.',
    sources: [{ title: 'High-level Advisory Body on Artificial Intelligence (United Nations)', url: 'https://www.un.org/ai-advisory-body' }],
    related: ['global-digital-compact', 'un-independent-international-scientific-panel-on-ai', 'global-dialogue-on-ai-governance'],
  },
  {
    slug: 'global-digital-compact',
    title: 'Global Digital Compact',
    officialTitle: 'Global Digital Compact (annex I to the Pact for the Future)',
    identifier: 'A/RES/79/1',
    kind: 'resolution',
    status: 'adopted',
    statusCheckedOn: TODAY,
    dates: { adopted: '2024-09-22' },
    buildingBlocks: ['benefit-sharing', 'institutional-arrangements'],
    risks: [CONCENTRATION],
    actors: ['united-nations-general-assembly'],
    summary:
      'A framework for international digital cooperation agreed by UN member states on 22 September 2024 as an annex to the Pact for the Future (General Assembly resolution 79/1). On AI, member states committed to establish an independent international scientific panel on AI and a global dialogue on AI governance within the UN, and to build AI capacity, particularly in developing countries.',
    limits: 'Political commitments without enforcement; its AI bodies needed later decisions of the General Assembly to be set up.',
    sources: [{ title: 'The Pact for the Future, General Assembly resolution 79/1 (A/RES/79/1)', url: 'https://docs.un.org/en/A/RES/79/1' }],
    related: ['un-independent-international-scientific-panel-on-ai', 'global-dialogue-on-ai-governance', 'un-office-for-digital-and-emerging-technologies'],
  },
  {
    slug: 'unesco-recommendation-on-the-ethics-of-ai',
    title: 'UNESCO Recommendation on the Ethics of Artificial Intelligence',
    officialTitle: 'Recommendation on the Ethics of Artificial Intelligence',
    kind: 'resolution',
    status: 'adopted',
    statusCheckedOn: TODAY,
    dates: { adopted: '2021-11' },
    buildingBlocks: ['benefit-sharing', 'institutional-arrangements'],
    risks: [BIAS, CONCENTRATION],
    actors: ['unesco'],
    summary:
      'The first global standard-setting instrument on the ethics of AI, adopted by UNESCO’s General Conference, representing its 193 member states, in November 2021. Besides values and principles, it sets out policy areas such as data governance, the environment, gender, education and health, and UNESCO helps countries apply it, including through a readiness assessment methodology.',
    limits: 'Non-binding: how far it is applied depends on each member state.',
    sources: [{ title: 'Recommendation on the Ethics of Artificial Intelligence (UNESCO)', url: 'https://www.unesco.org/en/artificial-intelligence/recommendation-ethics' }],
  },
  {
    slug: 'current-ai',
    title: 'Current AI',
    kind: 'programme',
    status: 'operating',
    statusCheckedOn: TODAY,
    dates: { adopted: '2025-02' },
    buildingBlocks: ['benefit-sharing'],
    risks: [CONCENTRATION],
    actors: ['france'],
    summary:
      'A public-interest AI partnership launched at the AI Action Summit in Paris in February 2025 with an initial USD 400 million from the French government, other governments, philanthropies and companies, and the aim of raising USD 2.5 billion over five years. It supports public goods for AI, such as access to high-quality datasets, open-source tools and infrastructure, and ways to measure AI’s social and environmental impact.',
    limits: 'Voluntarily funded, and its resources are small compared with private investment in AI.',
    sources: [{ title: 'Current AI', url: 'https://www.currentai.org/' }],
    related: ['paris-ai-action-summit-statement'],
  },
  {
    slug: 'african-union-continental-ai-strategy',
    title: 'African Union Continental Artificial Intelligence Strategy',
    officialTitle: 'Continental Artificial Intelligence Strategy',
    kind: 'programme',
    status: 'adopted',
    statusCheckedOn: TODAY,
    dates: { announced: '2024-06', adopted: '2024-07' },
    buildingBlocks: ['benefit-sharing'],
    risks: [CONCENTRATION, LABOUR],
    actors: ['african-union'],
    summary:
      'The African Union’s strategy for harnessing AI for Africa’s development, endorsed by African ministers of communication and ICT in June 2024 and adopted by the AU Executive Council in Accra in July 2024. It calls for African AI infrastructure, data and skills, national AI strategies and governance, and a stronger African voice in global AI governance, with implementation planned from 2025 to 2030.',
    limits: 'A strategy for member states to carry out: it depends on national action and funding, and creates no binding rules.',
    sources: [{ title: 'Continental Artificial Intelligence Strategy (African Union)', url: 'https://au.int/en/documents/20240809/continental-artificial-intelligence-strategy' }],
  },
  {
    slug: 'ai-capacity-building-action-plan',
    title: 'AI Capacity-Building Action Plan for Good and for All (China)',
    officialTitle: 'AI Capacity-Building Action Plan for Good and for All',
    kind: 'programme',
    status: 'adopted',
    statusCheckedOn: TODAY,
    dates: { adopted: '2024-09' },
    buildingBlocks: ['benefit-sharing'],
    risks: [CONCENTRATION],
    actors: ['china'],
    summary:
      'An action plan presented by China’s Foreign Minister Wang Yi at a high-level meeting at the UN in September 2024 to follow up resolution 78/311, covering AI infrastructure, applications, skills, data and safety governance for the Global South. China and Zambia also launched a Group of Friends for International Cooperation on AI Capacity-building at the UN, which first met in December 2024.',
    limits: 'A national initiative: what it delivers depends on the programmes of China and its partners.',
    sources: [],
    related: ['unga-resolution-78-311', 'global-ai-governance-action-plan'],
  },
  {
    slug: 'itu-ai-for-good',
    title: 'AI for Good (ITU)',
    kind: 'programme',
    status: 'operating',
    statusCheckedOn: TODAY,
    dates: { adopted: '2017' },
    buildingBlocks: ['benefit-sharing', 'institutional-arrangements'],
    risks: [CONCENTRATION],
    actors: ['itu'],
    summary:
      'A UN platform organised by the International Telecommunication Union together with other UN agencies, best known for its global summit held in Geneva since 2017, that connects people working on AI with problems of sustainable development and hosts work on AI standards.',
    limits: 'A convening and matchmaking platform: it makes no rules.',
    sources: [{ title: 'AI for Good (ITU)', url: 'https://aiforgood.itu.int/' }],
  },

  // ----------------------------------------------- Institutional arrangements
  {
    slug: 'council-of-europe-framework-convention-on-ai',
    title: 'Council of Europe Framework Convention on Artificial Intelligence',
    officialTitle: 'Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law',
    identifier: 'CETS No. 225',
    kind: 'treaty',
    status: 'open-for-signature',
    statusCheckedOn: TODAY,
    dates: { adopted: '2024-05-17' },
    buildingBlocks: ['institutional-arrangements', 'red-lines', 'compliance-mechanisms'],
    risks: [BIAS, DISINFO, CONCENTRATION],
    actors: ['council-of-europe'],
    summary:
      'The first legally binding international treaty on AI, adopted by the Committee of Ministers of the Council of Europe on 17 May 2024 and opened for signature in Vilnius on 5 September 2024, when it was signed by the European Union, the United Kingdom, the United States, Israel and several other European states. Parties must make sure that activities across the lifecycle of AI systems respect human rights, democracy and the rule of law, assess and mitigate risks, and assess the need for bans or moratoria on certain uses (Article 16); states outside Europe may join.',
    limits:
      'It enters into force once five signatories, including three Council of Europe member states, have ratified it; whether it has done so should be checked with the Council of Europe Treaty Office. Parties need not apply it to activities protecting national security, it does not cover national defence, and parties may choose how to meet its obligations in the private sector.',
    sources: [
      { title: 'The Framework Convention on Artificial Intelligence (Council of Europe)', url: 'https://www.coe.int/en/web/artificial-intelligence/the-framework-convention-on-artificial-intelligence' },
      { title: 'Treaty details, CETS No. 225 (Council of Europe Treaty Office)', url: 'https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=225' },
    ],
    related: ['council-of-europe-ai-convention-follow-up'],
  },
  {
    slug: 'oecd-ai-principles',
    title: 'OECD AI Principles',
    officialTitle: 'Recommendation of the Council on Artificial Intelligence',
    identifier: 'OECD/LEGAL/0449',
    kind: 'resolution',
    status: 'adopted',
    statusCheckedOn: TODAY,
    dates: { adopted: '2019-05-22' },
    buildingBlocks: ['institutional-arrangements', 'safety-standards'],
    risks: [BIAS, DISINFO],
    actors: ['oecd'],
    summary:
      'Principles for trustworthy AI adopted by the OECD Council on 22 May 2019 – the first intergovernmental standard on AI – and revised on 3 May 2024 to take account of general-purpose and generative AI. Countries outside the OECD can adhere to them, and they are the basis of the G20 AI Principles and of the Global Partnership on AI.',
    limits: 'A non-binding recommendation: adherence is a political commitment, with no means of enforcing it.',
    sources: [
      { title: 'OECD AI Principles (OECD.AI)', url: 'https://oecd.ai/en/ai-principles' },
      { title: 'Recommendation of the Council on Artificial Intelligence, OECD/LEGAL/0449', url: 'https://legalinstruments.oecd.org/en/instruments/OECD-LEGAL-0449' },
    ],
    related: ['g20-ai-principles', 'global-partnership-on-ai'],
  },
  {
    slug: 'g20-ai-principles',
    title: 'G20 AI Principles',
    kind: 'declaration',
    status: 'adopted',
    statusCheckedOn: TODAY,
    dates: { adopted: '2019-06' },
    buildingBlocks: ['institutional-arrangements'],
    risks: [BIAS],
    actors: ['g20'],
    summary:
      'Principles for human-centred AI, drawn from the OECD AI Principles, that G20 trade and digital economy ministers agreed in Tsukuba, Japan, in June 2019 and G20 leaders welcomed at their Osaka summit later that month. Through them, countries outside the OECD such as China and India subscribed to the same principles.',
    limits: 'Non-binding principles without a follow-up mechanism of their own.',
    sources: [],
    related: ['oecd-ai-principles'],
  },
  {
    slug: 'global-partnership-on-ai',
    title: 'Global Partnership on Artificial Intelligence (GPAI)',
    kind: 'body',
    status: 'operating',
    statusCheckedOn: TODAY,
    dates: { adopted: '2020-06-15' },
    buildingBlocks: ['institutional-arrangements', 'technical-cooperation'],
    risks: [BIAS, CONCENTRATION],
    actors: ['global-partnership-on-ai', 'oecd'],
    summary:
      'A partnership launched in June 2020 to bring governments and experts together on responsible AI, with its secretariat at the OECD. In July 2024 it was integrated with the OECD’s own work on AI into a single partnership under the GPAI name, initially of 44 countries participating on an equal footing on the basis of the OECD AI Principles.',
    limits: 'A forum for policy work and research without rule-making powers; members must subscribe to the OECD AI Principles.',
    sources: [],
    related: ['oecd-ai-principles'],
  },
  {
    slug: 'global-dialogue-on-ai-governance',
    title: 'UN Global Dialogue on AI Governance',
    officialTitle: 'Global Dialogue on Artificial Intelligence Governance',
    kind: 'body',
    status: 'operating',
    statusCheckedOn: TODAY,
    dates: { announced: '2024-09-22', adopted: '2025-08-26' },
    buildingBlocks: ['institutional-arrangements'],
    risks: [CONCENTRATION, CONFLICT],
    actors: ['united-nations-general-assembly', 'un-office-for-digital-and-emerging-technologies'],
    summary:
      'A forum within the United Nations, established by General Assembly resolution 79/325 and launched at a high-level meeting in New York on 25 September 2025, in which governments and other stakeholders – it is both intergovernmental and multistakeholder – discuss international cooperation on AI governance. Its sessions were scheduled for Geneva in July 2026 and New York in 2027, and the Independent International Scientific Panel on AI presents its annual report there.',
    limits: 'A dialogue, not a negotiating body: it takes no binding decisions, and the United States has said it opposes centralised international governance of AI.',
    sources: [RES_79_325],
    related: ['un-independent-international-scientific-panel-on-ai', 'global-digital-compact'],
  },
  {
    slug: 'g7-hiroshima-ai-process',
    title: 'G7 Hiroshima AI Process',
    kind: 'programme',
    status: 'operating',
    statusCheckedOn: '2026-05-28',
    dates: { announced: '2023-05' },
    buildingBlocks: ['institutional-arrangements', 'safety-standards'],
    risks: [CONTROL, DISINFO],
    actors: ['g7', 'oecd'],
    summary:
      'A G7 process on generative and advanced AI launched at the G7 summit in Hiroshima in May 2023 under Japan’s presidency. It produced the International Guiding Principles and the Code of Conduct for organisations developing advanced AI in October 2023 and a Comprehensive Policy Framework endorsed by G7 leaders in December 2023; the OECD monitors the Code through a reporting framework.',
    limits: 'Its membership is the G7 and the countries that choose to join its work, and all its instruments are voluntary.',
    sources: [{ title: 'Hiroshima AI Process: documents (Ministry of Internal Affairs and Communications, Japan)', url: 'https://www.soumu.go.jp/hiroshimaaiprocess/en/documents.html' }],
    related: ['hiroshima-process-code-of-conduct', 'hiroshima-ai-process-reporting-framework'],
  },
  {
    slug: 'ai-summit-series',
    title: 'AI summit series (Bletchley Park, Seoul, Paris, New Delhi)',
    kind: 'body',
    status: 'operating',
    statusCheckedOn: '2026-02-20',
    dates: { adopted: '2023-11-01' },
    buildingBlocks: ['institutional-arrangements', 'technical-cooperation'],
    risks: [CONTROL, CONCENTRATION],
    actors: ['ai-summit-series', 'united-kingdom', 'republic-of-korea', 'france', 'india'],
    summary:
      'A series of intergovernmental summits on AI, each hosted by one or two governments: the AI Safety Summit at Bletchley Park (November 2023), the AI Seoul Summit (May 2024), the AI Action Summit in Paris (February 2025) and the AI Impact Summit in New Delhi (February 2026). Its focus has moved from the safety of frontier AI towards innovation, access to AI and its impact.',
    limits: 'It has no secretariat, membership or standing mandate: each host sets the agenda and the invitations, and not every participant signs each outcome.',
    sources: [],
    related: ['bletchley-declaration', 'seoul-declaration', 'paris-ai-action-summit-statement', 'ai-impact-summit-declaration'],
  },
  {
    slug: 'un-office-for-digital-and-emerging-technologies',
    title: 'UN Office for Digital and Emerging Technologies',
    kind: 'body',
    status: 'operating',
    statusCheckedOn: TODAY,
    dates: { adopted: '2025-01-01' },
    buildingBlocks: ['institutional-arrangements'],
    risks: [CONCENTRATION],
    actors: ['un-office-for-digital-and-emerging-technologies', 'united-nations-secretary-general'],
    summary:
      'An office of the UN Secretariat that took over from the Office of the Secretary-General’s Envoy on Technology on 1 January 2025, following a General Assembly decision of December 2024 in follow-up to the Global Digital Compact. It is the UN system’s focal point for digital cooperation and supports the implementation of the Compact, including its decisions on AI governance.',
    limits: 'A secretariat office that coordinates and convenes; it has no regulatory powers.',
    sources: [],
    related: ['global-digital-compact'],
  },
  {
    slug: 'iaea-for-ai-proposals',
    title: 'Proposals for an “IAEA for AI”',
    kind: 'body',
    status: 'proposed',
    statusCheckedOn: TODAY,
    dates: { announced: '2023-05' },
    buildingBlocks: ['institutional-arrangements', 'compliance-mechanisms'],
    risks: [CONTROL, WMD],
    actors: ['frontier-ai-companies', 'united-nations-secretary-general'],
    summary:
      'Proposals for an international agency for advanced AI modelled on the International Atomic Energy Agency, able to set safety standards and to inspect and verify. The idea was put forward by OpenAI’s leaders in May 2023, and in June 2023 the UN Secretary-General said he would be favourable to such an agency.',
    limits: 'No negotiation on such an agency has begun; one with powers of inspection would need a treaty.',
    sources: [],
  },

  // ---------------------------------------------------- Compliance mechanisms
  {
    slug: 'council-of-europe-ai-convention-follow-up',
    title: 'Follow-up mechanism of the Council of Europe AI Convention (Conference of the Parties)',
    kind: 'body',
    status: 'adopted',
    statusCheckedOn: TODAY,
    dates: { adopted: '2024-05-17' },
    buildingBlocks: ['compliance-mechanisms'],
    risks: [BIAS, DISINFO],
    actors: ['council-of-europe'],
    summary:
      'The Framework Convention sets up a Conference of the Parties (Article 23) to follow how the parties implement it, make recommendations on its interpretation and application, and help settle disputes, and requires each party to report to it within two years of becoming a party and periodically afterwards (Article 24).',
    limits: 'A peer-review forum without powers of inspection or sanction, which meets only once the convention is in force.',
    sources: [{ title: 'The Framework Convention on Artificial Intelligence (Council of Europe)', url: 'https://www.coe.int/en/web/artificial-intelligence/the-framework-convention-on-artificial-intelligence' }],
    related: ['council-of-europe-framework-convention-on-ai'],
  },
  {
    slug: 'eu-ai-act-enforcement',
    title: 'EU AI Act enforcement: penalties, national authorities and the AI Office',
    officialTitle: 'Regulation (EU) 2024/1689 (Artificial Intelligence Act), Chapter XII: Penalties',
    identifier: 'Regulation (EU) 2024/1689, Articles 99 and 101',
    kind: 'law',
    status: 'in-force',
    statusCheckedOn: TODAY,
    dates: { adopted: '2024-06-13', inForce: '2025-08-02' },
    buildingBlocks: ['compliance-mechanisms'],
    risks: [BIAS, DISINFO, CONTROL],
    actors: ['european-union'],
    summary:
      'National market-surveillance authorities enforce most of the AI Act and impose its fines – up to EUR 35 million or 7% of worldwide annual turnover for prohibited practices – while the European Commission, through its AI Office, supervises providers of general-purpose AI models and can fine them up to EUR 15 million or 3% of turnover. The penalty rules apply since 2 August 2025, and the Commission’s power to fine providers of general-purpose models since 2 August 2026.',
    limits: 'Enforcement stops at the EU’s borders and does not reach AI used exclusively for military, defence or national-security purposes.',
    sources: [AI_ACT_OJ],
    related: ['eu-ai-act', 'general-purpose-ai-code-of-practice'],
  },
  {
    slug: 'us-ai-diffusion-rule',
    title: 'US AI Diffusion Rule',
    officialTitle: 'Framework for Artificial Intelligence Diffusion',
    kind: 'law',
    status: 'withdrawn',
    statusCheckedOn: TODAY,
    dates: { announced: '2025-01-13', adopted: '2025-01-15' },
    buildingBlocks: ['compliance-mechanisms'],
    risks: [CONFLICT, CONCENTRATION],
    actors: ['united-states'],
    summary:
      'An interim final rule of the US Bureau of Industry and Security, issued in January 2025, that would have required licences worldwide for exports of the most advanced AI chips, with countries sorted into three tiers under different limits, and controlled exports of the weights of certain advanced closed-weight AI models. On 13 May 2025, two days before companies would have had to comply, the Department of Commerce announced that it was rescinding the rule and would not enforce it.',
    limits: 'Withdrawn before companies had to comply with it; the earlier US export controls on advanced chips remain, and the Department said it would issue a replacement rule.',
    sources: [],
    related: ['us-export-controls-on-advanced-ai-chips'],
  },
  {
    slug: 'us-export-controls-on-advanced-ai-chips',
    title: 'US export controls on advanced AI chips',
    kind: 'law',
    status: 'in-force',
    statusCheckedOn: '2025-05-13',
    dates: { adopted: '2022-10-07', inForce: '2022-10' },
    buildingBlocks: ['compliance-mechanisms'],
    risks: [CONFLICT, CONCENTRATION],
    actors: ['united-states'],
    summary:
      'Rules of the US Bureau of Industry and Security, first issued in October 2022 and tightened in October 2023 and December 2024, that require licences to export the most advanced AI chips, and equipment for making advanced chips, to China and certain other destinations. They aim to limit access to the computing power needed to train frontier AI models.',
    limits:
      'A national measure, not an international agreement: it depends on enforcement against smuggling and on the cooperation of other countries that make chips and chip-making equipment, and its terms change with US policy.',
    sources: [],
    related: ['us-ai-diffusion-rule', 'chip-security-act'],
  },
  {
    slug: 'chip-security-act',
    title: 'Chip Security Act (US bill on location verification for AI chips)',
    officialTitle: 'Chip Security Act',
    identifier: 'S. 1705 (119th Congress)',
    kind: 'law',
    status: 'proposed',
    statusCheckedOn: '2025-07-07',
    dates: { announced: '2025-05-08' },
    buildingBlocks: ['compliance-mechanisms'],
    risks: [CONFLICT],
    actors: ['united-states'],
    summary:
      'A bill introduced in the US Senate on 8 May 2025, with a companion bill in the House of Representatives, that would require export-controlled advanced AI chips to carry location-verification mechanisms and exporters to report diversion or tampering to the Bureau of Industry and Security, and would have the Commerce and Defense departments assess further chip security mechanisms.',
    limits: 'A bill, not law; it would add to national export controls rather than create an international verification regime.',
    sources: [{ title: 'S. 1705, Chip Security Act, as introduced (Congress.gov)', url: 'https://www.congress.gov/119/bills/s1705/BILLS-119s1705is.htm' }],
    related: ['us-export-controls-on-advanced-ai-chips', 'compute-based-verification'],
  },
  {
    slug: 'compute-based-verification',
    title: 'Compute-based verification of AI commitments (research proposals)',
    kind: 'programme',
    status: 'proposed',
    statusCheckedOn: TODAY,
    dates: { announced: '2023' },
    buildingBlocks: ['compliance-mechanisms'],
    risks: [CONTROL, WMD, CONFLICT],
    actors: ['independent-researchers'],
    summary:
      'Proposals from researchers and policy analysts to verify commitments on AI by monitoring the large amounts of specialised computing hardware that training advanced models requires – for example through registries of chips, mechanisms built into the hardware, and inspections of data centres.',
    limits: 'Research proposals: no government has agreed to such a regime, and the technical mechanisms are still being developed.',
    sources: [],
    related: ['chip-security-act'],
  },
]
