/** @jest-environment node */
import { seededCitations, webpageCitation } from '@/test/referenceFixtures'

import { apaText, sortCitations, toCsl } from './csl'

const [villalobos, maas, cassBeggs] = seededCitations as [(typeof seededCitations)[0], (typeof seededCitations)[0], (typeof seededCitations)[0]]

describe('toCsl', () => {
  test('maps people, organisations, year, series, publisher and DOI', () => {
    expect(toCsl(maas)).toEqual({
      id: 'maas-villalobos-2023',
      'citation-key': 'maas-villalobos-2023',
      type: 'report',
      title: 'International AI Institutions: A Literature Review of Models, Examples, and Proposals',
      author: [
        { family: 'Maas', given: 'Matthijs M.' },
        { family: 'Villalobos Ruiz', given: 'José Jaime' },
      ],
      issued: { 'date-parts': [[2023]] },
      'collection-title': 'AI Foundations Report',
      publisher: 'Legal Priorities Project',
      DOI: '10.2139/ssrn.4579773',
    })
    expect(toCsl(webpageCitation)).toEqual({
      id: 'oecd-2024',
      'citation-key': 'oecd-2024',
      type: 'webpage',
      title: 'OECD AI Principles',
      author: [{ literal: 'OECD' }],
      issued: { 'date-parts': [[2024]] },
      'container-title': 'OECD.AI',
      URL: 'https://oecd.ai/en/ai-principles',
      accessed: { 'date-parts': [[2026, 11, 20]] },
    })
  })

  test('a citation without a title has no title key; a paper is a report; blanks are left out', () => {
    const item = toCsl(villalobos)
    expect(item).not.toHaveProperty('title')
    expect(item.author).toEqual([{ family: 'Villalobos' }, { family: 'Maas' }, { family: 'Winter' }])
    expect(toCsl(cassBeggs).type).toBe('report')
    const blank = toCsl({ ...maas, title: '  ', doi: '', publisher: null, authors: [{ kind: 'person', family: ' ', given: 'X' }] })
    expect(blank).not.toHaveProperty('title')
    expect(blank).not.toHaveProperty('DOI')
    expect(blank).not.toHaveProperty('author')
    expect(blank).not.toHaveProperty('publisher')
  })

  test('each type maps to its CSL type', () => {
    const types = ['article-journal', 'report', 'paper', 'book', 'chapter', 'webpage'] as const
    expect(types.map((type) => toCsl({ ...maas, type }).type)).toEqual(['article-journal', 'report', 'report', 'book', 'chapter', 'webpage'])
    expect(toCsl({ ...maas, type: 'article-journal', containerTitle: 'Journal' })['container-title']).toBe('Journal')
  })
})

describe('the bibliography', () => {
  test('is sorted by first author, then year', () => {
    const sorted = sortCitations([...seededCitations, { ...maas, slug: 'maas-2021', year: 2021 }])
    expect(sorted.map((c) => c.slug)).toEqual(['cass-beggs-et-al-2024', 'maas-2021', 'maas-villalobos-2023', 'villalobos-maas-winter-2026'])
  })

  test('APA text of the three seeded references', () => {
    expect(apaText(maas)).toBe(
      'Maas, M. M., & Villalobos Ruiz, J. J. (2023). International AI Institutions: A Literature Review of Models, Examples, and Proposals (AI Foundations Report). Legal Priorities Project. https://doi.org/10.2139/ssrn.4579773',
    )
    expect(apaText(cassBeggs)).toBe(
      'Cass-Beggs, D., Clare, S., Dimowo, D., & Kara, Z. (2024). Framework Convention on Global AI Challenges. Centre for International Governance Innovation (CIGI).',
    )
    expect(apaText(villalobos)).toBe('Villalobos, Maas, & Winter. (2026).')
  })

  test('an organisation as author, with the link', () => {
    expect(apaText(webpageCitation)).toBe('OECD. (2024). OECD AI Principles. OECD.AI. https://oecd.ai/en/ai-principles')
  })
})
