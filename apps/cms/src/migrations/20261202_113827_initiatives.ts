import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_initiatives_kind" AS ENUM('treaty', 'resolution', 'law', 'standard', 'declaration', 'commitment', 'report', 'body', 'programme');
  CREATE TYPE "public"."enum_initiatives_stage" AS ENUM('proposed', 'in-negotiation', 'adopted', 'open-for-signature', 'in-force', 'operating', 'published', 'superseded', 'withdrawn');
  CREATE TYPE "public"."enum_initiatives_review_status" AS ENUM('editing', 'ready', 'changes-requested');
  CREATE TYPE "public"."enum_initiatives_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__initiatives_v_version_kind" AS ENUM('treaty', 'resolution', 'law', 'standard', 'declaration', 'commitment', 'report', 'body', 'programme');
  CREATE TYPE "public"."enum__initiatives_v_version_review_status" AS ENUM('editing', 'ready', 'changes-requested');
  CREATE TYPE "public"."enum__initiatives_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__initiatives_v_published_locale" AS ENUM('en', 'fr', 'es', 'ar', 'zh', 'ru');
  CREATE TYPE "public"."enum_actors_kind" AS ENUM('international-organisation', 'group-of-states', 'state', 'standards-body', 'industry', 'civil-society');
  CREATE TYPE "public"."enum_actors_review_status" AS ENUM('editing', 'ready', 'changes-requested');
  CREATE TYPE "public"."enum_actors_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__actors_v_version_kind" AS ENUM('international-organisation', 'group-of-states', 'state', 'standards-body', 'industry', 'civil-society');
  CREATE TYPE "public"."enum__actors_v_version_review_status" AS ENUM('editing', 'ready', 'changes-requested');
  CREATE TYPE "public"."enum__actors_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__actors_v_published_locale" AS ENUM('en', 'fr', 'es', 'ar', 'zh', 'ru');
  CREATE TABLE "initiatives_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "initiatives_sources_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "initiatives" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"identifier" varchar,
  	"kind" "enum_initiatives_kind",
  	"status" "enum_initiatives_stage",
  	"status_checked_on" timestamp(3) with time zone,
  	"dates_announced" varchar,
  	"dates_adopted" varchar,
  	"dates_in_force" varchar,
  	"key_date" varchar,
  	"seo_image_id" integer,
  	"review_status" "enum_initiatives_review_status" DEFAULT 'editing',
  	"review_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_initiatives_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "initiatives_locales" (
  	"title" varchar,
  	"official_title" varchar,
  	"summary" varchar,
  	"limits" varchar,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "initiatives_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"building_blocks_id" integer,
  	"risks_id" integer,
  	"actors_id" integer,
  	"initiatives_id" integer
  );
  
  CREATE TABLE "_initiatives_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_initiatives_v_version_sources_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_initiatives_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_identifier" varchar,
  	"version_kind" "enum__initiatives_v_version_kind",
  	"version_status" "enum_initiatives_stage",
  	"version_status_checked_on" timestamp(3) with time zone,
  	"version_dates_announced" varchar,
  	"version_dates_adopted" varchar,
  	"version_dates_in_force" varchar,
  	"version_key_date" varchar,
  	"version_seo_image_id" integer,
  	"version_review_status" "enum__initiatives_v_version_review_status" DEFAULT 'editing',
  	"version_review_note" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__initiatives_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__initiatives_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_initiatives_v_locales" (
  	"version_title" varchar,
  	"version_official_title" varchar,
  	"version_summary" varchar,
  	"version_limits" varchar,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_initiatives_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"building_blocks_id" integer,
  	"risks_id" integer,
  	"actors_id" integer,
  	"initiatives_id" integer
  );
  
  CREATE TABLE "actors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"kind" "enum_actors_kind",
  	"url" varchar,
  	"seo_image_id" integer,
  	"review_status" "enum_actors_review_status" DEFAULT 'editing',
  	"review_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_actors_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "actors_locales" (
  	"name" varchar,
  	"short_name" varchar,
  	"summary" varchar,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_actors_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_kind" "enum__actors_v_version_kind",
  	"version_url" varchar,
  	"version_seo_image_id" integer,
  	"version_review_status" "enum__actors_v_version_review_status" DEFAULT 'editing',
  	"version_review_note" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__actors_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__actors_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_actors_v_locales" (
  	"version_name" varchar,
  	"version_short_name" varchar,
  	"version_summary" varchar,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "initiatives_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "actors_id" integer;
  ALTER TABLE "initiatives_sources" ADD CONSTRAINT "initiatives_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives_sources_locales" ADD CONSTRAINT "initiatives_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."initiatives_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_seo_image_id_media_id_fk" FOREIGN KEY ("seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "initiatives_locales" ADD CONSTRAINT "initiatives_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives_rels" ADD CONSTRAINT "initiatives_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives_rels" ADD CONSTRAINT "initiatives_rels_building_blocks_fk" FOREIGN KEY ("building_blocks_id") REFERENCES "public"."building_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives_rels" ADD CONSTRAINT "initiatives_rels_risks_fk" FOREIGN KEY ("risks_id") REFERENCES "public"."risks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives_rels" ADD CONSTRAINT "initiatives_rels_actors_fk" FOREIGN KEY ("actors_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives_rels" ADD CONSTRAINT "initiatives_rels_initiatives_fk" FOREIGN KEY ("initiatives_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v_version_sources" ADD CONSTRAINT "_initiatives_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_initiatives_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v_version_sources_locales" ADD CONSTRAINT "_initiatives_v_version_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_initiatives_v_version_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v" ADD CONSTRAINT "_initiatives_v_parent_id_initiatives_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."initiatives"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_initiatives_v" ADD CONSTRAINT "_initiatives_v_version_seo_image_id_media_id_fk" FOREIGN KEY ("version_seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_initiatives_v_locales" ADD CONSTRAINT "_initiatives_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_initiatives_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v_rels" ADD CONSTRAINT "_initiatives_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_initiatives_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v_rels" ADD CONSTRAINT "_initiatives_v_rels_building_blocks_fk" FOREIGN KEY ("building_blocks_id") REFERENCES "public"."building_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v_rels" ADD CONSTRAINT "_initiatives_v_rels_risks_fk" FOREIGN KEY ("risks_id") REFERENCES "public"."risks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v_rels" ADD CONSTRAINT "_initiatives_v_rels_actors_fk" FOREIGN KEY ("actors_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v_rels" ADD CONSTRAINT "_initiatives_v_rels_initiatives_fk" FOREIGN KEY ("initiatives_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actors" ADD CONSTRAINT "actors_seo_image_id_media_id_fk" FOREIGN KEY ("seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "actors_locales" ADD CONSTRAINT "actors_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actors_v" ADD CONSTRAINT "_actors_v_parent_id_actors_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."actors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_actors_v" ADD CONSTRAINT "_actors_v_version_seo_image_id_media_id_fk" FOREIGN KEY ("version_seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_actors_v_locales" ADD CONSTRAINT "_actors_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_actors_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "initiatives_sources_order_idx" ON "initiatives_sources" USING btree ("_order");
  CREATE INDEX "initiatives_sources_parent_id_idx" ON "initiatives_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "initiatives_sources_locales_locale_parent_id_unique" ON "initiatives_sources_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "initiatives_slug_idx" ON "initiatives" USING btree ("slug");
  CREATE INDEX "initiatives_identifier_idx" ON "initiatives" USING btree ("identifier");
  CREATE INDEX "initiatives_kind_idx" ON "initiatives" USING btree ("kind");
  CREATE INDEX "initiatives_status_idx" ON "initiatives" USING btree ("status");
  CREATE INDEX "initiatives_key_date_idx" ON "initiatives" USING btree ("key_date");
  CREATE INDEX "initiatives_seo_seo_image_idx" ON "initiatives" USING btree ("seo_image_id");
  CREATE INDEX "initiatives_review_status_idx" ON "initiatives" USING btree ("review_status");
  CREATE INDEX "initiatives_updated_at_idx" ON "initiatives" USING btree ("updated_at");
  CREATE INDEX "initiatives_created_at_idx" ON "initiatives" USING btree ("created_at");
  CREATE INDEX "initiatives__status_idx" ON "initiatives" USING btree ("_status");
  CREATE UNIQUE INDEX "initiatives_locales_locale_parent_id_unique" ON "initiatives_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "initiatives_rels_order_idx" ON "initiatives_rels" USING btree ("order");
  CREATE INDEX "initiatives_rels_parent_idx" ON "initiatives_rels" USING btree ("parent_id");
  CREATE INDEX "initiatives_rels_path_idx" ON "initiatives_rels" USING btree ("path");
  CREATE INDEX "initiatives_rels_building_blocks_id_idx" ON "initiatives_rels" USING btree ("building_blocks_id");
  CREATE INDEX "initiatives_rels_risks_id_idx" ON "initiatives_rels" USING btree ("risks_id");
  CREATE INDEX "initiatives_rels_actors_id_idx" ON "initiatives_rels" USING btree ("actors_id");
  CREATE INDEX "initiatives_rels_initiatives_id_idx" ON "initiatives_rels" USING btree ("initiatives_id");
  CREATE INDEX "_initiatives_v_version_sources_order_idx" ON "_initiatives_v_version_sources" USING btree ("_order");
  CREATE INDEX "_initiatives_v_version_sources_parent_id_idx" ON "_initiatives_v_version_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_initiatives_v_version_sources_locales_locale_parent_id_uniq" ON "_initiatives_v_version_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_initiatives_v_parent_idx" ON "_initiatives_v" USING btree ("parent_id");
  CREATE INDEX "_initiatives_v_version_version_slug_idx" ON "_initiatives_v" USING btree ("version_slug");
  CREATE INDEX "_initiatives_v_version_version_identifier_idx" ON "_initiatives_v" USING btree ("version_identifier");
  CREATE INDEX "_initiatives_v_version_version_kind_idx" ON "_initiatives_v" USING btree ("version_kind");
  CREATE INDEX "_initiatives_v_version_version_status_idx" ON "_initiatives_v" USING btree ("version_status");
  CREATE INDEX "_initiatives_v_version_version_key_date_idx" ON "_initiatives_v" USING btree ("version_key_date");
  CREATE INDEX "_initiatives_v_version_seo_version_seo_image_idx" ON "_initiatives_v" USING btree ("version_seo_image_id");
  CREATE INDEX "_initiatives_v_version_version_review_status_idx" ON "_initiatives_v" USING btree ("version_review_status");
  CREATE INDEX "_initiatives_v_version_version_updated_at_idx" ON "_initiatives_v" USING btree ("version_updated_at");
  CREATE INDEX "_initiatives_v_version_version_created_at_idx" ON "_initiatives_v" USING btree ("version_created_at");
  CREATE INDEX "_initiatives_v_version_version__status_idx" ON "_initiatives_v" USING btree ("version__status");
  CREATE INDEX "_initiatives_v_created_at_idx" ON "_initiatives_v" USING btree ("created_at");
  CREATE INDEX "_initiatives_v_updated_at_idx" ON "_initiatives_v" USING btree ("updated_at");
  CREATE INDEX "_initiatives_v_snapshot_idx" ON "_initiatives_v" USING btree ("snapshot");
  CREATE INDEX "_initiatives_v_published_locale_idx" ON "_initiatives_v" USING btree ("published_locale");
  CREATE INDEX "_initiatives_v_latest_idx" ON "_initiatives_v" USING btree ("latest");
  CREATE INDEX "_initiatives_v_autosave_idx" ON "_initiatives_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_initiatives_v_locales_locale_parent_id_unique" ON "_initiatives_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_initiatives_v_rels_order_idx" ON "_initiatives_v_rels" USING btree ("order");
  CREATE INDEX "_initiatives_v_rels_parent_idx" ON "_initiatives_v_rels" USING btree ("parent_id");
  CREATE INDEX "_initiatives_v_rels_path_idx" ON "_initiatives_v_rels" USING btree ("path");
  CREATE INDEX "_initiatives_v_rels_building_blocks_id_idx" ON "_initiatives_v_rels" USING btree ("building_blocks_id");
  CREATE INDEX "_initiatives_v_rels_risks_id_idx" ON "_initiatives_v_rels" USING btree ("risks_id");
  CREATE INDEX "_initiatives_v_rels_actors_id_idx" ON "_initiatives_v_rels" USING btree ("actors_id");
  CREATE INDEX "_initiatives_v_rels_initiatives_id_idx" ON "_initiatives_v_rels" USING btree ("initiatives_id");
  CREATE UNIQUE INDEX "actors_slug_idx" ON "actors" USING btree ("slug");
  CREATE INDEX "actors_kind_idx" ON "actors" USING btree ("kind");
  CREATE INDEX "actors_seo_seo_image_idx" ON "actors" USING btree ("seo_image_id");
  CREATE INDEX "actors_review_status_idx" ON "actors" USING btree ("review_status");
  CREATE INDEX "actors_updated_at_idx" ON "actors" USING btree ("updated_at");
  CREATE INDEX "actors_created_at_idx" ON "actors" USING btree ("created_at");
  CREATE INDEX "actors__status_idx" ON "actors" USING btree ("_status");
  CREATE UNIQUE INDEX "actors_locales_locale_parent_id_unique" ON "actors_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_actors_v_parent_idx" ON "_actors_v" USING btree ("parent_id");
  CREATE INDEX "_actors_v_version_version_slug_idx" ON "_actors_v" USING btree ("version_slug");
  CREATE INDEX "_actors_v_version_version_kind_idx" ON "_actors_v" USING btree ("version_kind");
  CREATE INDEX "_actors_v_version_seo_version_seo_image_idx" ON "_actors_v" USING btree ("version_seo_image_id");
  CREATE INDEX "_actors_v_version_version_review_status_idx" ON "_actors_v" USING btree ("version_review_status");
  CREATE INDEX "_actors_v_version_version_updated_at_idx" ON "_actors_v" USING btree ("version_updated_at");
  CREATE INDEX "_actors_v_version_version_created_at_idx" ON "_actors_v" USING btree ("version_created_at");
  CREATE INDEX "_actors_v_version_version__status_idx" ON "_actors_v" USING btree ("version__status");
  CREATE INDEX "_actors_v_created_at_idx" ON "_actors_v" USING btree ("created_at");
  CREATE INDEX "_actors_v_updated_at_idx" ON "_actors_v" USING btree ("updated_at");
  CREATE INDEX "_actors_v_snapshot_idx" ON "_actors_v" USING btree ("snapshot");
  CREATE INDEX "_actors_v_published_locale_idx" ON "_actors_v" USING btree ("published_locale");
  CREATE INDEX "_actors_v_latest_idx" ON "_actors_v" USING btree ("latest");
  CREATE INDEX "_actors_v_autosave_idx" ON "_actors_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_actors_v_locales_locale_parent_id_unique" ON "_actors_v_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_initiatives_fk" FOREIGN KEY ("initiatives_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_actors_fk" FOREIGN KEY ("actors_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_initiatives_id_idx" ON "payload_locked_documents_rels" USING btree ("initiatives_id");
  CREATE INDEX "payload_locked_documents_rels_actors_id_idx" ON "payload_locked_documents_rels" USING btree ("actors_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "initiatives_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "initiatives_sources_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "initiatives" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "initiatives_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "initiatives_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_initiatives_v_version_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_initiatives_v_version_sources_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_initiatives_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_initiatives_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_initiatives_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "actors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "actors_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_actors_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_actors_v_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "initiatives_sources" CASCADE;
  DROP TABLE "initiatives_sources_locales" CASCADE;
  DROP TABLE "initiatives" CASCADE;
  DROP TABLE "initiatives_locales" CASCADE;
  DROP TABLE "initiatives_rels" CASCADE;
  DROP TABLE "_initiatives_v_version_sources" CASCADE;
  DROP TABLE "_initiatives_v_version_sources_locales" CASCADE;
  DROP TABLE "_initiatives_v" CASCADE;
  DROP TABLE "_initiatives_v_locales" CASCADE;
  DROP TABLE "_initiatives_v_rels" CASCADE;
  DROP TABLE "actors" CASCADE;
  DROP TABLE "actors_locales" CASCADE;
  DROP TABLE "_actors_v" CASCADE;
  DROP TABLE "_actors_v_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_initiatives_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_actors_fk";
  
  DROP INDEX "payload_locked_documents_rels_initiatives_id_idx";
  DROP INDEX "payload_locked_documents_rels_actors_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "initiatives_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "actors_id";
  DROP TYPE "public"."enum_initiatives_kind";
  DROP TYPE "public"."enum_initiatives_stage";
  DROP TYPE "public"."enum_initiatives_review_status";
  DROP TYPE "public"."enum_initiatives_status";
  DROP TYPE "public"."enum__initiatives_v_version_kind";
  DROP TYPE "public"."enum__initiatives_v_version_review_status";
  DROP TYPE "public"."enum__initiatives_v_version_status";
  DROP TYPE "public"."enum__initiatives_v_published_locale";
  DROP TYPE "public"."enum_actors_kind";
  DROP TYPE "public"."enum_actors_review_status";
  DROP TYPE "public"."enum_actors_status";
  DROP TYPE "public"."enum__actors_v_version_kind";
  DROP TYPE "public"."enum__actors_v_version_review_status";
  DROP TYPE "public"."enum__actors_v_version_status";
  DROP TYPE "public"."enum__actors_v_published_locale";`)
}
