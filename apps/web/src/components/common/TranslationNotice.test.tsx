import { render, screen, within } from '@testing-library/react'

import { BenefitPage } from '@/components/benefits/BenefitPage'
import { BuildingBlockPage } from '@/components/building-blocks/BuildingBlockPage'
import { HomePage } from '@/components/home/HomePage'
import { RiskPage } from '@/components/risks/RiskPage'
import { RisksIndex } from '@/components/risks/RisksIndex'
import { benefits, bias, buildingBlocks, health, home, mediaEntries, redLines, risks, site } from '@/test/fixtures'

const notices = () => document.querySelectorAll('.translation-notice')

describe('the missing-translation notice', () => {
  test('says in the visitor’s language that the page is shown in English, and marks the English text lang="en"', () => {
    render(<BuildingBlockPage block={redLines} locale="fr" untranslated />)
    expect(screen.getByText('Cette page n’est pas encore disponible en français ; elle est affichée en anglais.')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en')
    // English reads left to right even on a right-to-left page.
    expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute('dir', 'ltr')
    expect(screen.getByText('Practices relating to AI that should be internationally prohibited.')).toHaveAttribute('lang', 'en')
    expect(screen.getByRole('heading', { level: 2, name: 'Why they must be shared' }).closest('[lang]')).toHaveAttribute('lang', 'en')
    expect(screen.getByText('There is no agreement between states on which practices are prohibited.').closest('[lang]')).toHaveAttribute('lang', 'en')
    // The interface around the English text stays French (no lang="en" on it).
    expect(screen.getByRole('heading', { name: 'Initiatives en cours' }).closest('[lang]')).toBeNull()
    const crumbs = within(screen.getByRole('navigation', { name: 'Fil d’Ariane' })).getAllByRole('listitem')
    expect(within(crumbs[2]!).getByText('Red lines')).toHaveAttribute('lang', 'en')
  })

  test('appears at the top of the content, before the title', () => {
    render(<RiskPage risk={bias} locale="ru" untranslated />)
    const notice = screen.getByText('Эта страница пока недоступна на русском языке; она показана на английском.')
    expect(notice.compareDocumentPosition(screen.getByRole('heading', { level: 1 })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  test('is not shown when the page is translated, and nothing is marked English', () => {
    render(<BenefitPage benefit={health} locale="es" />)
    expect(notices()).toHaveLength(0)
    expect(document.querySelector('[lang="en"]')).toBeNull()
  })

  test('is never shown in English', () => {
    render(<RiskPage risk={bias} locale="en" untranslated />)
    expect(notices()).toHaveLength(0)
  })

  test('on the home page it tops the page and marks the hero English', () => {
    render(
      <HomePage home={home} site={site} buildingBlocks={buildingBlocks} risks={risks} benefits={benefits} mediaEntries={mediaEntries} locale="ar" fallbacks={{ hero: true }} />,
    )
    expect(notices()).toHaveLength(1)
    expect(notices()[0]).toHaveTextContent('هذه الصفحة غير متوفرة بالعربية بعد؛ وهي معروضة باللغة الإنجليزية.')
    expect(screen.getByRole('heading', { level: 1 }).closest('[lang]')).toHaveAttribute('lang', 'en')
  })

  test.each(['zh', 'es'] as const)('has its own wording in %s', (locale) => {
    render(<BenefitPage benefit={health} locale={locale} untranslated />)
    expect(notices()[0]?.textContent).toBe(locale === 'zh' ? '本页尚无中文版本，现以英文显示。' : 'Esta página aún no está disponible en español; se muestra en inglés.')
  })
})

describe('English fallback inside a translated page', () => {
  test('on the Arabic home page, each untranslated part and item is marked English, and translated ones are not', () => {
    const arabicRisks = risks.map((risk, index) => (index === 0 ? { ...risk, title: 'التحيز', lang: undefined } : { ...risk, lang: 'en' as const }))
    render(
      <HomePage
        home={home}
        site={site}
        buildingBlocks={buildingBlocks.map((block) => ({ ...block, lang: 'en' as const }))}
        risks={arabicRisks}
        benefits={benefits}
        mediaEntries={mediaEntries}
        locale="ar"
        fallbacks={{ hero: false, why: true, buildingBlocks: true }}
      />,
    )
    expect(screen.getByRole('heading', { level: 1 }).closest('[lang]')).toBeNull()
    const why = screen.getByRole('heading', { level: 2, name: home.why.heading })
    expect(why.closest('[lang]')).toHaveAttribute('lang', 'en')
    expect(why.closest('[lang]')).toHaveAttribute('dir', 'ltr')
    expect(screen.getByRole('heading', { level: 2, name: home.buildingBlocks.heading })).toHaveAttribute('lang', 'en')
    expect(screen.getByRole('heading', { level: 2, name: home.benefitsAndRisks.heading }).closest('[lang]')).toBeNull()
    expect(screen.getByRole('link', { name: 'التحيز' }).closest('[lang]')).toBeNull()
    expect(screen.getByRole('link', { name: risks[1]!.title }).closest('[lang]')).toHaveAttribute('lang', 'en')
    expect(screen.getByRole('link', { name: buildingBlocks[0]!.title }).closest('[lang]')).toHaveAttribute('lang', 'en')
    expect(notices()).toHaveLength(1)
  })

  test('on an index page, an item without its own translation is marked English', () => {
    render(<RisksIndex risks={[{ ...bias, lang: 'en' }, { id: 99, title: 'Désinformation', slug: 'manipulation', summary: 'Résumé.' }]} locale="fr" />)
    expect(screen.getByRole('link', { name: bias.title }).closest('li')).toHaveAttribute('lang', 'en')
    expect(screen.getByRole('link', { name: 'Désinformation' }).closest('[lang]')).toBeNull()
  })
})
