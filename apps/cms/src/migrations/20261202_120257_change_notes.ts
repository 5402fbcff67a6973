import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "building_blocks_locales" ADD COLUMN "change_note" varchar;
  ALTER TABLE "_building_blocks_v_locales" ADD COLUMN "version_change_note" varchar;
  ALTER TABLE "risks_locales" ADD COLUMN "change_note" varchar;
  ALTER TABLE "_risks_v_locales" ADD COLUMN "version_change_note" varchar;
  ALTER TABLE "benefits_locales" ADD COLUMN "change_note" varchar;
  ALTER TABLE "_benefits_v_locales" ADD COLUMN "version_change_note" varchar;
  ALTER TABLE "initiatives_locales" ADD COLUMN "change_note" varchar;
  ALTER TABLE "_initiatives_v_locales" ADD COLUMN "version_change_note" varchar;
  ALTER TABLE "actors_locales" ADD COLUMN "change_note" varchar;
  ALTER TABLE "_actors_v_locales" ADD COLUMN "version_change_note" varchar;
  ALTER TABLE "citations_locales" ADD COLUMN "change_note" varchar;
  ALTER TABLE "_citations_v_locales" ADD COLUMN "version_change_note" varchar;
  ALTER TABLE "media_entries_locales" ADD COLUMN "change_note" varchar;
  ALTER TABLE "_media_entries_v_locales" ADD COLUMN "version_change_note" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "building_blocks_locales" DROP COLUMN "change_note";
  ALTER TABLE "_building_blocks_v_locales" DROP COLUMN "version_change_note";
  ALTER TABLE "risks_locales" DROP COLUMN "change_note";
  ALTER TABLE "_risks_v_locales" DROP COLUMN "version_change_note";
  ALTER TABLE "benefits_locales" DROP COLUMN "change_note";
  ALTER TABLE "_benefits_v_locales" DROP COLUMN "version_change_note";
  ALTER TABLE "initiatives_locales" DROP COLUMN "change_note";
  ALTER TABLE "_initiatives_v_locales" DROP COLUMN "version_change_note";
  ALTER TABLE "actors_locales" DROP COLUMN "change_note";
  ALTER TABLE "_actors_v_locales" DROP COLUMN "version_change_note";
  ALTER TABLE "citations_locales" DROP COLUMN "change_note";
  ALTER TABLE "_citations_v_locales" DROP COLUMN "version_change_note";
  ALTER TABLE "media_entries_locales" DROP COLUMN "change_note";
  ALTER TABLE "_media_entries_v_locales" DROP COLUMN "version_change_note";`)
}
