import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ActorPage } from '@/components/actors/ActorPages'
import { DraftSavedAt } from '@/components/preview/PreviewBanner'
import { alternatesFor } from '@/lib/alternates'
import { getActor, getPageUpdates, isPreview } from '@/lib/cms'
import { routeLocale } from '@/lib/routeLocale'
import { showsEnglish, sitePaths, pathWithoutLocale } from '@global-ai-governance/content'

// Publishes refresh pages at once through /api/revalidate; this is the safety net if a call is lost.
export const revalidate = 60

type Props = { params: Promise<{ locale: string; slug: string }> }

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment, slug } = await params
  const locale = routeLocale(segment)
  const actor = await getActor(locale, slug)
  if (!actor) return {}
  return {
    title: actor.seo?.title || actor.name,
    description: actor.seo?.description || actor.summary || undefined,
    alternates: alternatesFor(locale, pathWithoutLocale(sitePaths.actor(locale, actor.slug))),
  }
}

export default async function ActorRoute({ params }: Props) {
  const { locale: segment, slug } = await params
  const locale = routeLocale(segment)
  const [actor, preview, updates] = await Promise.all([getActor(locale, slug), isPreview(), getPageUpdates('actors', locale, slug)])
  if (!actor) notFound()
  return (
    <>
      {preview ? <DraftSavedAt savedAt={actor.updatedAt} locale={locale} /> : null}
      <ActorPage actor={actor} locale={locale} untranslated={showsEnglish(actor.translationStatus, locale, ['name'])} updates={updates} />
    </>
  )
}
