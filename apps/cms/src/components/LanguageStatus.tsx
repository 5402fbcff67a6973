'use client'

import { Button, ConfirmationModal, toast, useConfig, useDocumentInfo, useForm, useLocale, useModal, useTranslation } from '@payloadcms/ui'
import { useCallback } from 'react'

/**
 * The edit view's status line, with "Revert <language> to published" in place
 * of Payload's "Revert to published". Payload's saved the published document
 * back as a publish, and in a language never published that put the
 * language's draft live. This asks the CMS to put the language's texts back to
 * what is published, as a draft (translation/revertLocale.ts): nothing is
 * published and no other language changes.
 */
export function LanguageStatus() {
  const { id, collectionSlug, globalSlug, docPermissions, hasPublishedDoc, unpublishedVersionCount, isTrashed, incrementVersionCount, setUnpublishedVersionCount } =
    useDocumentInfo()
  const { config } = useConfig()
  const { code: locale, label } = useLocale()
  const { reset } = useForm()
  const { toggleModal } = useModal()
  const { t, i18n } = useTranslation()
  const modalSlug = `confirm-revert-language-${id ?? globalSlug}`
  const status = !hasPublishedDoc ? 'draft' : unpublishedVersionCount > 0 ? 'changed' : 'published'
  const language = typeof label === 'string' ? label : (label?.[i18n.language] ?? locale)

  const revert = useCallback(async () => {
    const path = collectionSlug ? `/${collectionSlug}/${id}/revert-locale` : `/globals/${globalSlug}/revert-locale`
    const response = await fetch(`${config.serverURL}${config.routes.api}${path}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
      body: JSON.stringify({ locale }),
    })
    const json = (await response.json().catch(() => ({}))) as { message?: string; doc?: Record<string, unknown>; result?: Record<string, unknown>; errors?: { message: string }[] }
    if (!response.ok) {
      toast.error(json.errors?.[0]?.message ?? `Could not revert ${language} (${response.status}).`)
      return
    }
    await reset(json.doc ?? json.result ?? {})
    incrementVersionCount()
    setUnpublishedVersionCount(unpublishedVersionCount + 1)
    toast.success(json.message ?? `Reverted ${language} to the published text, as a draft.`)
  }, [collectionSlug, config.routes.api, config.serverURL, globalSlug, i18n.language, id, incrementVersionCount, language, locale, reset, setUnpublishedVersionCount, unpublishedVersionCount])

  return (
    <div className="status" title={`${t('version:status')}: ${t(`version:${status}`)}`}>
      <div className="status__value-wrap">
        <span className="status__label">{t('version:status')}: </span>
        <span className="status__value">{t(`version:${status}`)}</span>
        {!isTrashed && docPermissions?.update && hasPublishedDoc && status === 'changed' ? (
          <>
            {' — '}
            <Button buttonStyle="none" className="status__action" id="action-revert-language" onClick={() => toggleModal(modalSlug)}>
              {`Revert ${language} to published`}
            </Button>
            <ConfirmationModal
              modalSlug={modalSlug}
              heading={`Revert ${language} to published?`}
              body={`The ${language} texts go back to what is published, as a new draft. Nothing is published, and other languages keep their drafts.`}
              confirmingLabel={t('version:reverting')}
              onConfirm={revert}
            />
          </>
        ) : null}
      </div>
    </div>
  )
}
