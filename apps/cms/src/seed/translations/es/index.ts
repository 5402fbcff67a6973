import type { SeedTranslation } from '../types'
import { framework } from './framework'
import { glossary } from './glossary'
import { initiatives } from './initiatives'

export const translation: SeedTranslation = { glossary, framework, initiatives }
