import { updatesFrom } from './updates'

const version = (updatedAt: string, changeNote: string | null) => ({ updatedAt, version: { changeNote, _status: 'published' } })

describe('the updates a page lists', () => {
  it('lists published versions with a note, newest first', () => {
    expect(
      updatesFrom([
        version('2026-03-01T10:00:00.000Z', 'Second update.'),
        version('2026-01-01T10:00:00.000Z', 'First published.'),
        version('2026-02-01T10:00:00.000Z', null),
      ]),
    ).toEqual([
      { publishedAt: '2026-03-01T10:00:00.000Z', note: 'Second update.' },
      { publishedAt: '2026-01-01T10:00:00.000Z', note: 'First published.' },
    ])
  })

  it('counts a note published again unchanged once, at its first publication; the same words later again count anew', () => {
    expect(
      updatesFrom([
        version('2026-01-01T10:00:00.000Z', 'Updated the status.'),
        version('2026-01-02T10:00:00.000Z', 'Updated the status.'),
        version('2026-01-03T10:00:00.000Z', ''),
        version('2026-01-04T10:00:00.000Z', 'Updated the status.'),
      ]).map((update) => update.publishedAt),
    ).toEqual(['2026-01-04T10:00:00.000Z', '2026-01-01T10:00:00.000Z'])
  })

  it('ignores blank notes and an empty history', () => {
    expect(updatesFrom([version('2026-01-01T10:00:00.000Z', '   ')])).toEqual([])
    expect(updatesFrom([])).toEqual([])
  })
})
