import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "building_blocks" ADD COLUMN "translation_clock" jsonb;
  ALTER TABLE "_building_blocks_v" ADD COLUMN "version_translation_clock" jsonb;
  ALTER TABLE "risks" ADD COLUMN "translation_clock" jsonb;
  ALTER TABLE "_risks_v" ADD COLUMN "version_translation_clock" jsonb;
  ALTER TABLE "benefits" ADD COLUMN "translation_clock" jsonb;
  ALTER TABLE "_benefits_v" ADD COLUMN "version_translation_clock" jsonb;
  ALTER TABLE "initiatives" ADD COLUMN "translation_clock" jsonb;
  ALTER TABLE "_initiatives_v" ADD COLUMN "version_translation_clock" jsonb;
  ALTER TABLE "actors" ADD COLUMN "translation_clock" jsonb;
  ALTER TABLE "_actors_v" ADD COLUMN "version_translation_clock" jsonb;
  ALTER TABLE "media_entries" ADD COLUMN "translation_clock" jsonb;
  ALTER TABLE "_media_entries_v" ADD COLUMN "version_translation_clock" jsonb;
  ALTER TABLE "home" ADD COLUMN "translation_clock" jsonb;
  ALTER TABLE "_home_v" ADD COLUMN "version_translation_clock" jsonb;
  ALTER TABLE "site" ADD COLUMN "translation_clock" jsonb;
  ALTER TABLE "_site_v" ADD COLUMN "version_translation_clock" jsonb;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "building_blocks" DROP COLUMN "translation_clock";
  ALTER TABLE "_building_blocks_v" DROP COLUMN "version_translation_clock";
  ALTER TABLE "risks" DROP COLUMN "translation_clock";
  ALTER TABLE "_risks_v" DROP COLUMN "version_translation_clock";
  ALTER TABLE "benefits" DROP COLUMN "translation_clock";
  ALTER TABLE "_benefits_v" DROP COLUMN "version_translation_clock";
  ALTER TABLE "initiatives" DROP COLUMN "translation_clock";
  ALTER TABLE "_initiatives_v" DROP COLUMN "version_translation_clock";
  ALTER TABLE "actors" DROP COLUMN "translation_clock";
  ALTER TABLE "_actors_v" DROP COLUMN "version_translation_clock";
  ALTER TABLE "media_entries" DROP COLUMN "translation_clock";
  ALTER TABLE "_media_entries_v" DROP COLUMN "version_translation_clock";
  ALTER TABLE "home" DROP COLUMN "translation_clock";
  ALTER TABLE "_home_v" DROP COLUMN "version_translation_clock";
  ALTER TABLE "site" DROP COLUMN "translation_clock";
  ALTER TABLE "_site_v" DROP COLUMN "version_translation_clock";`)
}
