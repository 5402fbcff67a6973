import { shareImage, shareImageSize } from '@/lib/seo/shareImage'
import { siteTitle } from '@/lib/seo/site'

// The site's own image, for every page without one of its own.
export const alt = siteTitle
export const size = shareImageSize
export const contentType = 'image/png'

export default function OpenGraphImage() {
  return shareImage({ title: siteTitle, subtitle: 'Building blocks of an international AI governance regime' })
}
