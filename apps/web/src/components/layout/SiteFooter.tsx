import type { Site } from '@global-ai-governance/content'

export function SiteFooter({ footer }: { footer: Site['footer'] }) {
  return (
    <footer className="site-footer">
      <div className="page-width">
        {footer.closingLine ? <p>{footer.closingLine}</p> : null}
        <p>{footer.copyright}</p>
        {footer.maintainedBy ? <p>{footer.maintainedBy}</p> : null}
      </div>
    </footer>
  )
}
