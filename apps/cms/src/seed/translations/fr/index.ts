import type { SeedTranslation } from '../types'

import { framework } from './framework'
import { glossary } from './glossary'
import { initiatives } from './initiatives'

/** The French translation of the seed. */
export const translation: SeedTranslation = { glossary, framework, initiatives }
