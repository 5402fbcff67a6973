import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { planInitiatives, type BlockRow, type EffortRow } from './lib/currentEfforts'

type Db = MigrateUpArgs['db']
const rowsOf = async <T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> => ((await db.execute(query)) as unknown as { rows: T[] }).rows

/**
 * Every current effort of every building block, in every language, becomes an
 * initiative linked to its block (see ./lib/currentEfforts.ts), marked for an
 * editor's review. The old rows, version history included, are kept in
 * "archived_current_efforts" so that nothing is lost and `down` can put them back.
 */
async function moveCurrentEfforts(db: Db, payload: MigrateUpArgs['payload']): Promise<void> {
  await db.execute(sql`
    CREATE TABLE IF NOT EXISTS "archived_current_efforts" (
      "id" serial PRIMARY KEY NOT NULL,
      "source" varchar NOT NULL,
      "row" jsonb NOT NULL,
      "archived_at" timestamp(3) with time zone DEFAULT now() NOT NULL
    );
    INSERT INTO "archived_current_efforts" ("source", "row")
      SELECT 'building_blocks_current_efforts', to_jsonb(e) FROM "building_blocks_current_efforts" e;
    INSERT INTO "archived_current_efforts" ("source", "row")
      SELECT '_building_blocks_v_version_current_efforts', to_jsonb(e) FROM "_building_blocks_v_version_current_efforts" e;`)

  const blocks = await rowsOf<BlockRow>(db, sql`SELECT id, slug, _status AS status, updated_at AS "updatedAt" FROM building_blocks`)
  const rows = await rowsOf<EffortRow>(
    db,
    sql`SELECT _parent_id AS "blockId", _order AS position, _locale::text AS locale, initiative, actors, year, status::text AS status, link, note
        FROM building_blocks_current_efforts ORDER BY _parent_id, _order, _locale`,
  )
  // The newest version of each block, when it is a draft not yet published: its efforts may differ.
  const draftRows = await rowsOf<EffortRow>(
    db,
    sql`SELECT v.parent_id AS "blockId", e._order AS position, e._locale::text AS locale, e.initiative, e.actors, e.year, e.status::text AS status, e.link, e.note
        FROM _building_blocks_v v JOIN _building_blocks_v_version_current_efforts e ON e._parent_id = v.id
        WHERE v.latest = true AND v.version__status = 'draft' ORDER BY v.parent_id, e._order, e._locale`,
  )
  const taken = (await rowsOf<{ slug: string }>(db, sql`SELECT slug FROM initiatives WHERE slug IS NOT NULL`)).map((row) => row.slug)
  const plans = planInitiatives(blocks, rows, draftRows, taken)

  for (const plan of plans) {
    const [created] = await rowsOf<{ id: number }>(
      db,
      sql`INSERT INTO initiatives (slug, kind, status, status_checked_on, dates_announced, dates_adopted, dates_in_force, key_date, review_status, review_note, _status)
          VALUES (${plan.slug}, ${plan.kind}, ${plan.status}, ${plan.statusCheckedOn}, ${plan.dates.announced}, ${plan.dates.adopted}, ${plan.dates.inForce},
                  ${plan.keyDate}, 'changes-requested', ${plan.reviewNote}, ${plan.publicationStatus})
          RETURNING id`,
    )
    const id = created!.id
    for (const [locale, texts] of Object.entries(plan.texts)) {
      await db.execute(sql`INSERT INTO initiatives_locales (title, summary, _locale, _parent_id) VALUES (${texts.title}, ${texts.summary}, ${locale}, ${id})`)
    }
    await db.execute(sql`INSERT INTO initiatives_rels ("order", parent_id, path, building_blocks_id) VALUES (1, ${id}, 'buildingBlocks', ${plan.blockId})`)
    if (plan.link) {
      const sourceId = `migrated-${id}-1`
      await db.execute(sql`INSERT INTO initiatives_sources (_order, _parent_id, id, url) VALUES (1, ${id}, ${sourceId}, ${plan.link})`)
      for (const [locale, texts] of Object.entries(plan.texts)) {
        if (texts.sourceTitle) {
          await db.execute(sql`INSERT INTO initiatives_sources_locales (title, _locale, _parent_id) VALUES (${texts.sourceTitle}, ${locale}, ${sourceId})`)
        }
      }
    }
  }
  if (plans.length) payload.logger.info(`Moved ${plans.length} current efforts into initiatives (each marked for review).`)
}

export async function up({ db, payload }: MigrateUpArgs): Promise<void> {
  await moveCurrentEfforts(db, payload)
  await db.execute(sql`
   DROP TABLE "building_blocks_current_efforts" CASCADE;
  DROP TABLE "_building_blocks_v_version_current_efforts" CASCADE;
  DROP TYPE "public"."enum_building_blocks_current_efforts_status";
  DROP TYPE "public"."enum__building_blocks_v_version_current_efforts_status";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_building_blocks_current_efforts_status" AS ENUM('proposed', 'in-negotiation', 'adopted', 'in-force', 'operating');
  CREATE TYPE "public"."enum__building_blocks_v_version_current_efforts_status" AS ENUM('proposed', 'in-negotiation', 'adopted', 'in-force', 'operating');
  CREATE TABLE "building_blocks_current_efforts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"initiative" varchar,
  	"actors" varchar,
  	"year" numeric,
  	"status" "enum_building_blocks_current_efforts_status",
  	"link" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "_building_blocks_v_version_current_efforts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"initiative" varchar,
  	"actors" varchar,
  	"year" numeric,
  	"status" "enum__building_blocks_v_version_current_efforts_status",
  	"link" varchar,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "building_blocks_current_efforts" ADD CONSTRAINT "building_blocks_current_efforts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."building_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_building_blocks_v_version_current_efforts" ADD CONSTRAINT "_building_blocks_v_version_current_efforts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_building_blocks_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "building_blocks_current_efforts_order_idx" ON "building_blocks_current_efforts" USING btree ("_order");
  CREATE INDEX "building_blocks_current_efforts_parent_id_idx" ON "building_blocks_current_efforts" USING btree ("_parent_id");
  CREATE INDEX "building_blocks_current_efforts_locale_idx" ON "building_blocks_current_efforts" USING btree ("_locale");
  CREATE INDEX "_building_blocks_v_version_current_efforts_order_idx" ON "_building_blocks_v_version_current_efforts" USING btree ("_order");
  CREATE INDEX "_building_blocks_v_version_current_efforts_parent_id_idx" ON "_building_blocks_v_version_current_efforts" USING btree ("_parent_id");
  CREATE INDEX "_building_blocks_v_version_current_efforts_locale_idx" ON "_building_blocks_v_version_current_efforts" USING btree ("_locale");`)
  // Put the archived rows back (the initiatives made from them stay: editors may have changed them since).
  await db.execute(sql`
    INSERT INTO "building_blocks_current_efforts" (_order, _parent_id, _locale, id, initiative, actors, year, status, link, note)
      SELECT (a.row->>'_order')::int, (a.row->>'_parent_id')::int, (a.row->>'_locale')::"_locales", a.row->>'id', a.row->>'initiative', a.row->>'actors',
             (a.row->>'year')::numeric, (a.row->>'status')::"enum_building_blocks_current_efforts_status", a.row->>'link', a.row->>'note'
      FROM "archived_current_efforts" a JOIN building_blocks b ON b.id = (a.row->>'_parent_id')::int
      WHERE a.source = 'building_blocks_current_efforts';
    INSERT INTO "_building_blocks_v_version_current_efforts" (_order, _parent_id, _locale, initiative, actors, year, status, link, note, _uuid)
      SELECT (a.row->>'_order')::int, (a.row->>'_parent_id')::int, (a.row->>'_locale')::"_locales", a.row->>'initiative', a.row->>'actors',
             (a.row->>'year')::numeric, (a.row->>'status')::"enum__building_blocks_v_version_current_efforts_status", a.row->>'link', a.row->>'note', a.row->>'_uuid'
      FROM "archived_current_efforts" a JOIN _building_blocks_v v ON v.id = (a.row->>'_parent_id')::int
      WHERE a.source = '_building_blocks_v_version_current_efforts';
    DROP TABLE "archived_current_efforts";`)
}
