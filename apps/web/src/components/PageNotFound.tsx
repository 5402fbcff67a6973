import type { Locale } from '@/lib/locales'
import { paths } from '@/lib/paths'

/** What a visitor reads at an address that has no page: plain words and two ways on. */
export function PageNotFound({ locale }: { locale: Locale }) {
  return (
    <>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <ul className="plain-list">
        <li>
          <a href={paths.home(locale)}>Go to the home page</a>
        </li>
        <li>
          <a href={paths.buildingBlocks(locale)}>See the building blocks</a>
        </li>
      </ul>
    </>
  )
}
