import { notFound } from 'next/navigation'

import { HomePage } from '@/components/home/HomePage'
import { getHomePageContent } from '@/lib/cms'
import { isLocale } from '@/lib/locales'

// Until the CMS calls the revalidate route on publish, cached pages refresh at most every minute.
export const revalidate = 60

export default async function Home({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const content = await getHomePageContent(locale)
  return <HomePage {...content} locale={locale} />
}
