import type { Locale } from '@global-ai-governance/content'

import { translation as ar } from './ar'
import { translation as es } from './es'
import { translation as fr } from './fr'
import { translation as ru } from './ru'
import type { SeedTranslation } from './types'
import { translation as zh } from './zh'

/** Every language the seed is translated into, besides English (the source). */
export const seedTranslations: Partial<Record<Exclude<Locale, 'en'>, SeedTranslation>> = { fr, es, ar, zh, ru }
