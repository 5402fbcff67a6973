import { getBenefit } from '@/lib/cms'
import { routeLocale } from '@/lib/routeLocale'
import { localizedShareImage, shareImageSize } from '@/lib/seo/shareImage'

export const alt = 'Benefit'
export const size = shareImageSize
export const contentType = 'image/png'
export const revalidate = 60

// One image per document and language (English where the language cannot be drawn: see shareFonts).
export default async function ShareImage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  return localizedShareImage(routeLocale(locale), async (language) => {
    const doc = await getBenefit(language, slug)
    return doc ? { title: doc.title, kind: 'benefits' } : null
  })
}
