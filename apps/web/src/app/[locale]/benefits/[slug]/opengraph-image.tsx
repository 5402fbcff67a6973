import { getBenefit } from '@/lib/cms'
import { documentShareImage, shareImageSize } from '@/lib/seo/shareImage'

export const alt = 'Benefit'
export const size = shareImageSize
export const contentType = 'image/png'
export const revalidate = 60

// One image per document, in every language (see shareImage for why in English).
export default async function ShareImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const doc = await getBenefit('en', slug)
  return documentShareImage('Benefit', doc?.title)
}
