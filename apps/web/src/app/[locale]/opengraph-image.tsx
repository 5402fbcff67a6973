import { routeLocale } from '@/lib/routeLocale'
import { localizedShareImage, shareImageSize } from '@/lib/seo/shareImage'
import { siteTitle } from '@/lib/seo/site'

// The site's image in each language, for every page of it without one of its own.
export const alt = siteTitle
export const size = shareImageSize
export const contentType = 'image/png'
export const revalidate = 60

export default async function OpenGraphImage({ params }: { params: Promise<{ locale: string }> }) {
  // No document: the site's name and tagline in the language.
  return localizedShareImage(routeLocale((await params).locale), async () => null)
}
