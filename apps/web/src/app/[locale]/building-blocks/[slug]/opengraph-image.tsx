import { getBuildingBlock } from '@/lib/cms'
import { documentShareImage, shareImageSize } from '@/lib/seo/shareImage'

export const alt = 'Building block'
export const size = shareImageSize
export const contentType = 'image/png'
export const revalidate = 60

// One image per document, in every language (see shareImage for why in English).
export default async function ShareImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const doc = await getBuildingBlock('en', slug)
  return documentShareImage('Building block', doc?.title)
}
