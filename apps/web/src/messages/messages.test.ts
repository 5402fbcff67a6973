import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { locales } from '@global-ai-governance/content'

type Tree = { [key: string]: string | Tree }

const load = (locale: string): Tree => JSON.parse(readFileSync(path.join(__dirname, `${locale}.json`), 'utf8')) as Tree

/** Every leaf of a message tree as "a.b.c" → message. */
const leaves = (tree: Tree, prefix = ''): Map<string, unknown> => {
  const found = new Map<string, unknown>()
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key
    if (value && typeof value === 'object') for (const [inner, message] of leaves(value, name)) found.set(inner, message)
    else found.set(name, value)
  }
  return found
}

/** The ICU arguments a message uses ("{title}" → title). */
const argumentsOf = (message: string): string[] => [...message.matchAll(/\{\s*(\w+)/g)].map((match) => match[1]!).sort()

const english = leaves(load('en'))

describe('message files', () => {
  test('there is one file per locale, and the error pages\' strings, and no other', () => {
    const files = readdirSync(__dirname).filter((file) => file.endsWith('.json')).map((file) => file.replace(/\.json$/, ''))
    expect(files.sort()).toEqual([...locales, 'errors'].sort())
  })

  test('the error pages\' strings exist in every language, with the same keys and arguments as in English', () => {
    const errors = JSON.parse(readFileSync(path.join(__dirname, 'errors.json'), 'utf8')) as Record<string, Tree>
    expect(Object.keys(errors).sort()).toEqual([...locales].sort())
    const englishErrors = leaves(errors.en!)
    for (const locale of locales) {
      const translated = leaves(errors[locale]!)
      expect([...translated.keys()].sort()).toEqual([...englishErrors.keys()].sort())
      for (const [key, message] of translated) {
        expect(typeof message === 'string' && message.trim() !== '' ? key : `${locale} ${key} is empty`).toBe(key)
        expect({ locale, key, args: argumentsOf(message as string) }).toEqual({ locale, key, args: argumentsOf(englishErrors.get(key) as string) })
      }
    }
  })

  test.each(locales.filter((locale) => locale !== 'en'))('%s.json has exactly the keys of en.json', (locale) => {
    const translated = leaves(load(locale))
    const missing = [...english.keys()].filter((key) => !translated.has(key))
    const extra = [...translated.keys()].filter((key) => !english.has(key))
    expect({ missing, extra }).toEqual({ missing: [], extra: [] })
  })

  test.each([...locales])('every message in %s.json is a non-empty string with the same arguments as in English', (locale) => {
    for (const [key, message] of leaves(load(locale))) {
      expect(typeof message === 'string' && message.trim() !== '' ? key : `${key} is empty`).toBe(key)
      expect({ key, args: argumentsOf(message as string) }).toEqual({ key, args: argumentsOf(english.get(key) as string) })
    }
  })

  test('the key check catches a missing key', () => {
    const partial = leaves({ layout: { skipToContent: 'x' } })
    expect([...english.keys()].filter((key) => !partial.has(key))).toContain('layout.mainNavigation')
  })
})
