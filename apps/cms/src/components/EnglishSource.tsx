'use client'

import { defaultLocale } from '@global-ai-governance/content'
import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

// One read of the English document per document and page view, shared by all its fields.
const englishReads = new Map<string, Promise<Record<string, unknown> | null>>()

const valueAt = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), doc)

/** The words of a text or a rich text (its paragraphs), as the translator needs to read them. */
const wordsOf = (value: unknown): string[] => {
  if (typeof value === 'string') return value.trim() ? [value] : []
  if (value && typeof value === 'object' && 'root' in value) {
    const blocks: string[] = []
    for (const block of ((value as { root: { children?: unknown[] } }).root.children ?? []) as { children?: { text?: string }[] }[]) {
      const text = (block.children ?? []).map((child) => child.text ?? '').join('')
      if (text.trim()) blocks.push(text)
    }
    return blocks
  }
  return []
}

/**
 * Under each translatable field, while a language other than English is
 * edited: the English text of that field (the latest English draft), so the
 * translator sees the source beside the translation.
 */
export function EnglishSource({ path }: { path?: string }) {
  const { code: locale } = useLocale()
  const { id, collectionSlug, globalSlug } = useDocumentInfo()
  const { config } = useConfig()
  const [english, setEnglish] = useState<string[] | null>(null)

  useEffect(() => {
    if (locale === defaultLocale || !path || (!id && !globalSlug)) return
    const address = `${config.serverURL}${config.routes.api}${collectionSlug ? `/${collectionSlug}/${id}` : `/globals/${globalSlug}`}?locale=${defaultLocale}&draft=true&depth=0`
    if (!englishReads.has(address)) {
      englishReads.set(
        address,
        fetch(address, { credentials: 'include' })
          .then((response) => (response.ok ? (response.json() as Promise<Record<string, unknown>>) : null))
          .catch(() => null),
      )
    }
    let current = true
    void englishReads.get(address)!.then((doc) => {
      if (current) setEnglish(wordsOf(valueAt(doc, path)))
    })
    return () => {
      current = false
    }
  }, [collectionSlug, config.routes.api, config.serverURL, globalSlug, id, locale, path])

  if (locale === defaultLocale || !english || english.length === 0) return null
  return (
    <div className="english-source" lang="en" dir="ltr">
      <span className="english-source__label">English</span>
      {english.map((text, index) => (
        <p key={index}>{text}</p>
      ))}
    </div>
  )
}
