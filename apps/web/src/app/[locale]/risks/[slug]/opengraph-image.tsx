import { getRisk } from '@/lib/cms'
import { routeLocale } from '@/lib/routeLocale'
import { localizedShareImage, shareImageSize } from '@/lib/seo/shareImage'

export const alt = 'Risk'
export const size = shareImageSize
export const contentType = 'image/png'
export const revalidate = 60

// One image per document and language (English where the language cannot be drawn: see shareFonts).
export default async function ShareImage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  return localizedShareImage(routeLocale(locale), async (language) => {
    const doc = await getRisk(language, slug)
    return doc ? { title: doc.title, kind: 'risks' } : null
  })
}
