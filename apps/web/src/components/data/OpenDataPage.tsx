import type { ReactNode } from 'react'
import { sitePaths, type InitiativeKind, type InitiativeStatus, type Locale } from '@global-ai-governance/content'

import { Breadcrumbs } from '@/components/common/Breadcrumbs'
import { initiativeKindLabel, initiativeStatusLabel } from '@/components/initiatives/labels'
import { translator, type Translator } from '@/lib/i18n'
import {
  attribution,
  columnTypes,
  isListType,
  licence,
  localeQuery,
  openDataPath,
  openDataTableKeys,
  openDataFiles,
  openDataTables,
  type Column,
  type OpenDataTable,
} from '@/lib/openData'

/*
 * The documentation of the open-data files. Every table and column comes from
 * lib/openData.ts, the definition the files are written from, so this page
 * cannot describe a column the files do not have, or miss one they have.
 */

/** The GET parameters the initiatives files take, in the order the list's form has them. */
const filterParameters = ['block', 'risk', 'kind', 'status', 'actor', 'from', 'to', 'q', 'sort', 'locale'] as const

/** A name from the files (a column, a parameter, an address): code, left to right even on an Arabic page. */
const Code = ({ children }: { children: ReactNode }) => (
  <code dir="ltr" translate="no">
    {children}
  </code>
)

const columnsAnchor = (key: OpenDataTable) => `columns-${openDataTables[key].file}`

/** The labels readers see for values of a code column, where the site has them in every language. */
function valueLabel(t: Translator, key: OpenDataTable, column: string, value: string): string | null {
  if (key !== 'initiatives') return null
  if (column === 'kind') return initiativeKindLabel(t, value as InitiativeKind)
  if (column === 'status') return initiativeStatusLabel(t, value as InitiativeStatus)
  return null
}

function ColumnRow({ table, column, t }: { table: OpenDataTable; column: Column<never>; t: Translator }) {
  return (
    <tr>
      <th scope="row">
        <Code>{column.name}</Code>
      </th>
      <td>
        {t(`openData.types.${column.type}.name`)}
        <br />
        <span className="secondary-text">{column.required ? t('openData.columns.required') : t('openData.columns.optional')}</span>
      </td>
      <td>
        <p>{t(`openData.columns.${column.describedBy}`)}</p>
        {column.references ? (
          <p>
            <a href={`#${columnsAnchor(column.references)}`}>{t('openData.columns.pointsTo', { table: t(`openData.tables.${column.references}.title`) })}</a>
          </p>
        ) : null}
        {column.values ? (
          <>
            <p>{t('openData.columns.values')}</p>
            <ul>
              {column.values.map((value) => {
                const label = valueLabel(t, table, column.name, value)
                return (
                  <li key={value}>
                    <Code>{value}</Code>
                    {label ? ` (${label})` : null}
                  </li>
                )
              })}
            </ul>
          </>
        ) : null}
      </td>
    </tr>
  )
}

function ColumnsTable({ table, t }: { table: OpenDataTable; t: Translator }) {
  const definition = openDataTables[table]
  const title = t(`openData.tables.${table}.title`)
  const captionId = `${columnsAnchor(table)}-caption`
  return (
    <section aria-labelledby={columnsAnchor(table)}>
      <h3 id={columnsAnchor(table)}>
        {title} <Code>{`${definition.file}.csv`}</Code>
      </h3>
      <p>{t(`openData.tables.${table}.description`)}</p>
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="table open-data-columns">
          <caption id={captionId}>{t('openData.columns.caption', { table: title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('openData.columns.name')}</th>
              <th scope="col">{t('openData.columns.type')}</th>
              <th scope="col">{t('openData.columns.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {(definition.columns as readonly Column<never>[]).map((column) => (
              <ColumnRow key={column.name} table={table} column={column} t={t} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

/** The "Open data" page: the files, their licence, ids, languages and dates, and every column of every file. */
export function OpenDataPage({ locale }: { locale: Locale }) {
  const t = translator(locale)
  const query = localeQuery(locale)
  const example = openDataPath('initiatives', 'csv', localeQuery(locale, new URLSearchParams([['block', 'red-lines'], ['status', 'in-force']])))
  return (
    <>
      <Breadcrumbs trail={[{ label: t('breadcrumbs.home'), href: sitePaths.home(locale) }, { label: t('openData.breadcrumb') }]} locale={locale} />
      <h1>{t('openData.title')}</h1>
      <p className="lede">{t('openData.lede')}</p>

      <h2 id="files">{t('openData.files.heading')}</h2>
      <p>{t('openData.files.intro')}</p>
      <div className="table-scroll" role="region" aria-labelledby="open-data-files" tabIndex={0}>
        <table className="table open-data-files">
          <caption id="open-data-files">{t('openData.files.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('openData.files.table')}</th>
              <th scope="col">{t('openData.files.holds')}</th>
              <th scope="col">{t('openData.files.download')}</th>
            </tr>
          </thead>
          <tbody>
            {openDataTableKeys.map((key) => {
              const { file } = openDataTables[key]
              const title = t(`openData.tables.${key}.title`)
              return (
                <tr key={key}>
                  <th scope="row">{title}</th>
                  <td>
                    {t(`openData.tables.${key}.description`)}{' '}
                    <a href={`#${columnsAnchor(key)}`}>{t('openData.files.columnsLink', { table: title })}</a>
                  </td>
                  <td>
                    <ul className="plain-list">
                      {openDataFiles
                        .filter((download) => download.table === key)
                        .map(({ format }) => (
                          <li key={format}>
                            <a href={openDataPath(file, format, query)} type={format === 'csv' ? 'text/csv' : 'application/json'} download>
                              {t(`openData.files.${format}`)} <Code>{`${file}.${format}`}</Code>
                            </a>
                          </li>
                        ))}
                    </ul>
                  </td>
                </tr>
              )
            })}
            <tr>
              <th scope="row">{t('openData.files.frameworkTitle')}</th>
              <td>{t('openData.files.framework')}</td>
              <td>
                <a href={openDataPath('framework', 'json', query)} type="application/json" download>
                  {t('openData.files.json')} <Code>framework.json</Code>
                </a>
              </td>
            </tr>
          </tbody>
        </table>
      </div>

      <h2 id="licence">{t('openData.licence.heading')}</h2>
      <p>
        {t('openData.licence.body')}{' '}
        <a href={licence.url} rel="license" lang="en" dir="ltr">
          {licence.name}
        </a>
        .
      </p>
      <p>{t('openData.licence.terms')}</p>
      <p>{t('openData.licence.attribution', { attribution })}</p>

      <h2 id="ids">{t('openData.ids.heading')}</h2>
      <p>{t('openData.ids.body')}</p>
      <p>{t('openData.ids.why')}</p>

      <h2 id="languages">{t('openData.languages.heading')}</h2>
      <p>{t('openData.languages.body')}</p>
      <p>{t('openData.languages.fallback')}</p>

      <h2 id="date">{t('openData.date.heading')}</h2>
      <p>{t('openData.date.body')}</p>

      <h2 id="filtered">{t('openData.filtered.heading')}</h2>
      <p>{t('openData.filtered.body')}</p>
      <p>
        <a href={sitePaths.initiatives(locale)}>{t('openData.filtered.listLink')}</a>
      </p>
      <p>{t('openData.filtered.parameters')}</p>
      <dl className="open-data-parameters">
        {filterParameters.map((name) => (
          <div key={name}>
            <dt>
              <Code>{name}</Code>
            </dt>
            <dd>{t(`openData.filtered.params.${name}`)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('openData.filtered.repeat')}</p>
      <p>{t('openData.filtered.example')}</p>
      <p>
        <a href={example} type="text/csv">
          <Code>{example}</Code>
        </a>
      </p>
      <p>{t('openData.filtered.paging')}</p>
      <p>{t('openData.filtered.errors')}</p>

      <h2 id="csv">{t('openData.csv.heading')}</h2>
      <ul>
        <li>{t('openData.csv.format')}</li>
        <li>{t('openData.csv.quoting')}</li>
        <li>{t('openData.csv.lists')}</li>
        <li>{t('openData.csv.empty')}</li>
        <li>{t('openData.csv.formulas')}</li>
      </ul>

      <h2 id="json">{t('openData.json.heading')}</h2>
      <p>{t('openData.json.body')}</p>
      <p>{t('openData.json.values')}</p>
      <p>{t('openData.json.filters')}</p>

      <h2 id="types">{t('openData.types.heading')}</h2>
      <dl className="open-data-types">
        {columnTypes.map((type) => (
          <div key={type}>
            <dt>
              {t(`openData.types.${type}.name`)} (<Code>{type}</Code>
              {isListType(type) ? `, ${t('openData.types.list')}` : null})
            </dt>
            <dd>{t(`openData.types.${type}.meaning`)}</dd>
          </div>
        ))}
      </dl>

      <h2 id="columns">{t('openData.columns.heading')}</h2>
      <p>{t('openData.columns.intro')}</p>
      {openDataTableKeys.map((key) => (
        <ColumnsTable key={key} table={key} t={t} />
      ))}
    </>
  )
}
