import type { Locale } from '@global-ai-governance/content'
import { ImageResponse } from 'next/og'

import { getSite } from '@/lib/cms'
import { translator } from '@/lib/i18n'
import { canDrawText, shareFonts } from './shareFonts'
import { siteTitle } from './site'

export const shareImageSize = { width: 1200, height: 630 }

type ShareText = { kicker?: string; title: string; subtitle?: string }

const family = (fonts: { name: string }[]) => fonts.map((font) => `'${font.name}'`).join(', ')

/**
 * The picture a link preview shows: a page's title (or the site's name) on the
 * site's colours, in Noto Sans from the server's own disk (lib/seo/shareFonts.ts).
 */
export function shareImage({ kicker, title, subtitle }: ShareText) {
  const regular = shareFonts(`${kicker ?? ''}${subtitle ?? ''}`, 400)
  const bold = shareFonts(title, 700)
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          padding: '80px',
          background: '#0b2545',
          color: '#ffffff',
        }}
      >
        {kicker ? <div style={{ fontFamily: family(regular), fontSize: 34, color: '#c9d6e8', marginBottom: 24 }}>{kicker}</div> : null}
        <div style={{ fontFamily: family(bold), fontSize: title.length > 60 ? 64 : 88, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
        {subtitle ? <div style={{ fontFamily: family(regular), marginTop: 32, fontSize: 36, color: '#c9d6e8' }}>{subtitle}</div> : null}
      </div>
    ),
    { ...shareImageSize, fonts: [...bold, ...regular] },
  )
}

/** What each kind of document is called above its title. */
const kinds = { buildingBlocks: 'search.collections.buildingBlocks', risks: 'search.collections.risks', benefits: 'search.collections.benefits' } as const
export type ShareKind = keyof typeof kinds

/**
 * The share image of a page in one language: its title, the site's name and the kind of page,
 * in that language, with English where the language cannot be drawn (Arabic, see shareFonts)
 * or the document is gone (the site's own image then).
 */
export async function localizedShareImage(locale: Locale, text: (locale: Locale) => Promise<{ title: string; kind?: ShareKind; subtitle?: string } | null>) {
  const inLanguage = async (language: Locale) => {
    const [found, site] = await Promise.all([text(language), getSite(language).catch(() => null)])
    const siteName = site?.siteName ?? siteTitle
    if (!found) return { title: siteName, subtitle: site?.tagline ?? undefined }
    const kind = found.kind ? translator(language)(kinds[found.kind]) : undefined
    return { kicker: kind ? `${siteName} · ${kind}` : siteName, title: found.title, subtitle: found.subtitle }
  }
  const shown = await inLanguage(locale)
  const drawable = canDrawText(`${shown.kicker ?? ''}${shown.title}${shown.subtitle ?? ''}`)
  return shareImage(drawable ? shown : await inLanguage('en'))
}
