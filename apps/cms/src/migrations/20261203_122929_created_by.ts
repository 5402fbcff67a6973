import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "building_blocks" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "_building_blocks_v" ADD COLUMN "version_created_by_id" integer;
  ALTER TABLE "risks" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "_risks_v" ADD COLUMN "version_created_by_id" integer;
  ALTER TABLE "benefits" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "_benefits_v" ADD COLUMN "version_created_by_id" integer;
  ALTER TABLE "initiatives" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "_initiatives_v" ADD COLUMN "version_created_by_id" integer;
  ALTER TABLE "actors" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "_actors_v" ADD COLUMN "version_created_by_id" integer;
  ALTER TABLE "citations" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "_citations_v" ADD COLUMN "version_created_by_id" integer;
  ALTER TABLE "media_entries" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "_media_entries_v" ADD COLUMN "version_created_by_id" integer;
  ALTER TABLE "building_blocks" ADD CONSTRAINT "building_blocks_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_building_blocks_v" ADD CONSTRAINT "_building_blocks_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "risks" ADD CONSTRAINT "risks_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_risks_v" ADD CONSTRAINT "_risks_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "benefits" ADD CONSTRAINT "benefits_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_benefits_v" ADD CONSTRAINT "_benefits_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_initiatives_v" ADD CONSTRAINT "_initiatives_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "actors" ADD CONSTRAINT "actors_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_actors_v" ADD CONSTRAINT "_actors_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "citations" ADD CONSTRAINT "citations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_citations_v" ADD CONSTRAINT "_citations_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_entries" ADD CONSTRAINT "media_entries_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_media_entries_v" ADD CONSTRAINT "_media_entries_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "building_blocks_created_by_idx" ON "building_blocks" USING btree ("created_by_id");
  CREATE INDEX "_building_blocks_v_version_version_created_by_idx" ON "_building_blocks_v" USING btree ("version_created_by_id");
  CREATE INDEX "risks_created_by_idx" ON "risks" USING btree ("created_by_id");
  CREATE INDEX "_risks_v_version_version_created_by_idx" ON "_risks_v" USING btree ("version_created_by_id");
  CREATE INDEX "benefits_created_by_idx" ON "benefits" USING btree ("created_by_id");
  CREATE INDEX "_benefits_v_version_version_created_by_idx" ON "_benefits_v" USING btree ("version_created_by_id");
  CREATE INDEX "initiatives_created_by_idx" ON "initiatives" USING btree ("created_by_id");
  CREATE INDEX "_initiatives_v_version_version_created_by_idx" ON "_initiatives_v" USING btree ("version_created_by_id");
  CREATE INDEX "actors_created_by_idx" ON "actors" USING btree ("created_by_id");
  CREATE INDEX "_actors_v_version_version_created_by_idx" ON "_actors_v" USING btree ("version_created_by_id");
  CREATE INDEX "citations_created_by_idx" ON "citations" USING btree ("created_by_id");
  CREATE INDEX "_citations_v_version_version_created_by_idx" ON "_citations_v" USING btree ("version_created_by_id");
  CREATE INDEX "media_entries_created_by_idx" ON "media_entries" USING btree ("created_by_id");
  CREATE INDEX "_media_entries_v_version_version_created_by_idx" ON "_media_entries_v" USING btree ("version_created_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "building_blocks" DROP CONSTRAINT "building_blocks_created_by_id_users_id_fk";
  
  ALTER TABLE "_building_blocks_v" DROP CONSTRAINT "_building_blocks_v_version_created_by_id_users_id_fk";
  
  ALTER TABLE "risks" DROP CONSTRAINT "risks_created_by_id_users_id_fk";
  
  ALTER TABLE "_risks_v" DROP CONSTRAINT "_risks_v_version_created_by_id_users_id_fk";
  
  ALTER TABLE "benefits" DROP CONSTRAINT "benefits_created_by_id_users_id_fk";
  
  ALTER TABLE "_benefits_v" DROP CONSTRAINT "_benefits_v_version_created_by_id_users_id_fk";
  
  ALTER TABLE "initiatives" DROP CONSTRAINT "initiatives_created_by_id_users_id_fk";
  
  ALTER TABLE "_initiatives_v" DROP CONSTRAINT "_initiatives_v_version_created_by_id_users_id_fk";
  
  ALTER TABLE "actors" DROP CONSTRAINT "actors_created_by_id_users_id_fk";
  
  ALTER TABLE "_actors_v" DROP CONSTRAINT "_actors_v_version_created_by_id_users_id_fk";
  
  ALTER TABLE "citations" DROP CONSTRAINT "citations_created_by_id_users_id_fk";
  
  ALTER TABLE "_citations_v" DROP CONSTRAINT "_citations_v_version_created_by_id_users_id_fk";
  
  ALTER TABLE "media_entries" DROP CONSTRAINT "media_entries_created_by_id_users_id_fk";
  
  ALTER TABLE "_media_entries_v" DROP CONSTRAINT "_media_entries_v_version_created_by_id_users_id_fk";
  
  DROP INDEX "building_blocks_created_by_idx";
  DROP INDEX "_building_blocks_v_version_version_created_by_idx";
  DROP INDEX "risks_created_by_idx";
  DROP INDEX "_risks_v_version_version_created_by_idx";
  DROP INDEX "benefits_created_by_idx";
  DROP INDEX "_benefits_v_version_version_created_by_idx";
  DROP INDEX "initiatives_created_by_idx";
  DROP INDEX "_initiatives_v_version_version_created_by_idx";
  DROP INDEX "actors_created_by_idx";
  DROP INDEX "_actors_v_version_version_created_by_idx";
  DROP INDEX "citations_created_by_idx";
  DROP INDEX "_citations_v_version_version_created_by_idx";
  DROP INDEX "media_entries_created_by_idx";
  DROP INDEX "_media_entries_v_version_version_created_by_idx";
  ALTER TABLE "building_blocks" DROP COLUMN "created_by_id";
  ALTER TABLE "_building_blocks_v" DROP COLUMN "version_created_by_id";
  ALTER TABLE "risks" DROP COLUMN "created_by_id";
  ALTER TABLE "_risks_v" DROP COLUMN "version_created_by_id";
  ALTER TABLE "benefits" DROP COLUMN "created_by_id";
  ALTER TABLE "_benefits_v" DROP COLUMN "version_created_by_id";
  ALTER TABLE "initiatives" DROP COLUMN "created_by_id";
  ALTER TABLE "_initiatives_v" DROP COLUMN "version_created_by_id";
  ALTER TABLE "actors" DROP COLUMN "created_by_id";
  ALTER TABLE "_actors_v" DROP COLUMN "version_created_by_id";
  ALTER TABLE "citations" DROP COLUMN "created_by_id";
  ALTER TABLE "_citations_v" DROP COLUMN "version_created_by_id";
  ALTER TABLE "media_entries" DROP COLUMN "created_by_id";
  ALTER TABLE "_media_entries_v" DROP COLUMN "version_created_by_id";`)
}
