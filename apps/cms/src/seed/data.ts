/**
 * The content the site starts with: the text of today's site
 * (shared/seeds/000_412904cf63a1143e.txt) and the checked facts of
 * shared/content-facts.md. Pure data — nothing here talks to Payload;
 * `index.ts` turns it into documents.
 *
 * Rules kept here (and checked by data.test.ts):
 * - titles, names, lists and definitions carry over from the seed text verbatim;
 * - current efforts are initiatives of their own (initiatives.ts); gaps and
 *   analogies name only what is certain;
 * - links only where the address is certain (none at present: editors add them);
 * - no contact email: the seed's is redacted, editors set the real one.
 */
import type { Citation, Home, MediaEntry, Site } from '../payload-types'

export type HomeSection = NonNullable<Home['sections']>[number]['section']

export type SeedBuildingBlock = {
  title: string
  slug: string
  order: number
  /** The seed's one-paragraph definition, verbatim. */
  summary: string
  /** Plain paragraphs; the seeder turns them into Lexical rich text. */
  body: string[]
  gaps: string[]
  analogousRegimes: { regime: string; lesson: string }[]
  /** Slugs of risks. */
  relatedRisks: string[]
  /** Slugs of benefits. */
  relatedBenefits: string[]
  /** Slugs of citations. */
  citations: string[]
}

export type SeedRisk = { title: string; slug: string; order: number; summary: string }

export type SeedBenefit = { title: string; slug: string; order: number; summary: string; sdgs: number[] }

export type SeedCitation = {
  slug: string
  type: Citation['type']
  title?: string
  authors: { kind: 'person' | 'organization'; given?: string; family?: string; name?: string }[]
  year: number
  containerTitle?: string
  publisher?: string
  url?: string
  doi?: string
  note?: string
}

export type SeedMediaEntry = {
  kind: MediaEntry['kind']
  title: string
  slug: string
  order: number
  summary: string
  publisher?: string
  partners: string[]
  watchUrl?: string
  questions: string[]
  /** Slugs of building blocks. */
  relatedBuildingBlocks: string[]
}

export type SeedHome = {
  hero: { heading: string; lede: string }
  why: { heading: string; reasons: string[] }
  benefitsAndRisks: { heading: string; benefitsHeading: string; risksHeading: string }
  buildingBlocks: { heading: string; intro: string; basis: string; citations: string[] }
  media: { heading: string; entries: string[] }
  sections: HomeSection[]
}

export type SeedSite = {
  siteName: Site['siteName']
  tagline: string
  navigation: { label: string; href: string }[]
  contact: { heading: string; people: string[]; team: string; organisation: string }
  footer: { closingLine: string; copyright: string; maintainedBy: string }
}

// ---------------------------------------------------------------------------
// Citations: the three comparative analyses the seed cites.

export const citations: SeedCitation[] = [
  {
    slug: 'villalobos-maas-winter-2026',
    // Only the surnames and year are known; title and details are left for editors.
    // `type` is required by the collection; 'report' is its default.
    type: 'report',
    authors: [
      { kind: 'person', family: 'Villalobos' },
      { kind: 'person', family: 'Maas' },
      { kind: 'person', family: 'Winter' },
    ],
    year: 2026,
  },
  {
    // The seed cites it as "Maas and Villalobos, 2023"; the slug keeps that short form.
    slug: 'maas-villalobos-2023',
    type: 'report',
    title: 'International AI Institutions: A Literature Review of Models, Examples, and Proposals',
    authors: [
      { kind: 'person', given: 'Matthijs M.', family: 'Maas' },
      { kind: 'person', given: 'José Jaime', family: 'Villalobos Ruiz' },
    ],
    year: 2023,
    containerTitle: 'AI Foundations Report',
    publisher: 'Legal Priorities Project',
    doi: '10.2139/ssrn.4579773',
  },
  {
    slug: 'cass-beggs-et-al-2024',
    type: 'paper',
    title: 'Framework Convention on Global AI Challenges',
    authors: [
      { kind: 'person', given: 'Duncan', family: 'Cass-Beggs' },
      { kind: 'person', given: 'Stephen', family: 'Clare' },
      { kind: 'person', given: 'Dawn', family: 'Dimowo' },
      { kind: 'person', given: 'Zaheed', family: 'Kara' },
    ],
    year: 2024,
    publisher: 'Centre for International Governance Innovation (CIGI)',
    note: 'Discussion paper of the Global AI Risks Initiative at CIGI; Duncan Cass-Beggs and Stephen Clare are the lead authors.',
  },
]

// ---------------------------------------------------------------------------
// Risks, in the seed's order.

export const risks: SeedRisk[] = [
  {
    title: 'Bias',
    slug: 'bias',
    order: 1,
    summary:
      'AI systems can reproduce and amplify biases in the data they learn from, leading to unfair decisions about people in hiring, lending or public services. Because the same models are used in many countries, these harms travel across borders.',
  },
  {
    title: 'Manipulation and disinformation',
    slug: 'manipulation-and-disinformation',
    order: 2,
    summary:
      'AI makes it cheap to produce convincing false content and to tailor persuasion to individuals at scale, which can undermine elections and public trust in any country.',
  },
  {
    title: 'Cybersecurity',
    slug: 'cybersecurity',
    order: 3,
    summary:
      'AI can help attackers find and exploit weaknesses in computer systems faster and at greater scale, and AI systems are themselves targets of attack. Cyberattacks do not stop at borders.',
  },
  {
    title: 'Labor displacement',
    slug: 'labor-displacement',
    order: 4,
    summary:
      'AI may automate tasks faster than workers and economies can adapt, with job losses concentrated in some sectors and some countries.',
  },
  {
    title: 'Enabling construction of weapons of mass destruction',
    slug: 'enabling-construction-of-weapons-of-mass-destruction',
    order: 5,
    summary:
      'Advanced AI could lower the barriers to designing or producing biological, chemical, nuclear or radiological weapons, bringing capabilities once limited to states within reach of small groups.',
  },
  {
    title: 'Great power conflict',
    slug: 'great-power-conflict',
    order: 6,
    summary:
      'Competition for AI leadership and the military use of AI could raise tensions between major powers and increase the risk of an arms race, miscalculation or escalation.',
  },
  {
    title: 'Power concentration and exacerbated inequality',
    slug: 'power-concentration-and-exacerbated-inequality',
    order: 7,
    summary:
      'The resources needed to build advanced AI are held by a few companies and countries. Without coordination, the wealth and influence AI brings may concentrate further in their hands.',
  },
  {
    title: 'Social instability',
    slug: 'social-instability',
    order: 8,
    summary:
      'Rapid disruption of work, information and public institutions could erode social cohesion and trust, especially in societies that are already under strain.',
  },
  {
    title: 'Loss of control',
    slug: 'loss-of-control',
    order: 9,
    summary:
      'Increasingly capable and autonomous AI systems could act in ways their developers did not intend and cannot correct, with consequences no single country could contain.',
  },
]

// ---------------------------------------------------------------------------
// Benefits, in the seed's order, with the Sustainable Development Goals they advance.

export const benefits: SeedBenefit[] = [
  {
    title: 'Scientific progress',
    slug: 'scientific-progress',
    order: 1,
    summary:
      'AI can speed up research, from predicting the structure of proteins to analysing very large datasets, and open new lines of discovery that benefit everyone when results and tools are shared.',
    sdgs: [9],
  },
  {
    title: 'Industry and productivity',
    slug: 'industry-and-productivity',
    order: 2,
    summary:
      'AI can raise productivity across industries by automating routine tasks and supporting better decisions, creating new products and new sources of growth.',
    sdgs: [8, 9],
  },
  {
    title: 'Health',
    slug: 'health',
    order: 3,
    summary:
      'AI can support earlier diagnosis, faster drug discovery and better-targeted care, and can extend medical expertise to places with few specialists.',
    sdgs: [3],
  },
  {
    title: 'Education',
    slug: 'education',
    order: 4,
    summary:
      'AI tools can adapt learning to each student and support teachers, widening access to good education where resources are scarce.',
    sdgs: [4],
  },
  {
    title: 'Governance',
    slug: 'governance',
    order: 5,
    summary:
      "Used transparently and accountably, AI can help governments deliver public services, analyse policy options and respond to citizens' needs.",
    sdgs: [16],
  },
  {
    title: 'Reduced inequality and poverty',
    slug: 'reduced-inequality-and-poverty',
    order: 6,
    summary:
      'If its gains are shared widely, AI can help raise incomes and narrow gaps between and within countries instead of widening them.',
    sdgs: [1, 10],
  },
  {
    title: 'Advancing other SDGs',
    slug: 'advancing-other-sdgs',
    order: 7,
    summary:
      'AI can contribute to many other Sustainable Development Goals, for example through better climate models, more productive agriculture and earlier warning of disasters.',
    sdgs: [2, 11, 13],
  },
]

// ---------------------------------------------------------------------------
// Building blocks, in the seed's order.

const ALL_THREE = ['villalobos-maas-winter-2026', 'maas-villalobos-2023', 'cass-beggs-et-al-2024']

export const buildingBlocks: SeedBuildingBlock[] = [
  {
    title: 'Red lines',
    slug: 'red-lines',
    order: 1,
    summary:
      'AI experts and governments agree that certain practices relating to AI should be internationally prohibited to reduce the likelihood of harm.',
    body: [
      'Red lines are limits on the development and use of AI that should not be crossed, whoever the developer is and wherever they work. They concern the most severe and widely recognised harms, such as AI systems that copy themselves without human oversight or that help people build weapons of mass destruction.',
      'Because a dangerous capability developed in one country can cause harm in all of them, a prohibition works only if it is shared. Red lines also guide the other building blocks: they tell safety standards what to test for and compliance mechanisms what to verify.',
      'Today, red lines exist as statements by scientists, voluntary commitments by companies and regional law. Turning them into commitments between states remains an open task.',
    ],
    gaps: [
      'There is no international agreement between states on which AI practices are prohibited; existing red lines are voluntary, come from scientists or civil society, or apply in one region only.',
      'Commitments by companies leave each developer to set its own thresholds, so what counts as an intolerable risk differs from one company to the next.',
      'There is no agreed way to check that red lines are respected or to respond when one is crossed.',
      'Nearly every instrument leaves out military and national-security uses: the EU AI Act does not apply to them, the Council of Europe convention lets parties exempt national security, and talks on autonomous weapons in the Convention on Certain Conventional Weapons need the consensus of all its parties.',
      'The major powers have not accepted the same lines: the US and Chinese leaders’ statement on human control over the decision to use nuclear weapons is not an agreement, and the red lines drawn by scientists and civil society bind no government.',
      'A line crossed by an openly released model cannot be undone: once its weights are public, the model cannot be recalled.',
    ],
    analogousRegimes: [
      {
        regime: 'Biological Weapons Convention (1972)',
        lesson:
          'States can agree to ban a whole category of weapons outright. The convention has no verification body, and doubts about compliance have followed it since: a red line needs a way to check it.',
      },
      {
        regime: 'Protocol on Blinding Laser Weapons (1995), Convention on Certain Conventional Weapons',
        lesson: 'A weapon can be prohibited before it is widely deployed, when the harm is foreseeable and no state yet depends on it.',
      },
    ],
    relatedRisks: [
      'enabling-construction-of-weapons-of-mass-destruction',
      'loss-of-control',
      'cybersecurity',
      'manipulation-and-disinformation',
    ],
    relatedBenefits: [],
    citations: ALL_THREE,
  },
  {
    title: 'Safety standards',
    slug: 'safety-standards',
    order: 2,
    summary:
      'International technical standards that form the basis for requirements on advanced AI developers, based on emerging principles and best practices.',
    body: [
      'Safety standards turn broad principles into concrete requirements that can be checked: how developers assess and manage risk, evaluate dangerous capabilities, protect their systems and report what they find.',
      'International standards give developers one set of expectations instead of many, let regulators in different countries rely on one another’s assessments, and allow countries with fewer resources to build on shared expertise. They may be voluntary at first and become binding when laws refer to them.',
      'Standards for the most capable general-purpose systems are still young, and the science of evaluating such systems is changing quickly, so standards will need regular revision.',
    ],
    gaps: [
      'Methods for evaluating the dangerous capabilities of the most advanced models are still immature, and no international standard yet sets requirements for them specifically.',
      'Most standards are voluntary or national and regional, which risks a patchwork of requirements rather than a common international baseline.',
      'Many countries, particularly in the Global South, take little part in the bodies that write AI standards.',
      'The risk thresholds that frontier AI companies published under the Seoul commitments are voluntary, set by each company for itself, and checked by no one outside it.',
      'Once a model’s weights are openly released, no standard or regulator can recall the model or make sure that its safeguards stay in place.',
      'Military and national-security uses of AI fall outside the EU AI Act and most other safety rules.',
    ],
    analogousRegimes: [
      {
        regime: 'ICAO Standards and Recommended Practices (Chicago Convention, 1944)',
        lesson:
          'An international organisation can maintain common technical safety rules for a global industry, which states then apply through their own regulators.',
      },
      {
        regime: 'IAEA safety standards',
        lesson:
          'Standards that are not binding in themselves gain force when states write them into national regulation, and they give countries without their own expertise a tested starting point.',
      },
    ],
    relatedRisks: ['bias', 'cybersecurity', 'manipulation-and-disinformation', 'loss-of-control'],
    relatedBenefits: ['industry-and-productivity', 'health'],
    citations: ALL_THREE,
  },
  {
    title: 'Technical cooperation',
    slug: 'technical-cooperation',
    order: 3,
    summary:
      'Cooperation among States and others to build capacity, reach scientific consensus, conduct joint safety and security research, and more.',
    body: [
      'No single country has all the expertise needed to understand advanced AI. Technical cooperation brings states, research institutions and developers together to build a shared understanding of what AI systems can do and where the risks lie.',
      'It covers several kinds of work: building capacity in countries with fewer resources, reaching scientific consensus through joint assessments, carrying out joint safety and security research, and sharing methods for testing and evaluating systems.',
      'A common evidence base makes the rest of governance easier: states are more likely to agree on rules, standards and red lines when they agree on the facts.',
    ],
    gaps: [
      'Shared scientific assessments are recent, and there is not yet a settled route from their findings to decisions by governments.',
      'Joint safety and security research across geopolitical divides remains limited.',
      'Many countries lack the institutions, computing resources and expertise to take part in testing and research on equal terms.',
      'Cooperation on testing runs largely among the United States and its partners: China is not a member of the International Network for Advanced AI Measurement, Evaluation and Science, although it is represented on the advisory panel of the International AI Safety Report.',
      'The UN’s new scientific panel and global dialogue have no secured long-term funding.',
    ],
    analogousRegimes: [
      {
        regime: 'Intergovernmental Panel on Climate Change (IPCC, 1988)',
        lesson:
          'Regular scientific assessments, written by experts and with summaries approved by governments, can give states a common factual basis for negotiation.',
      },
      {
        regime: 'CERN (1954)',
        lesson:
          'States can pool money and talent in a shared research organisation to do science none of them could do alone, with results published openly.',
      },
    ],
    relatedRisks: ['loss-of-control', 'cybersecurity', 'bias'],
    relatedBenefits: ['scientific-progress', 'reduced-inequality-and-poverty'],
    citations: ALL_THREE,
  },
  {
    title: 'Emergency response',
    slug: 'emergency-response',
    order: 4,
    summary:
      'Coordinated international response to emergencies caused by advanced AI systems that threaten international security.',
    body: [
      'Some AI failures or misuses could unfold quickly and cross borders: a large cyberattack, a system acting outside its developers’ control, or misuse with consequences for international security. In such cases the first hours count.',
      'An international framework for emergencies would settle in advance who must be told and how quickly, which contact points are reachable at any hour, how information is shared, and how states and developers work together to contain the harm.',
      'Other fields show that such arrangements can be agreed before a crisis, so that states are not negotiating procedures in the middle of one.',
    ],
    gaps: [
      'There is no international mechanism for a state or developer to notify others promptly of an AI incident with effects across borders.',
      'There is no agreed definition of an AI emergency, nor thresholds that would trigger a coordinated response.',
      'Incident reporting that exists today mostly records harms after the fact rather than supporting a response while events unfold.',
      'The reporting duties that do exist, such as those of the EU AI Act and California’s SB 53, send reports to one authority and do not provide for alerting other countries.',
      'Incidents in military and national-security systems are largely outside these reporting schemes.',
      'An openly released model cannot be recalled, so a response plan cannot count on withdrawing it.',
    ],
    analogousRegimes: [
      {
        regime: 'Convention on Early Notification of a Nuclear Accident (1986)',
        lesson:
          'Agreed within months of the Chernobyl accident, it commits states to notify those who may be affected, directly or through the IAEA, when an accident may have effects across borders.',
      },
      {
        regime: 'WHO International Health Regulations (2005)',
        lesson:
          'States keep national focal points and must notify WHO of events that may constitute a public health emergency of international concern, so that a response can be coordinated early.',
      },
      {
        regime: 'Convention on Assistance in the Case of a Nuclear Accident or Radiological Emergency (1986)',
        lesson:
          'Adopted together with the Early Notification Convention after Chernobyl, it sets a framework for states to request and give help quickly, with the IAEA coordinating, so that assistance is not negotiated in the middle of a crisis.',
      },
      {
        regime: 'US–Soviet Hotline Agreement (1963)',
        lesson:
          'Set up after the Cuban missile crisis, a direct communication link between Washington and Moscow let leaders reach each other at once in a crisis and reduce the risk of miscalculation.',
      },
      {
        regime: 'US–Soviet Incidents at Sea Agreement (1972)',
        lesson:
          'Agreed rules of conduct and signalling for encounters between the two navies, with regular reviews, made dangerous incidents less likely between rivals who did not trust each other.',
      },
      {
        regime: 'Budapest Convention on Cybercrime (2001): the 24/7 network',
        lesson:
          'Each party keeps a point of contact available 24 hours a day, seven days a week, to give immediate help in investigations across borders, such as preserving electronic evidence before it disappears.',
      },
    ],
    relatedRisks: [
      'loss-of-control',
      'cybersecurity',
      'enabling-construction-of-weapons-of-mass-destruction',
      'great-power-conflict',
    ],
    relatedBenefits: [],
    citations: ALL_THREE,
  },
  {
    title: 'Benefit sharing',
    slug: 'benefit-sharing',
    order: 5,
    summary:
      "AI benefits won't be distributed evenly by default. The adequate frameworks must be put in place to ensure no country is left behind.",
    body: [
      'What it takes to develop advanced AI – computing power, data, skilled people and capital – is concentrated in a small number of countries and companies. Left alone, the benefits of AI are likely to follow the same pattern.',
      'Benefit sharing means frameworks that widen access to AI and to its gains: building capacity, giving access to computing resources and models, supporting local research and applications, and giving every country a say in how AI is governed.',
      'Benefit sharing is also part of the bargain that makes broad participation possible: states are more willing to accept shared limits on risky AI when they also share in what AI makes possible.',
    ],
    gaps: [
      'Commitments so far are mostly political; how benefit sharing would be financed and governed is still open.',
      'Access to computing power, data and expertise remains concentrated, and few mechanisms exist to widen it.',
      'Proposals for a global fund for AI have not turned into secured funding, and the UN’s new scientific panel and global dialogue have no secured long-term funding either.',
      'Benefit-sharing efforts are led from different camps – China’s capacity-building plan and its Group of Friends at the UN, the public-interest projects launched at the Paris summit, the African Union’s own strategy – and nothing links them.',
    ],
    analogousRegimes: [
      {
        regime: 'Nagoya Protocol on Access and Benefit-sharing (2010)',
        lesson:
          'A treaty can tie access to a valuable resource to the fair sharing of the benefits that come from it, though putting such terms into practice has proved complex.',
      },
      {
        regime: 'IAEA Technical Cooperation Programme',
        lesson:
          'Pairing safeguards on a dangerous technology with help for its peaceful uses gives states a reason to join and stay in the regime.',
      },
      {
        regime: 'WHO Pandemic Agreement (2025) and its Pathogen Access and Benefit-Sharing annex',
        lesson:
          'The agreement links access to pathogen samples and genetic sequence data to the sharing of benefits such as vaccines and treatments, but left the detailed terms to a separate annex to be negotiated afterwards, and it opens for signature only once that annex is adopted: agreeing on the principle is easier than agreeing on the terms.',
      },
      {
        regime: 'BBNJ Agreement on marine biodiversity beyond national jurisdiction (2023)',
        lesson:
          'Benefits from marine genetic resources and their digital sequence information are to be shared fairly – through a fund, capacity building and the transfer of technology, not only money – in particular with developing countries that cannot exploit the resources themselves.',
      },
      {
        regime: 'Gavi, the Vaccine Alliance (2000), and COVAX (2020)',
        lesson:
          'Pooled funding and purchasing can widen access to a technology in poorer countries, as Gavi has done for vaccines; but COVAX showed that such a mechanism delivers late when richer countries secure supplies for themselves first.',
      },
    ],
    relatedRisks: ['power-concentration-and-exacerbated-inequality', 'labor-displacement', 'social-instability'],
    relatedBenefits: [
      'scientific-progress',
      'industry-and-productivity',
      'health',
      'education',
      'reduced-inequality-and-poverty',
      'advancing-other-sdgs',
    ],
    citations: ALL_THREE,
  },
  {
    title: 'Institutional arrangements',
    slug: 'institutional-arrangements',
    order: 6,
    summary:
      'The management of benefits and risks will require one or more international institutions that implement international rules on AI.',
    body: [
      'Rules need institutions to carry them out: to bring states together, keep standards up to date, assess the science, support implementation and review compliance. These functions could sit in one body or be divided among several.',
      'Comparative research describes models ranging from scientific consensus-building and political norm-setting to the coordination of regulation, enforcement, emergency response, joint research and the distribution of benefits. Each calls for a different mandate, membership and set of powers.',
      'Existing bodies such as the United Nations, the OECD and the Council of Europe already play parts of this role. The open questions are which functions need a new institution and how the pieces fit together.',
    ],
    gaps: [
      'No international body has a mandate to implement and oversee binding rules on advanced AI.',
      'Efforts are spread across many forums with different memberships, which makes coordination between them harder.',
      'The states where the most advanced AI is developed are not all part of the same instruments.',
      'The major powers sit in different forums: the United States signed the Council of Europe convention but opposes centralised AI governance at the UN, China is party to none of the Council of Europe, EU or G7 instruments, and China leads its own proposal for a World AI Cooperation Organization.',
      'The UN’s new scientific panel and global dialogue have no secured long-term funding.',
      'Almost every instrument leaves military and national-security uses of AI outside its scope.',
    ],
    analogousRegimes: [
      {
        regime: 'International Atomic Energy Agency (IAEA, 1957)',
        lesson:
          'One institution can combine promoting the peaceful use of a technology, setting safety standards and verifying that commitments are kept.',
      },
      {
        regime: 'Vienna Convention for the Protection of the Ozone Layer (1985) and Montreal Protocol (1987)',
        lesson:
          'A framework convention can set up institutions and general commitments first, with more specific obligations added later through protocols as the science and consensus develop.',
      },
    ],
    relatedRisks: ['great-power-conflict', 'power-concentration-and-exacerbated-inequality', 'loss-of-control'],
    relatedBenefits: ['governance', 'advancing-other-sdgs'],
    citations: ALL_THREE,
  },
  {
    title: 'Compliance mechanisms',
    slug: 'compliance-mechanisms',
    order: 7,
    summary:
      'Effective international agreements require verification and enforcement mechanisms that build trust and provide assurances of reciprocal commitments.',
    body: [
      'International agreements hold only if each party can trust that the others keep their side. Compliance mechanisms provide that trust: reporting, monitoring and verification show whether commitments are met, and agreed procedures set out what happens when they are not.',
      'Verification is hard for AI: models are software that can be copied and changed, and developers protect them as trade secrets. Proposed approaches include monitoring the large computing resources that training requires, mechanisms built into hardware, audits by trusted third parties, and reporting duties.',
      'Arms control and other regimes show that verification can be designed to respect legitimate secrets while giving enough assurance for cooperation to work.',
    ],
    gaps: [
      'No international body can verify that states or developers keep commitments on AI.',
      'Technical methods for verifying claims about AI models and their training, without exposing sensitive information, are still at the research stage.',
      'Company thresholds and safety frameworks are voluntary and checked by no one outside the company; reports under the G7 Hiroshima code are self-assessed and not verified.',
      'Controls on AI chips are set by single countries and change with their policy: the United States rescinded its AI Diffusion Rule four months after issuing it.',
      'The Council of Europe convention relies on parties’ own reports, and parties need not apply it to national security.',
      'No verification can reach a model once its weights have been openly released.',
    ],
    analogousRegimes: [
      {
        regime: 'IAEA safeguards under the Treaty on the Non-Proliferation of Nuclear Weapons (1968)',
        lesson:
          'Accounting for nuclear material and on-site inspections let states confirm that others keep their commitments; states accept these checks in return for assurance and access to peaceful uses.',
      },
      {
        regime: 'OPCW inspections under the Chemical Weapons Convention (1997)',
        lesson:
          'Routine inspections of declared industrial sites, with the possibility of challenge inspections, can verify a ban while a legitimate industry keeps working.',
      },
      {
        regime: 'CTBTO International Monitoring System',
        lesson:
          'A worldwide network of seismic, hydroacoustic, infrasound and radionuclide stations, built even though the Comprehensive Nuclear-Test-Ban Treaty has not entered into force, detects nuclear tests and lets every state judge compliance from the same data.',
      },
      {
        regime: 'Montreal Protocol non-compliance procedure (1992)',
        lesson:
          'An Implementation Committee reviews parties that fall behind, usually on the basis of their own data reports, and responds first with help, including funding from the Multilateral Fund, before measures such as cautions or the suspension of rights.',
      },
      {
        regime: 'IAEA Model Additional Protocol (1997)',
        lesson:
          'After Iraq’s secret nuclear weapons programme was uncovered in 1991, states agreed to give inspectors more information and wider access, including to undeclared sites at short notice: verification can be strengthened once its gaps are exposed.',
      },
      {
        regime: 'Financial Action Task Force (FATF) mutual evaluations',
        lesson:
          'Members assess one another’s anti-money-laundering rules and how well they work, and jurisdictions with serious deficiencies are publicly listed: peer review and its consequences for access to markets can drive compliance without a treaty.',
      },
    ],
    relatedRisks: ['enabling-construction-of-weapons-of-mass-destruction', 'loss-of-control', 'great-power-conflict'],
    relatedBenefits: ['governance'],
    citations: ALL_THREE,
  },
]

// ---------------------------------------------------------------------------
// Films and podcasts, in the order the home page shows them.

export const mediaEntries: SeedMediaEntry[] = [
  {
    kind: 'film',
    title: 'Can Diplomats Save The World Again?',
    slug: 'can-diplomats-save-the-world-again',
    order: 1,
    summary:
      'A better path for AI’s development may very well depend on the negotiation of one or more international treaties. This film is about three points across the last seventy years, where diplomats chose the hope of the future, over the promises of the present. If we have done it before, we can do it again.',
    partners: [],
    questions: [],
    relatedBuildingBlocks: ['institutional-arrangements'],
  },
  {
    kind: 'podcast',
    title: 'ProHuman: Governing the Global AI Revolution',
    slug: 'prohuman-governing-the-global-ai-revolution',
    order: 2,
    summary:
      'From Foreign Policy in collaboration with the Future of Life Institute comes a new podcast where global leaders ask AI experts urgent questions about this transformative technology and how we can govern it together.',
    publisher: 'Foreign Policy',
    partners: ['Future of Life Institute'],
    questions: [
      'What guardrails are needed to ensure AI development is safe and beneficial for all of humanity?',
      'What are the red lines not to cross, and how can they be enforced?',
      'How can governments collaborate to create international standards that keep everyone safe?',
      'And how can the benefits of AI be spread equitably across the globe?',
    ],
    relatedBuildingBlocks: ['red-lines', 'safety-standards', 'benefit-sharing', 'compliance-mechanisms'],
  },
]

// ---------------------------------------------------------------------------
// Globals.

export const home: SeedHome = {
  hero: {
    heading: 'The largest risks from AI will affect all of humanity.',
    lede: 'Current efforts, gaps and building blocks for an international AI governance framework.',
  },
  why: {
    heading: 'Why do we need global governance for AI?',
    reasons: [
      'We need international coordination to ensure the benefits of AI are distributed across the globe. Poor coordination is likely to result in concentration of benefits and power in a small number of hands.',
      'Risks and harms from AI are transboundary–they are not contained to a single jurisdiction and will affect all of humanity as they continue to materialize.',
    ],
  },
  benefitsAndRisks: {
    heading: 'Benefits and risks of AI',
    benefitsHeading: 'Benefits',
    risksHeading: 'Risks',
  },
  buildingBlocks: {
    heading: 'Building blocks for an international governance regime',
    intro:
      "To reduce the complexity of international AI governance, it is useful to divide it into components or 'building blocks' that can be analyzed in more depth.",
    basis:
      'Based on the findings of recent comparative analyses of analogous international governance regimes (most notably, Villalobos, Maas and Winter, 2026; Maas and Villalobos, 2023; and Cass-Beggs, Clare and others, 2024), we consider the following building blocks for international AI governance:',
    // In the order the sentence names them.
    citations: ['villalobos-maas-winter-2026', 'maas-villalobos-2023', 'cass-beggs-et-al-2024'],
  },
  media: {
    // The seed shows the two entries without a heading; the site needs one for its outline.
    heading: 'Films and podcasts',
    entries: ['can-diplomats-save-the-world-again', 'prohuman-governing-the-global-ai-revolution'],
  },
  sections: ['why', 'benefits-and-risks', 'building-blocks', 'media', 'contact'],
}

export const site: SeedSite = {
  siteName: 'Global AI Governance',
  tagline: 'Current efforts, gaps and building blocks for an international AI governance framework.',
  navigation: [
    { label: 'Home', href: '/' },
    { label: 'Building blocks', href: '/building-blocks' },
    { label: 'Current efforts', href: '/initiatives' },
    { label: 'Risks', href: '/risks' },
    { label: 'Benefits', href: '/benefits' },
    { label: 'Media', href: '/media' },
    { label: 'References', href: '/references' },
    { label: 'Contact', href: '/contact' },
  ],
  contact: {
    heading: 'Contact Us',
    people: ['José Jaime Villalobos', 'Ima (Imane) Bello'],
    team: 'Multilateral Governance Team',
    organisation: 'Future of Life Institute',
    // No email: the seed's address is redacted. Editors set it in Site settings.
  },
  footer: {
    closingLine: 'Global challenges require global coordination.',
    copyright: '© Future of Life Institute, 2025',
    maintainedBy: 'This website is maintained by the Future of Life Institute (FLI).',
  },
}

/** Everything, for the seeder and the tests. */
export const seedData = { citations, risks, benefits, buildingBlocks, mediaEntries, home, site } as const
