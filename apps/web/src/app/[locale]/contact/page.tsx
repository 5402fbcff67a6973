import type { Metadata } from 'next'

import { ContactPage } from '@/components/contact/ContactPage'
import { JsonLd } from '@/components/JsonLd'
import { alternatesFor } from '@/lib/alternates'
import { getSite } from '@/lib/cms'
import { translator } from '@/lib/i18n'
import { contactJsonLd, pageContext } from '@/lib/seo/structuredData'
import { routeLocale } from '@/lib/routeLocale'

// Publishes refresh pages at once through /api/revalidate; this is the safety net if a call is lost.
export const revalidate = 60

type Props = { params: Promise<{ locale: string }> }

// Rendered on first visit, then cached: the CMS is not running at build time.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = routeLocale((await params).locale)
  const site = await getSite(locale)
  return {
    title: site.contact.heading,
    description: translator(locale)('contact.metaDescription', { siteName: site.siteName }),
    alternates: alternatesFor(locale, '/contact'),
  }
}

export default async function ContactRoute({ params }: Props) {
  const locale = routeLocale((await params).locale)
  const site = await getSite(locale)
  return (
    <>
      <JsonLd
        data={contactJsonLd(pageContext(locale, site.siteName), {
          name: site.contact.heading,
          description: translator(locale)('contact.metaDescription', { siteName: site.siteName }),
          contact: site.contact,
        })}
      />
      <ContactPage contact={site.contact} locale={locale} />
    </>
  )
}
