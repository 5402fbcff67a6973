import { createTranslator } from 'next-intl'
import type { Locale } from '@global-ai-governance/content'

import ar from '@/messages/ar.json'
import en from '@/messages/en.json'
import es from '@/messages/es.json'
import fr from '@/messages/fr.json'
import ru from '@/messages/ru.json'
import zh from '@/messages/zh.json'

/**
 * Interface strings: one file per language, all with the keys of en.json (a test checks it).
 * The error pages have their own small file (messages/errors.json, see errorStrings.ts).
 */
export type Messages = typeof en

export const messages: Record<Locale, Messages> = { en, fr, es, ar, zh, ru }

/**
 * The interface strings of one language. The locale is always passed explicitly
 * (no request headers, no middleware), so pages stay static.
 */
export const translator = (locale: Locale) => createTranslator({ locale, messages: messages[locale] })

export type Translator = ReturnType<typeof translator>

/** Each language's name in that language, for the language switcher. */
export const languageNames: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
  zh: '中文',
  ru: 'Русский',
}
