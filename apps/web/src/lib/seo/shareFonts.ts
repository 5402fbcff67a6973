import fs from 'node:fs'
import path from 'node:path'

/**
 * Fonts for the share images, from Fontsource's packages of Noto Sans (Latin, Cyrillic,
 * Greek) and Noto Sans SC (Chinese), read from disk: next/og would otherwise fetch
 * any glyph its bundled font lacks from Google Fonts, and this server makes no outside
 * requests. Fontsource splits each font into files by unicode-range; only the files
 * holding the characters of the image's text are loaded (a Chinese title needs a few
 * of Noto Sans SC's hundred).
 *
 * Arabic is not offered: next/og's renderer (satori) neither joins nor orders Arabic
 * letters, and stops on Noto Sans Arabic's substitution tables (see canDrawText).
 */
type Weight = 400 | 700
type FontFile = { file: string; ranges: [number, number][] }
export type ShareFont = { name: string; data: Buffer; weight: Weight; style: 'normal' }

const packages = ['@fontsource/noto-sans', '@fontsource/noto-sans-sc'] as const

/**
 * A package's folder: the nearest node_modules up from where the server runs (apps/web in a
 * checkout, whose packages the workspace keeps at the root; the traced server's own folder in
 * a container). Not require.resolve, which the bundler would turn into a module id.
 */
function packageFolder(pkg: string): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', pkg)
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate
    if (path.dirname(dir) === dir) throw new Error(`The share images' font ${pkg} is not installed (npm ci installs it).`)
  }
}

/** The @font-face rules of one weight of a Fontsource package: each WOFF file and the code points it holds. */
function faces(pkg: string, weight: Weight): FontFile[] {
  const css = path.join(packageFolder(pkg), `${weight}.css`)
  const text = fs.readFileSync(css, 'utf8')
  return [...text.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body]) => {
    const file = /url\(\.\/(files\/[^)]+\.woff)\)\s*format\('woff'\)/.exec(body!)?.[1]
    const range = /unicode-range:\s*([^;]+);/.exec(body!)?.[1]
    if (!file || !range) return []
    const ranges = range.split(',').map((part): [number, number] => {
      const [start, end] = part.trim().replace(/^U\+/i, '').split('-')
      // "U+4??" is a range written with wildcards.
      const low = parseInt(start!.replace(/\?/g, '0'), 16)
      const high = end ? parseInt(end, 16) : parseInt(start!.replace(/\?/g, 'f'), 16)
      return [low, high]
    })
    return [{ file: path.join(path.dirname(css), file), ranges }]
  })
}

const catalogue = new Map<Weight, FontFile[]>()
const catalogueOf = (weight: Weight) => {
  if (!catalogue.has(weight)) catalogue.set(weight, packages.flatMap((pkg) => faces(pkg, weight)))
  return catalogue.get(weight)!
}
const files = new Map<string, Buffer>()

/** Arabic and Hebrew letters, which the share images cannot draw (see above). */
const rightToLeft = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/

/** Whether the share image can show this text as written. */
export const canDrawText = (text: string): boolean => !rightToLeft.test(text)

/** The font files that hold the characters of `text`, in this weight, each under a name of its own. */
export function shareFonts(text: string, weight: Weight): ShareFont[] {
  const needed = new Set([...text].map((character) => character.codePointAt(0)!).filter((code) => code > 0x20))
  const chosen: ShareFont[] = []
  for (const face of catalogueOf(weight)) {
    if (needed.size === 0) break
    const holds = [...needed].filter((code) => face.ranges.some(([low, high]) => code >= low && code <= high))
    if (holds.length === 0) continue
    for (const code of holds) needed.delete(code)
    if (!files.has(face.file)) files.set(face.file, fs.readFileSync(face.file))
    // Satori uses the first font of a name: fallback happens between names.
    chosen.push({ name: path.basename(face.file, '.woff'), data: files.get(face.file)!, weight, style: 'normal' })
  }
  return chosen
}
