'use client'

import { defaultLocale } from '@global-ai-governance/content'
import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { valueAt } from '../translation/status'

// One read of the English document shared by all its fields; read again after a while, so an editor's change shows.
const englishReads = new Map<string, { at: number; doc: Promise<Record<string, unknown> | null> }>()
const freshFor = 30_000

/** The words of a text or a rich text (its paragraphs), as the translator needs to read them. */
const wordsOf = (value: unknown): string[] => {
  if (typeof value === 'string') return value.trim() ? [value] : []
  if (value && typeof value === 'object' && 'root' in value) {
    const blocks: string[] = []
    // Each paragraph, heading or list item, with the words of its links and formatting inside.
    const textOf = (node: unknown): string => {
      if (!node || typeof node !== 'object') return ''
      const { text, children } = node as { text?: unknown; children?: unknown[] }
      return typeof text === 'string' ? text : (children ?? []).map(textOf).join('')
    }
    const visit = (node: { type?: string; children?: unknown[] }) => {
      if (node.type === 'list') (node.children ?? []).forEach((item) => visit(item as { type?: string }))
      else {
        const text = textOf(node)
        if (text.trim()) blocks.push(text)
      }
    }
    for (const block of (value as { root: { children?: unknown[] } }).root.children ?? []) visit(block as { type?: string })
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
    const cached = englishReads.get(address)
    if (!cached || Date.now() - cached.at > freshFor) {
      englishReads.set(address, {
        at: Date.now(),
        doc: fetch(address, { credentials: 'include' })
          .then((response) => (response.ok ? (response.json() as Promise<Record<string, unknown>>) : null))
          .catch(() => null),
      })
    }
    let current = true
    void englishReads.get(address)!.doc.then((doc) => {
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
