import type { ReactNode } from 'react'
import type { Locale } from '@global-ai-governance/content'
import { sitePaths } from '@global-ai-governance/content'

import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { translator, type Translator } from '@/lib/i18n'
import { apaText, doiUrl, sortCitations, type CitationForCsl } from '@/lib/csl'
import { exportFormatLabel, exportFormatList, exportPath } from '@/lib/referenceExport'

type Reference = CitationForCsl & { id: number; note?: string | null }

const isWebAddress = (value: string): boolean => /^https?:\/\//.test(value)

/** The APA text with its DOI or link address made a link (the text is React text, never HTML). */
function linked(text: string, addresses: string[]): ReactNode[] {
  const parts: ReactNode[] = []
  let rest = text
  for (;;) {
    const found = addresses
      .map((address) => ({ address, at: rest.indexOf(address) }))
      .filter((hit) => hit.at >= 0)
      .sort((a, b) => a.at - b.at || b.address.length - a.address.length)[0]
    if (!found) break
    if (found.at > 0) parts.push(rest.slice(0, found.at))
    parts.push(
      <a key={parts.length} href={found.address}>
        {found.address}
      </a>,
    )
    rest = rest.slice(found.at + found.address.length)
  }
  if (rest) parts.push(rest)
  return parts
}

function Entry({ citation, t }: { citation: Reference; t: Translator }) {
  const text = apaText(citation)
  const doi = citation.doi ? doiUrl(citation.doi) : null
  const addresses = [doi, citation.url].filter((a): a is string => Boolean(a && isWebAddress(a)))
  return (
    <li id={citation.slug} className="reference">
      <p>
        {linked(text, addresses)}
        {doi && !text.includes(doi) ? (
          <>
            {' '}
            <a href={doi}>{doi}</a>
          </>
        ) : null}
      </p>
      {citation.title ? null : <p className="secondary">{t('references.detailsUnknown')}</p>}
      {citation.note ? <p className="secondary">{citation.note}</p> : null}
      <p className="secondary">
        {t('references.exportOne')}{' '}
        {exportFormatList.map((format, index) => (
          <span key={format}>
            {index ? ' · ' : null}
            <a href={exportPath(citation.slug, format)} download>
              {exportFormatLabel[format]}
            </a>
          </span>
        ))}
      </p>
    </li>
  )
}

/** The bibliography: every published reference in APA style, each anchored by its slug for the pages' citations. */
export function ReferencesPage({ citations, locale }: { citations: readonly Reference[]; locale: Locale }) {
  const sorted = sortCitations(citations)
  const t = translator(locale)
  return (
    <>
      <Breadcrumbs trail={[{ label: t('breadcrumbs.home'), href: sitePaths.home(locale) }, { label: t('references.heading') }]} locale={locale} />
      <h1>{t('references.heading')}</h1>
      <p className="lede">{t('references.lede')}</p>
      {sorted.length ? (
        <>
          <p>
            {t('references.exportAll')}{' '}
            {exportFormatList.map((format, index) => (
              <span key={format}>
                {index ? ' · ' : null}
                <a href={exportPath('all', format)} download>
                  {exportFormatLabel[format]}
                </a>
              </span>
            ))}
          </p>
          <ol className="plain-list references">
            {sorted.map((citation) => (
              <Entry key={citation.id} citation={citation} t={t} />
            ))}
          </ol>
        </>
      ) : (
        <p>{t('references.empty')}</p>
      )}
    </>
  )
}
