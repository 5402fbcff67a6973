import { initiativeKinds, initiativeStatuses, sitePaths, type Locale } from '@global-ai-governance/content'

import { translator, type Translator } from '@/lib/i18n'
import { maxQueryLength, sortOrders, type FilterProblem, type InitiativeFilters as Filters, type ListFilter } from '@/lib/initiativeFilters'

import { initiativeKindLabel, initiativeStatusLabel } from './labels'

/** The choices of the relationship filters, as the page read them (lib/cms getInitiativeFilterOptions). */
export interface FilterChoices {
  buildingBlocks: readonly { id: number; title: string; slug: string }[]
  risks: readonly { id: number; title: string; slug: string }[]
  actors: readonly { id: number; name: string; slug: string; shortName?: string | null }[]
}

type Choice = { value: string; label: string }

/** The id of the form control a filter's problems point to. */
export const filterFieldId = (filter: FilterProblem['filter']): string => (filter === 'page' || filter === 'all' ? 'initiatives-results' : `filter-${filter}`)

const filterLabel = (t: Translator, filter: FilterProblem['filter']): string => t(`initiatives.filters.${filter}`)

/** One problem in the visitor's language: what was ignored and why. */
export function problemMessage(t: Translator, problem: FilterProblem): string {
  switch (problem.kind) {
    case 'unknown':
      return t('initiatives.problems.unknown', { filter: filterLabel(t, problem.filter), value: problem.value })
    case 'tooMany':
      return t('initiatives.problems.tooMany', { filter: filterLabel(t, problem.filter), max: problem.max })
    case 'year':
      return t('initiatives.problems.year', { filter: filterLabel(t, problem.filter), value: problem.value })
    case 'yearOrder':
      return t('initiatives.problems.yearOrder', { from: String(problem.from), to: String(problem.to) })
    case 'tooLong':
      return t('initiatives.problems.tooLong', { max: problem.max })
    case 'controlChars':
      return t('initiatives.problems.controlChars')
    case 'repeated':
      return t('initiatives.problems.repeated', { filter: filterLabel(t, problem.filter), value: problem.value })
    case 'sort':
      return t('initiatives.problems.sort', { value: problem.value })
    case 'page':
      return t('initiatives.problems.page', { value: problem.value })
    case 'pageRange':
      return t('initiatives.problems.pageRange', { value: String(problem.value), page: String(problem.page) })
    case 'all':
      return t('initiatives.problems.all', { value: problem.value })
  }
}

/**
 * What was ignored, above the results (GOV.UK's error summary): a heading and
 * a list, each item a link to the field it is about. Announced as an alert.
 */
export function FilterProblems({ problems, locale }: { problems: readonly FilterProblem[]; locale: Locale }) {
  if (problems.length === 0) return null
  const t = translator(locale)
  return (
    <div className="error-summary" role="alert" aria-labelledby="filter-problems-title" tabIndex={-1}>
      <h2 id="filter-problems-title" className="error-summary__title">
        {t('initiatives.problems.title')}
      </h2>
      <ul className="error-summary__list">
        {problems.map((problem, index) => (
          <li key={index}>
            <a href={`#${filterFieldId(problem.filter)}`}>{problemMessage(t, problem)}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** A group of checkboxes in a <details>: closed unless something in it is chosen; works without JavaScript. */
function CheckboxGroup({ name, legend, choices, chosen, t }: { name: ListFilter; legend: string; choices: readonly Choice[]; chosen: readonly string[]; t: Translator }) {
  if (choices.length === 0) return null
  const selected = new Set(chosen)
  return (
    <details className="filters__group" id={`filter-${name}`} open={selected.size > 0 || undefined}>
      <summary>
        {legend}
        {selected.size > 0 ? <span className="filters__selected"> ({t('initiatives.filters.selected', { count: selected.size })})</span> : null}
      </summary>
      <fieldset className="checkboxes">
        <legend className="visually-hidden">{legend}</legend>
        {choices.map((choice) => {
          const id = `filter-${name}-${choice.value}`
          return (
            <div className="checkboxes__item" key={choice.value}>
              <input type="checkbox" id={id} name={name} value={choice.value} defaultChecked={selected.has(choice.value)} />
              <label htmlFor={id}>{choice.label}</label>
            </div>
          )
        })}
      </fieldset>
    </details>
  )
}

/**
 * The index's filters: a plain GET form to the index itself, so it works
 * without JavaScript and every filtered list has an address. The filters in
 * force stay filled in; "Clear filters" is a link to the bare index.
 */
export function InitiativeFilterForm({ locale, filters, choices }: { locale: Locale; filters: Filters; choices: FilterChoices }) {
  const t = translator(locale)
  const groups: { name: ListFilter; choices: Choice[] }[] = [
    { name: 'block', choices: choices.buildingBlocks.map((block) => ({ value: block.slug, label: block.title })) },
    { name: 'risk', choices: choices.risks.map((risk) => ({ value: risk.slug, label: risk.title })) },
    { name: 'kind', choices: initiativeKinds.map(({ value }) => ({ value, label: initiativeKindLabel(t, value) })) },
    { name: 'status', choices: initiativeStatuses.map(({ value }) => ({ value, label: initiativeStatusLabel(t, value) })) },
    {
      name: 'actor',
      choices: choices.actors.map((actor) => ({
        value: actor.slug,
        label: actor.shortName && actor.shortName !== actor.name ? `${actor.name} (${actor.shortName})` : actor.name,
      })),
    },
  ]
  return (
    <form method="get" action={sitePaths.initiatives(locale)} className="filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading">{t('initiatives.filters.heading')}</h2>
      <div className="filters__field">
        <label htmlFor="filter-q">{t('initiatives.filters.q')}</label>
        <p className="hint" id="filter-q-hint">
          {t('initiatives.filters.qHint')}
        </p>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q} maxLength={maxQueryLength} aria-describedby="filter-q-hint" />
      </div>
      {groups.map((group) => (
        <CheckboxGroup key={group.name} name={group.name} legend={t(`initiatives.filters.${group.name}`)} choices={group.choices} chosen={filters[group.name]} t={t} />
      ))}
      <fieldset className="filters__years" aria-describedby="filter-years-hint">
        <legend>{t('initiatives.filters.years')}</legend>
        <p className="hint" id="filter-years-hint">
          {t('initiatives.filters.yearsHint')}
        </p>
        <div className="filters__year">
          <label htmlFor="filter-from">{t('initiatives.filters.from')}</label>
          <input id="filter-from" name="from" type="text" inputMode="numeric" autoComplete="off" size={4} defaultValue={filters.from ?? ''} />
        </div>
        <div className="filters__year">
          <label htmlFor="filter-to">{t('initiatives.filters.to')}</label>
          <input id="filter-to" name="to" type="text" inputMode="numeric" autoComplete="off" size={4} defaultValue={filters.to ?? ''} />
        </div>
      </fieldset>
      <div className="filters__field">
        <label htmlFor="filter-sort">{t('initiatives.filters.sort')}</label>
        <select id="filter-sort" name="sort" defaultValue={filters.sort}>
          {sortOrders.map((order) => (
            <option key={order} value={order}>
              {t(`initiatives.sort.${order}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__actions">
        <button type="submit">{t('initiatives.filters.apply')}</button>
        <a href={sitePaths.initiatives(locale)}>{t('initiatives.filters.clear')}</a>
      </div>
    </form>
  )
}
