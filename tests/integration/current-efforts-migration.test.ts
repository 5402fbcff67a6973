/**
 * The migration that moves the building blocks' current efforts into the
 * initiatives collection, on a copy of a database seeded before it existed,
 * with an editor's changes in it: French translations, an edited note, an
 * unpublished draft that adds and rewrites efforts, and a block never
 * published. The migrated database is then served by a CMS of its own:
 * visitors see the published initiatives only, in each language, and an
 * editor can take them up.
 */
import fs from 'node:fs'
import path from 'node:path'

import { parseCollectionDocument } from '@global-ai-governance/content'
import { Client } from 'pg'

import { createDatabaseIfMissing, dropDatabase } from '../../scripts/lib/database.cjs'
import { runPayloadCommand } from '../../scripts/lib/payload-cli.cjs'
import { freePort, startServer, waitForHttp as waitForHttpUntyped } from '../../scripts/lib/processes.cjs'
import { uniqueSuffix } from '../support/cms'
import seeded from './fixtures/building-blocks-seeded-2026-11.json'

const waitForHttp = waitForHttpUntyped as (url: string, options: { timeoutMs: number; server: unknown }) => Promise<number>
const cmsDir = path.resolve(__dirname, '../../apps/cms')
const migrationsDir = path.join(cmsDir, 'src/migrations')
// The schema the seeded database had: every migration before the initiatives.
const before = fs.readdirSync(migrationsDir).filter((file) => /^\d{8}_\d{6}_.*\.ts$/.test(file) && file < '20261202_113827')

const suffix = uniqueSuffix()
const databaseUrl = (() => {
  const url = new URL(process.env.TEST_DATABASE_URL!)
  url.pathname = `/${url.pathname.slice(1)}_efforts_${suffix}`.slice(0, 63)
  return url.toString()
})()

type Effort = (typeof seeded)[number]['currentEfforts'][number]

let db: Client
const query = async <T = any>(text: string, values: unknown[] = []): Promise<T[]> => (await db.query(text, values)).rows as T[]

async function migrate(dir?: string) {
  await runPayloadCommand(['migrate'], {
    cwd: cmsDir,
    env: { DATABASE_URL: databaseUrl, PAYLOAD_SECRET: process.env.TEST_PAYLOAD_SECRET!, NODE_ENV: 'production', ...(dir ? { PAYLOAD_MIGRATION_DIR: dir } : {}) },
  })
}

/** A block as the seed wrote it (published, with one published version), efforts in English. */
async function insertBlock(block: { slug: string; title: string; order: number; summary: string; currentEfforts: Effort[] }, status: 'published' | 'draft') {
  const [{ id }] = await query<{ id: number }>(`insert into building_blocks (slug, "order", _status, updated_at) values ($1, $2, $3, '2026-11-27T10:00:00Z') returning id`, [
    block.slug,
    block.order,
    status,
  ])
  await query(`insert into building_blocks_locales (title, summary, _locale, _parent_id) values ($1, $2, 'en', $3)`, [block.title, block.summary, id])
  await insertEfforts('building_blocks_current_efforts', id, 'en', block.currentEfforts)
  const [{ id: versionId }] = await query<{ id: number }>(
    `insert into _building_blocks_v (parent_id, version_slug, version_order, version__status, latest) values ($1, $2, $3, $4, true) returning id`,
    [id, block.slug, block.order, status],
  )
  await insertEfforts('_building_blocks_v_version_current_efforts', versionId, 'en', block.currentEfforts)
  return { id, versionId }
}

async function insertEfforts(table: string, parent: number, locale: string, efforts: Partial<Effort>[], from = 1) {
  for (const [index, effort] of efforts.entries()) {
    const id = table.startsWith('_') ? [] : [`${parent}-${locale}-${from + index}-${suffix}`]
    await query(
      `insert into ${table} (_order, _parent_id, _locale, ${id.length ? 'id, ' : ''}initiative, actors, year, status, link, note)
       values ($1, $2, $3, ${id.length ? '$10, ' : ''}$4, $5, $6, $7, $8, $9)`,
      [from + index, parent, locale, effort.initiative ?? null, effort.actors ?? null, effort.year ?? null, effort.status ?? null, (effort as { link?: string }).link ?? null, effort.note ?? null, ...id],
    )
  }
}

const blockIds = new Map<string, number>()
const totalSeeded = seeded.reduce((sum, block) => sum + block.currentEfforts.length, 0)
const redLines = seeded.find((block) => block.slug === 'red-lines')!
const safety = seeded.find((block) => block.slug === 'safety-standards')!
const cooperation = seeded.find((block) => block.slug === 'technical-cooperation')!
const frenchTitle = 'Déclaration de Beijing des IDAIS'
const editedNote = 'Edited by an editor after seeding: the note now names the 2023 edition.'
const draftOnlyEffort = { initiative: 'A draft-only effort added by an editor', status: 'proposed', year: 2026, note: 'Only in an unpublished draft.' }
const rewrittenNote = 'Rewritten in an unpublished draft of the block.'

beforeAll(async () => {
  await createDatabaseIfMissing(databaseUrl)
  // Payload imports migration files from the folder it is given: inside apps/cms, so their imports resolve.
  const oldDir = fs.mkdtempSync(path.join(cmsDir, '.migrations-before-initiatives-'))
  try {
    for (const file of before) fs.copyFileSync(path.join(migrationsDir, file), path.join(oldDir, file))
    await migrate(oldDir)
  } finally {
    fs.rmSync(oldDir, { recursive: true, force: true })
  }
  db = new Client({ connectionString: databaseUrl })
  await db.connect()

  // The seeded content, as the seed of November 2026 wrote it.
  for (const block of seeded) blockIds.set(block.slug, (await insertBlock(block, 'published')).id)
  // An editor's changes since: French for two red-line efforts, a corrected note.
  await insertEfforts('building_blocks_current_efforts', blockIds.get('red-lines')!, 'fr', [
    { ...redLines.currentEfforts[0], initiative: frenchTitle, note: 'Une déclaration de scientifiques.' },
    { ...redLines.currentEfforts[1], initiative: 'Engagements de Séoul en matière de sûreté', note: 'Des engagements volontaires.' },
  ])
  await query(`update building_blocks_current_efforts set note = $1 where _parent_id = $2 and _order = 1 and _locale = 'en'`, [editedNote, blockIds.get('safety-standards')])
  // An unpublished draft of technical cooperation rewrites its first effort and adds one.
  await query(`update _building_blocks_v set latest = false where parent_id = $1`, [blockIds.get('technical-cooperation')])
  const [{ id: draftVersion }] = await query<{ id: number }>(
    `insert into _building_blocks_v (parent_id, version_slug, version_order, version__status, latest) values ($1, 'technical-cooperation', 3, 'draft', true) returning id`,
    [blockIds.get('technical-cooperation')],
  )
  await insertEfforts('_building_blocks_v_version_current_efforts', draftVersion, 'en', [
    { ...cooperation.currentEfforts[0], note: rewrittenNote },
    ...cooperation.currentEfforts.slice(1),
    draftOnlyEffort as Effort,
  ])
  // A block an editor started and never published.
  await insertBlock(
    { slug: 'unpublished-block', title: 'Unpublished block', order: 8, summary: 'Not yet public.', currentEfforts: [{ initiative: 'An effort of an unpublished block', status: 'operating', note: 'Hidden.' } as Effort] },
    'draft',
  )

  await migrate()
}, 240_000)

afterAll(async () => {
  await db?.end()
  await dropDatabase(databaseUrl)
})

describe('moving current efforts into initiatives', () => {
  test('every effort of every block becomes one initiative linked to its block; old tables go, their rows are archived', async () => {
    const initiatives = await query(`select i.id, i.slug, i._status, b.slug as block from initiatives i
      join initiatives_rels r on r.parent_id = i.id and r.path = 'buildingBlocks' join building_blocks b on b.id = r.building_blocks_id`)
    // The seeded efforts, the draft-only one and the unpublished block's.
    expect(initiatives).toHaveLength(totalSeeded + 2)
    for (const block of seeded) expect(initiatives.filter((row) => row.block === block.slug)).toHaveLength(block.currentEfforts.length + (block.slug === 'technical-cooperation' ? 1 : 0))
    expect(new Set(initiatives.map((row) => row.slug)).size).toBe(initiatives.length)
    const tables = await query(`select table_name from information_schema.tables where table_name like '%current_efforts%' order by 1`)
    expect(tables.map((row) => row.table_name)).toEqual(['archived_current_efforts'])
    const [{ count }] = await query(`select count(*)::int as count from archived_current_efforts`)
    const versionRows = seeded.reduce((sum, block) => sum + block.currentEfforts.length, 0) + cooperation.currentEfforts.length + 1 + 1
    expect(count).toBe(totalSeeded + 2 + 1 + versionRows)
  })

  test('each language keeps its words; the editor’s correction is kept; everything is marked for review', async () => {
    const titles = await query(`select l._locale, l.title, l.summary, i.review_status, i.review_note from initiatives i join initiatives_locales l on l._parent_id = i.id
      join initiatives_rels r on r.parent_id = i.id and r.path = 'buildingBlocks' where r.building_blocks_id = $1 order by i.id, l._locale`, [blockIds.get('red-lines')])
    expect(titles.filter((row) => row._locale === 'en').map((row) => row.title)).toEqual(redLines.currentEfforts.map((effort) => effort.initiative))
    expect(titles.filter((row) => row._locale === 'fr').map((row) => row.title)).toEqual([frenchTitle, 'Engagements de Séoul en matière de sûreté'])
    const [edited] = await query(`select l.summary from initiatives_locales l join initiatives_rels r on r.parent_id = l._parent_id and r.path = 'buildingBlocks'
      where r.building_blocks_id = $1 and l._locale = 'en' order by l._parent_id limit 1`, [blockIds.get('safety-standards')])
    expect(edited.summary).toBe(editedNote)
    const notes = await query(`select review_status, review_note from initiatives`)
    expect(notes.every((row) => row.review_status === 'changes-requested' && /Check the kind/.test(row.review_note))).toBe(true)
    // Actors were free text: kept word for word in the note for the editor.
    const first = redLines.currentEfforts[0]!
    expect(titles.find((row) => row.title === first.initiative)!.review_note).toContain(`Actors as written: ${first.actors}`)
  })

  test('an unpublished draft loses nothing: added efforts become drafts, rewritten ones are kept in the note', async () => {
    const rows = await query(`select i._status, l.title, i.review_note from initiatives i join initiatives_locales l on l._parent_id = i.id and l._locale = 'en'`)
    expect(rows.find((row) => row.title === draftOnlyEffort.initiative)).toMatchObject({ _status: 'draft' })
    expect(rows.find((row) => row.title === 'An effort of an unpublished block')).toMatchObject({ _status: 'draft' })
    expect(rows.find((row) => row.title === cooperation.currentEfforts[0]!.initiative)!.review_note).toContain(rewrittenNote)
  })

  test('a CMS on the migrated database serves published initiatives only, in each language, and an editor can take one up', async () => {
    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    const cms = startServer('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: cmsDir,
      env: {
        DATABASE_URL: databaseUrl,
        PAYLOAD_SECRET: process.env.TEST_PAYLOAD_SECRET,
        CMS_PUBLIC_URL: url,
        NEXT_TELEMETRY_DISABLED: '1',
        COOKIE_SECURE: 'false',
        WEB_URL: '',
        REVALIDATE_SECRET: '',
        PREVIEW_SECRET: '',
        PREVIEW_API_KEY: '',
        JOBS_AUTORUN_CRON: '0 0 1 1 *',
      },
      label: 'migrated CMS',
    })
    try {
      await waitForHttp(`${url}/api/health`, { server: cms, timeoutMs: 90_000 })
      const json = async (pathname: string, init: RequestInit = {}) => {
        const response = await fetch(`${url}${pathname}`, init)
        return { status: response.status, body: await response.json() }
      }
      const list = await json('/api/initiatives?limit=100&depth=0')
      expect(list.status).toBe(200)
      expect(list.body.totalDocs).toBe(totalSeeded)
      // What the public site reads parses with the kernel's schema.
      for (const doc of list.body.docs) expect(() => parseCollectionDocument('initiatives', doc)).not.toThrow()
      expect(list.body.docs.map((doc: { reviewNote?: unknown }) => doc.reviewNote)).toEqual(list.body.docs.map(() => undefined))

      const french = await json(`/api/initiatives?locale=fr&depth=0&limit=100&where[title][equals]=${encodeURIComponent(frenchTitle)}`)
      expect(french.body.docs).toHaveLength(1)
      const block = await json(`/api/building-blocks?where[slug][equals]=red-lines&depth=1&joins[initiatives][limit]=50`)
      expect(block.body.docs[0].initiatives.docs.map((doc: { title: string }) => doc.title).sort()).toEqual(redLines.currentEfforts.map((effort) => effort.initiative).sort())

      // The first user of a migrated database registers, then completes an initiative and publishes it.
      const registered = await json('/api/users/first-register', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: `editor-${suffix}@example.test`, password: `pw-${suffix}-Aa1!`, name: 'Editor' }),
      })
      expect(registered.status).toBe(200)
      const token = registered.body.token as string
      const target = list.body.docs[0]
      const updated = await json(`/api/initiatives/${target.id}?depth=0`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({
          kind: 'declaration',
          status: 'adopted',
          dates: { announced: null, adopted: '2024-03-21', inForce: null },
          sources: [{ title: 'Official page', url: 'https://example.org/official' }],
          _status: 'published',
        }),
      })
      expect(updated.status).toBe(200)
      expect(updated.body.doc).toMatchObject({ kind: 'declaration', keyDate: '2024-03-21', _status: 'published' })
    } finally {
      await cms.stop()
    }
  }, 150_000)
})
