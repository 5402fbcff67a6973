import type React from 'react'

import { site } from '@/test/fixtures'

jest.mock('@/lib/cms', () => ({ getSite: async () => site, isPreview: async () => false }))
jest.mock('next/navigation', () => ({
  notFound: () => {
    throw new Error('NEXT_NOT_FOUND')
  },
  usePathname: () => null,
}))

// eslint-disable-next-line import/first
import LocaleLayout from './layout'

const htmlFor = async (locale: string) =>
  (await LocaleLayout({ children: <p>content</p>, params: Promise.resolve({ locale }) })) as React.ReactElement<{ lang: string; dir: string }>

describe('the locale layout', () => {
  test('Arabic pages are right to left: <html lang="ar" dir="rtl">', async () => {
    const html = await htmlFor('ar')
    expect(html.type).toBe('html')
    expect(html.props).toMatchObject({ lang: 'ar', dir: 'rtl' })
  })

  test.each(['en', 'fr', 'es', 'zh', 'ru'])('%s pages are left to right with their own lang', async (locale) => {
    expect((await htmlFor(locale)).props).toMatchObject({ lang: locale, dir: 'ltr' })
  })

  test('an unknown language prefix is not found', async () => {
    await expect(htmlFor('xx')).rejects.toThrow('NEXT_NOT_FOUND')
  })
})
