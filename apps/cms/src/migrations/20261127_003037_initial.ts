import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'fr', 'es', 'ar', 'zh', 'ru');
  CREATE TYPE "public"."enum_building_blocks_current_efforts_status" AS ENUM('proposed', 'in-negotiation', 'adopted', 'in-force', 'operating');
  CREATE TYPE "public"."enum_building_blocks_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__building_blocks_v_version_current_efforts_status" AS ENUM('proposed', 'in-negotiation', 'adopted', 'in-force', 'operating');
  CREATE TYPE "public"."enum__building_blocks_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__building_blocks_v_published_locale" AS ENUM('en', 'fr', 'es', 'ar', 'zh', 'ru');
  CREATE TYPE "public"."enum_risks_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__risks_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__risks_v_published_locale" AS ENUM('en', 'fr', 'es', 'ar', 'zh', 'ru');
  CREATE TYPE "public"."enum_benefits_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__benefits_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__benefits_v_published_locale" AS ENUM('en', 'fr', 'es', 'ar', 'zh', 'ru');
  CREATE TYPE "public"."enum_citations_authors_kind" AS ENUM('person', 'organization');
  CREATE TYPE "public"."enum_citations_type" AS ENUM('article-journal', 'report', 'paper', 'book', 'chapter', 'webpage');
  CREATE TYPE "public"."enum_citations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__citations_v_version_authors_kind" AS ENUM('person', 'organization');
  CREATE TYPE "public"."enum__citations_v_version_type" AS ENUM('article-journal', 'report', 'paper', 'book', 'chapter', 'webpage');
  CREATE TYPE "public"."enum__citations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__citations_v_published_locale" AS ENUM('en', 'fr', 'es', 'ar', 'zh', 'ru');
  CREATE TYPE "public"."enum_media_entries_kind" AS ENUM('film', 'podcast', 'episode');
  CREATE TYPE "public"."enum_media_entries_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__media_entries_v_version_kind" AS ENUM('film', 'podcast', 'episode');
  CREATE TYPE "public"."enum__media_entries_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__media_entries_v_published_locale" AS ENUM('en', 'fr', 'es', 'ar', 'zh', 'ru');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'contributor');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_home_sections_section" AS ENUM('why', 'benefits-and-risks', 'building-blocks', 'media', 'contact');
  CREATE TYPE "public"."enum_home_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__home_v_version_sections_section" AS ENUM('why', 'benefits-and-risks', 'building-blocks', 'media', 'contact');
  CREATE TYPE "public"."enum__home_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__home_v_published_locale" AS ENUM('en', 'fr', 'es', 'ar', 'zh', 'ru');
  CREATE TYPE "public"."enum_site_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__site_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__site_v_published_locale" AS ENUM('en', 'fr', 'es', 'ar', 'zh', 'ru');
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
  
  CREATE TABLE "building_blocks_gaps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"gap" varchar
  );
  
  CREATE TABLE "building_blocks_analogous_regimes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"regime" varchar,
  	"lesson" varchar
  );
  
  CREATE TABLE "building_blocks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"order" numeric,
  	"seo_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_building_blocks_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "building_blocks_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "building_blocks_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"risks_id" integer,
  	"benefits_id" integer,
  	"citations_id" integer
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
  
  CREATE TABLE "_building_blocks_v_version_gaps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"gap" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_building_blocks_v_version_analogous_regimes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"regime" varchar,
  	"lesson" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_building_blocks_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_order" numeric,
  	"version_seo_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__building_blocks_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__building_blocks_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_building_blocks_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_building_blocks_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"risks_id" integer,
  	"benefits_id" integer,
  	"citations_id" integer
  );
  
  CREATE TABLE "risks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"order" numeric,
  	"seo_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_risks_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "risks_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "risks_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"citations_id" integer
  );
  
  CREATE TABLE "_risks_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_order" numeric,
  	"version_seo_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__risks_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__risks_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_risks_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_risks_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"citations_id" integer
  );
  
  CREATE TABLE "benefits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"order" numeric,
  	"seo_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_benefits_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "benefits_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "benefits_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "benefits_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"citations_id" integer
  );
  
  CREATE TABLE "_benefits_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_order" numeric,
  	"version_seo_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__benefits_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__benefits_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_benefits_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_benefits_v_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "_benefits_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"citations_id" integer
  );
  
  CREATE TABLE "citations_authors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_citations_authors_kind" DEFAULT 'person',
  	"given" varchar,
  	"family" varchar,
  	"name" varchar
  );
  
  CREATE TABLE "citations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"type" "enum_citations_type" DEFAULT 'report',
  	"title" varchar,
  	"year" numeric,
  	"container_title" varchar,
  	"publisher" varchar,
  	"url" varchar,
  	"doi" varchar,
  	"accessed" timestamp(3) with time zone,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_citations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "citations_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_citations_v_version_authors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__citations_v_version_authors_kind" DEFAULT 'person',
  	"given" varchar,
  	"family" varchar,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_citations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_type" "enum__citations_v_version_type" DEFAULT 'report',
  	"version_title" varchar,
  	"version_year" numeric,
  	"version_container_title" varchar,
  	"version_publisher" varchar,
  	"version_url" varchar,
  	"version_doi" varchar,
  	"version_accessed" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__citations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__citations_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_citations_v_locales" (
  	"version_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media_entries_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "media_entries_partners_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "media_entries_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar
  );
  
  CREATE TABLE "media_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_media_entries_kind",
  	"slug" varchar,
  	"order" numeric,
  	"watch_url" varchar,
  	"embed_url" varchar,
  	"poster_id" integer,
  	"seo_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_media_entries_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "media_entries_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"publisher" varchar,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media_entries_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"building_blocks_id" integer
  );
  
  CREATE TABLE "_media_entries_v_version_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_media_entries_v_version_partners_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_media_entries_v_version_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_media_entries_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__media_entries_v_version_kind",
  	"version_slug" varchar,
  	"version_order" numeric,
  	"version_watch_url" varchar,
  	"version_embed_url" varchar,
  	"version_poster_id" integer,
  	"version_seo_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__media_entries_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__media_entries_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_media_entries_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_publisher" varchar,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_media_entries_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"building_blocks_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"public" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_wide_url" varchar,
  	"sizes_wide_width" numeric,
  	"sizes_wide_height" numeric,
  	"sizes_wide_mime_type" varchar,
  	"sizes_wide_filesize" numeric,
  	"sizes_wide_filename" varchar,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar,
  	"caption" varchar,
  	"credit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'contributor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"building_blocks_id" integer,
  	"risks_id" integer,
  	"benefits_id" integer,
  	"citations_id" integer,
  	"media_entries_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "home_why_reasons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "home_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"section" "enum_home_sections_section"
  );
  
  CREATE TABLE "home" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_status" "enum_home_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "home_locales" (
  	"hero_heading" varchar,
  	"hero_lede" varchar,
  	"why_heading" varchar,
  	"benefits_and_risks_heading" varchar,
  	"benefits_and_risks_intro" varchar,
  	"benefits_and_risks_benefits_heading" varchar,
  	"benefits_and_risks_risks_heading" varchar,
  	"building_blocks_heading" varchar,
  	"building_blocks_intro" varchar,
  	"building_blocks_basis" varchar,
  	"media_heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "home_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"citations_id" integer,
  	"media_entries_id" integer
  );
  
  CREATE TABLE "_home_v_version_why_reasons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_home_v_version_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"section" "enum__home_v_version_sections_section",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_home_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version__status" "enum__home_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__home_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_home_v_locales" (
  	"version_hero_heading" varchar,
  	"version_hero_lede" varchar,
  	"version_why_heading" varchar,
  	"version_benefits_and_risks_heading" varchar,
  	"version_benefits_and_risks_intro" varchar,
  	"version_benefits_and_risks_benefits_heading" varchar,
  	"version_benefits_and_risks_risks_heading" varchar,
  	"version_building_blocks_heading" varchar,
  	"version_building_blocks_intro" varchar,
  	"version_building_blocks_basis" varchar,
  	"version_media_heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_home_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"citations_id" integer,
  	"media_entries_id" integer
  );
  
  CREATE TABLE "site_navigation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"href" varchar
  );
  
  CREATE TABLE "site_contact_people" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "site" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contact_email" varchar,
  	"_status" "enum_site_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_locales" (
  	"site_name" varchar,
  	"tagline" varchar,
  	"contact_heading" varchar,
  	"contact_team" varchar,
  	"contact_organisation" varchar,
  	"footer_closing_line" varchar,
  	"footer_copyright" varchar,
  	"footer_maintained_by" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_site_v_version_navigation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"href" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_site_v_version_contact_people" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_site_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_contact_email" varchar,
  	"version__status" "enum__site_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__site_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_site_v_locales" (
  	"version_site_name" varchar,
  	"version_tagline" varchar,
  	"version_contact_heading" varchar,
  	"version_contact_team" varchar,
  	"version_contact_organisation" varchar,
  	"version_footer_closing_line" varchar,
  	"version_footer_copyright" varchar,
  	"version_footer_maintained_by" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "building_blocks_current_efforts" ADD CONSTRAINT "building_blocks_current_efforts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."building_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "building_blocks_gaps" ADD CONSTRAINT "building_blocks_gaps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."building_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "building_blocks_analogous_regimes" ADD CONSTRAINT "building_blocks_analogous_regimes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."building_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "building_blocks" ADD CONSTRAINT "building_blocks_seo_image_id_media_id_fk" FOREIGN KEY ("seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "building_blocks_locales" ADD CONSTRAINT "building_blocks_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."building_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "building_blocks_rels" ADD CONSTRAINT "building_blocks_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."building_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "building_blocks_rels" ADD CONSTRAINT "building_blocks_rels_risks_fk" FOREIGN KEY ("risks_id") REFERENCES "public"."risks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "building_blocks_rels" ADD CONSTRAINT "building_blocks_rels_benefits_fk" FOREIGN KEY ("benefits_id") REFERENCES "public"."benefits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "building_blocks_rels" ADD CONSTRAINT "building_blocks_rels_citations_fk" FOREIGN KEY ("citations_id") REFERENCES "public"."citations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_building_blocks_v_version_current_efforts" ADD CONSTRAINT "_building_blocks_v_version_current_efforts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_building_blocks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_building_blocks_v_version_gaps" ADD CONSTRAINT "_building_blocks_v_version_gaps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_building_blocks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_building_blocks_v_version_analogous_regimes" ADD CONSTRAINT "_building_blocks_v_version_analogous_regimes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_building_blocks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_building_blocks_v" ADD CONSTRAINT "_building_blocks_v_parent_id_building_blocks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."building_blocks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_building_blocks_v" ADD CONSTRAINT "_building_blocks_v_version_seo_image_id_media_id_fk" FOREIGN KEY ("version_seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_building_blocks_v_locales" ADD CONSTRAINT "_building_blocks_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_building_blocks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_building_blocks_v_rels" ADD CONSTRAINT "_building_blocks_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_building_blocks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_building_blocks_v_rels" ADD CONSTRAINT "_building_blocks_v_rels_risks_fk" FOREIGN KEY ("risks_id") REFERENCES "public"."risks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_building_blocks_v_rels" ADD CONSTRAINT "_building_blocks_v_rels_benefits_fk" FOREIGN KEY ("benefits_id") REFERENCES "public"."benefits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_building_blocks_v_rels" ADD CONSTRAINT "_building_blocks_v_rels_citations_fk" FOREIGN KEY ("citations_id") REFERENCES "public"."citations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risks" ADD CONSTRAINT "risks_seo_image_id_media_id_fk" FOREIGN KEY ("seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "risks_locales" ADD CONSTRAINT "risks_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."risks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risks_rels" ADD CONSTRAINT "risks_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."risks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risks_rels" ADD CONSTRAINT "risks_rels_citations_fk" FOREIGN KEY ("citations_id") REFERENCES "public"."citations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risks_v" ADD CONSTRAINT "_risks_v_parent_id_risks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."risks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_risks_v" ADD CONSTRAINT "_risks_v_version_seo_image_id_media_id_fk" FOREIGN KEY ("version_seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_risks_v_locales" ADD CONSTRAINT "_risks_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_risks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risks_v_rels" ADD CONSTRAINT "_risks_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_risks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risks_v_rels" ADD CONSTRAINT "_risks_v_rels_citations_fk" FOREIGN KEY ("citations_id") REFERENCES "public"."citations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "benefits" ADD CONSTRAINT "benefits_seo_image_id_media_id_fk" FOREIGN KEY ("seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "benefits_locales" ADD CONSTRAINT "benefits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."benefits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "benefits_numbers" ADD CONSTRAINT "benefits_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."benefits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "benefits_rels" ADD CONSTRAINT "benefits_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."benefits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "benefits_rels" ADD CONSTRAINT "benefits_rels_citations_fk" FOREIGN KEY ("citations_id") REFERENCES "public"."citations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_benefits_v" ADD CONSTRAINT "_benefits_v_parent_id_benefits_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."benefits"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_benefits_v" ADD CONSTRAINT "_benefits_v_version_seo_image_id_media_id_fk" FOREIGN KEY ("version_seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_benefits_v_locales" ADD CONSTRAINT "_benefits_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_benefits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_benefits_v_numbers" ADD CONSTRAINT "_benefits_v_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_benefits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_benefits_v_rels" ADD CONSTRAINT "_benefits_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_benefits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_benefits_v_rels" ADD CONSTRAINT "_benefits_v_rels_citations_fk" FOREIGN KEY ("citations_id") REFERENCES "public"."citations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "citations_authors" ADD CONSTRAINT "citations_authors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."citations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "citations_locales" ADD CONSTRAINT "citations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."citations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_citations_v_version_authors" ADD CONSTRAINT "_citations_v_version_authors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_citations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_citations_v" ADD CONSTRAINT "_citations_v_parent_id_citations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."citations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_citations_v_locales" ADD CONSTRAINT "_citations_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_citations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_entries_partners" ADD CONSTRAINT "media_entries_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_entries_partners_locales" ADD CONSTRAINT "media_entries_partners_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media_entries_partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_entries_questions" ADD CONSTRAINT "media_entries_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_entries" ADD CONSTRAINT "media_entries_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_entries" ADD CONSTRAINT "media_entries_seo_image_id_media_id_fk" FOREIGN KEY ("seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_entries_locales" ADD CONSTRAINT "media_entries_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_entries_rels" ADD CONSTRAINT "media_entries_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_entries_rels" ADD CONSTRAINT "media_entries_rels_building_blocks_fk" FOREIGN KEY ("building_blocks_id") REFERENCES "public"."building_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_media_entries_v_version_partners" ADD CONSTRAINT "_media_entries_v_version_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_media_entries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_media_entries_v_version_partners_locales" ADD CONSTRAINT "_media_entries_v_version_partners_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_media_entries_v_version_partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_media_entries_v_version_questions" ADD CONSTRAINT "_media_entries_v_version_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_media_entries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_media_entries_v" ADD CONSTRAINT "_media_entries_v_parent_id_media_entries_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media_entries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_media_entries_v" ADD CONSTRAINT "_media_entries_v_version_poster_id_media_id_fk" FOREIGN KEY ("version_poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_media_entries_v" ADD CONSTRAINT "_media_entries_v_version_seo_image_id_media_id_fk" FOREIGN KEY ("version_seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_media_entries_v_locales" ADD CONSTRAINT "_media_entries_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_media_entries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_media_entries_v_rels" ADD CONSTRAINT "_media_entries_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_media_entries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_media_entries_v_rels" ADD CONSTRAINT "_media_entries_v_rels_building_blocks_fk" FOREIGN KEY ("building_blocks_id") REFERENCES "public"."building_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_building_blocks_fk" FOREIGN KEY ("building_blocks_id") REFERENCES "public"."building_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_risks_fk" FOREIGN KEY ("risks_id") REFERENCES "public"."risks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_benefits_fk" FOREIGN KEY ("benefits_id") REFERENCES "public"."benefits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_citations_fk" FOREIGN KEY ("citations_id") REFERENCES "public"."citations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_entries_fk" FOREIGN KEY ("media_entries_id") REFERENCES "public"."media_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_why_reasons" ADD CONSTRAINT "home_why_reasons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_sections" ADD CONSTRAINT "home_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_locales" ADD CONSTRAINT "home_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_rels" ADD CONSTRAINT "home_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."home"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_rels" ADD CONSTRAINT "home_rels_citations_fk" FOREIGN KEY ("citations_id") REFERENCES "public"."citations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_rels" ADD CONSTRAINT "home_rels_media_entries_fk" FOREIGN KEY ("media_entries_id") REFERENCES "public"."media_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_v_version_why_reasons" ADD CONSTRAINT "_home_v_version_why_reasons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_v_version_sections" ADD CONSTRAINT "_home_v_version_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_v_locales" ADD CONSTRAINT "_home_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_v_rels" ADD CONSTRAINT "_home_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_home_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_v_rels" ADD CONSTRAINT "_home_v_rels_citations_fk" FOREIGN KEY ("citations_id") REFERENCES "public"."citations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_v_rels" ADD CONSTRAINT "_home_v_rels_media_entries_fk" FOREIGN KEY ("media_entries_id") REFERENCES "public"."media_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_navigation" ADD CONSTRAINT "site_navigation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_contact_people" ADD CONSTRAINT "site_contact_people_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_locales" ADD CONSTRAINT "site_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_site_v_version_navigation" ADD CONSTRAINT "_site_v_version_navigation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_site_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_site_v_version_contact_people" ADD CONSTRAINT "_site_v_version_contact_people_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_site_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_site_v_locales" ADD CONSTRAINT "_site_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_site_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "building_blocks_current_efforts_order_idx" ON "building_blocks_current_efforts" USING btree ("_order");
  CREATE INDEX "building_blocks_current_efforts_parent_id_idx" ON "building_blocks_current_efforts" USING btree ("_parent_id");
  CREATE INDEX "building_blocks_current_efforts_locale_idx" ON "building_blocks_current_efforts" USING btree ("_locale");
  CREATE INDEX "building_blocks_gaps_order_idx" ON "building_blocks_gaps" USING btree ("_order");
  CREATE INDEX "building_blocks_gaps_parent_id_idx" ON "building_blocks_gaps" USING btree ("_parent_id");
  CREATE INDEX "building_blocks_gaps_locale_idx" ON "building_blocks_gaps" USING btree ("_locale");
  CREATE INDEX "building_blocks_analogous_regimes_order_idx" ON "building_blocks_analogous_regimes" USING btree ("_order");
  CREATE INDEX "building_blocks_analogous_regimes_parent_id_idx" ON "building_blocks_analogous_regimes" USING btree ("_parent_id");
  CREATE INDEX "building_blocks_analogous_regimes_locale_idx" ON "building_blocks_analogous_regimes" USING btree ("_locale");
  CREATE UNIQUE INDEX "building_blocks_slug_idx" ON "building_blocks" USING btree ("slug");
  CREATE INDEX "building_blocks_order_idx" ON "building_blocks" USING btree ("order");
  CREATE INDEX "building_blocks_seo_seo_image_idx" ON "building_blocks" USING btree ("seo_image_id");
  CREATE INDEX "building_blocks_updated_at_idx" ON "building_blocks" USING btree ("updated_at");
  CREATE INDEX "building_blocks_created_at_idx" ON "building_blocks" USING btree ("created_at");
  CREATE INDEX "building_blocks__status_idx" ON "building_blocks" USING btree ("_status");
  CREATE UNIQUE INDEX "building_blocks_locales_locale_parent_id_unique" ON "building_blocks_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "building_blocks_rels_order_idx" ON "building_blocks_rels" USING btree ("order");
  CREATE INDEX "building_blocks_rels_parent_idx" ON "building_blocks_rels" USING btree ("parent_id");
  CREATE INDEX "building_blocks_rels_path_idx" ON "building_blocks_rels" USING btree ("path");
  CREATE INDEX "building_blocks_rels_risks_id_idx" ON "building_blocks_rels" USING btree ("risks_id");
  CREATE INDEX "building_blocks_rels_benefits_id_idx" ON "building_blocks_rels" USING btree ("benefits_id");
  CREATE INDEX "building_blocks_rels_citations_id_idx" ON "building_blocks_rels" USING btree ("citations_id");
  CREATE INDEX "_building_blocks_v_version_current_efforts_order_idx" ON "_building_blocks_v_version_current_efforts" USING btree ("_order");
  CREATE INDEX "_building_blocks_v_version_current_efforts_parent_id_idx" ON "_building_blocks_v_version_current_efforts" USING btree ("_parent_id");
  CREATE INDEX "_building_blocks_v_version_current_efforts_locale_idx" ON "_building_blocks_v_version_current_efforts" USING btree ("_locale");
  CREATE INDEX "_building_blocks_v_version_gaps_order_idx" ON "_building_blocks_v_version_gaps" USING btree ("_order");
  CREATE INDEX "_building_blocks_v_version_gaps_parent_id_idx" ON "_building_blocks_v_version_gaps" USING btree ("_parent_id");
  CREATE INDEX "_building_blocks_v_version_gaps_locale_idx" ON "_building_blocks_v_version_gaps" USING btree ("_locale");
  CREATE INDEX "_building_blocks_v_version_analogous_regimes_order_idx" ON "_building_blocks_v_version_analogous_regimes" USING btree ("_order");
  CREATE INDEX "_building_blocks_v_version_analogous_regimes_parent_id_idx" ON "_building_blocks_v_version_analogous_regimes" USING btree ("_parent_id");
  CREATE INDEX "_building_blocks_v_version_analogous_regimes_locale_idx" ON "_building_blocks_v_version_analogous_regimes" USING btree ("_locale");
  CREATE INDEX "_building_blocks_v_parent_idx" ON "_building_blocks_v" USING btree ("parent_id");
  CREATE INDEX "_building_blocks_v_version_version_slug_idx" ON "_building_blocks_v" USING btree ("version_slug");
  CREATE INDEX "_building_blocks_v_version_version_order_idx" ON "_building_blocks_v" USING btree ("version_order");
  CREATE INDEX "_building_blocks_v_version_seo_version_seo_image_idx" ON "_building_blocks_v" USING btree ("version_seo_image_id");
  CREATE INDEX "_building_blocks_v_version_version_updated_at_idx" ON "_building_blocks_v" USING btree ("version_updated_at");
  CREATE INDEX "_building_blocks_v_version_version_created_at_idx" ON "_building_blocks_v" USING btree ("version_created_at");
  CREATE INDEX "_building_blocks_v_version_version__status_idx" ON "_building_blocks_v" USING btree ("version__status");
  CREATE INDEX "_building_blocks_v_created_at_idx" ON "_building_blocks_v" USING btree ("created_at");
  CREATE INDEX "_building_blocks_v_updated_at_idx" ON "_building_blocks_v" USING btree ("updated_at");
  CREATE INDEX "_building_blocks_v_snapshot_idx" ON "_building_blocks_v" USING btree ("snapshot");
  CREATE INDEX "_building_blocks_v_published_locale_idx" ON "_building_blocks_v" USING btree ("published_locale");
  CREATE INDEX "_building_blocks_v_latest_idx" ON "_building_blocks_v" USING btree ("latest");
  CREATE INDEX "_building_blocks_v_autosave_idx" ON "_building_blocks_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_building_blocks_v_locales_locale_parent_id_unique" ON "_building_blocks_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_building_blocks_v_rels_order_idx" ON "_building_blocks_v_rels" USING btree ("order");
  CREATE INDEX "_building_blocks_v_rels_parent_idx" ON "_building_blocks_v_rels" USING btree ("parent_id");
  CREATE INDEX "_building_blocks_v_rels_path_idx" ON "_building_blocks_v_rels" USING btree ("path");
  CREATE INDEX "_building_blocks_v_rels_risks_id_idx" ON "_building_blocks_v_rels" USING btree ("risks_id");
  CREATE INDEX "_building_blocks_v_rels_benefits_id_idx" ON "_building_blocks_v_rels" USING btree ("benefits_id");
  CREATE INDEX "_building_blocks_v_rels_citations_id_idx" ON "_building_blocks_v_rels" USING btree ("citations_id");
  CREATE UNIQUE INDEX "risks_slug_idx" ON "risks" USING btree ("slug");
  CREATE INDEX "risks_order_idx" ON "risks" USING btree ("order");
  CREATE INDEX "risks_seo_seo_image_idx" ON "risks" USING btree ("seo_image_id");
  CREATE INDEX "risks_updated_at_idx" ON "risks" USING btree ("updated_at");
  CREATE INDEX "risks_created_at_idx" ON "risks" USING btree ("created_at");
  CREATE INDEX "risks__status_idx" ON "risks" USING btree ("_status");
  CREATE UNIQUE INDEX "risks_locales_locale_parent_id_unique" ON "risks_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "risks_rels_order_idx" ON "risks_rels" USING btree ("order");
  CREATE INDEX "risks_rels_parent_idx" ON "risks_rels" USING btree ("parent_id");
  CREATE INDEX "risks_rels_path_idx" ON "risks_rels" USING btree ("path");
  CREATE INDEX "risks_rels_citations_id_idx" ON "risks_rels" USING btree ("citations_id");
  CREATE INDEX "_risks_v_parent_idx" ON "_risks_v" USING btree ("parent_id");
  CREATE INDEX "_risks_v_version_version_slug_idx" ON "_risks_v" USING btree ("version_slug");
  CREATE INDEX "_risks_v_version_version_order_idx" ON "_risks_v" USING btree ("version_order");
  CREATE INDEX "_risks_v_version_seo_version_seo_image_idx" ON "_risks_v" USING btree ("version_seo_image_id");
  CREATE INDEX "_risks_v_version_version_updated_at_idx" ON "_risks_v" USING btree ("version_updated_at");
  CREATE INDEX "_risks_v_version_version_created_at_idx" ON "_risks_v" USING btree ("version_created_at");
  CREATE INDEX "_risks_v_version_version__status_idx" ON "_risks_v" USING btree ("version__status");
  CREATE INDEX "_risks_v_created_at_idx" ON "_risks_v" USING btree ("created_at");
  CREATE INDEX "_risks_v_updated_at_idx" ON "_risks_v" USING btree ("updated_at");
  CREATE INDEX "_risks_v_snapshot_idx" ON "_risks_v" USING btree ("snapshot");
  CREATE INDEX "_risks_v_published_locale_idx" ON "_risks_v" USING btree ("published_locale");
  CREATE INDEX "_risks_v_latest_idx" ON "_risks_v" USING btree ("latest");
  CREATE INDEX "_risks_v_autosave_idx" ON "_risks_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_risks_v_locales_locale_parent_id_unique" ON "_risks_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_risks_v_rels_order_idx" ON "_risks_v_rels" USING btree ("order");
  CREATE INDEX "_risks_v_rels_parent_idx" ON "_risks_v_rels" USING btree ("parent_id");
  CREATE INDEX "_risks_v_rels_path_idx" ON "_risks_v_rels" USING btree ("path");
  CREATE INDEX "_risks_v_rels_citations_id_idx" ON "_risks_v_rels" USING btree ("citations_id");
  CREATE UNIQUE INDEX "benefits_slug_idx" ON "benefits" USING btree ("slug");
  CREATE INDEX "benefits_order_idx" ON "benefits" USING btree ("order");
  CREATE INDEX "benefits_seo_seo_image_idx" ON "benefits" USING btree ("seo_image_id");
  CREATE INDEX "benefits_updated_at_idx" ON "benefits" USING btree ("updated_at");
  CREATE INDEX "benefits_created_at_idx" ON "benefits" USING btree ("created_at");
  CREATE INDEX "benefits__status_idx" ON "benefits" USING btree ("_status");
  CREATE UNIQUE INDEX "benefits_locales_locale_parent_id_unique" ON "benefits_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "benefits_numbers_order_parent_idx" ON "benefits_numbers" USING btree ("order","parent_id");
  CREATE INDEX "benefits_rels_order_idx" ON "benefits_rels" USING btree ("order");
  CREATE INDEX "benefits_rels_parent_idx" ON "benefits_rels" USING btree ("parent_id");
  CREATE INDEX "benefits_rels_path_idx" ON "benefits_rels" USING btree ("path");
  CREATE INDEX "benefits_rels_citations_id_idx" ON "benefits_rels" USING btree ("citations_id");
  CREATE INDEX "_benefits_v_parent_idx" ON "_benefits_v" USING btree ("parent_id");
  CREATE INDEX "_benefits_v_version_version_slug_idx" ON "_benefits_v" USING btree ("version_slug");
  CREATE INDEX "_benefits_v_version_version_order_idx" ON "_benefits_v" USING btree ("version_order");
  CREATE INDEX "_benefits_v_version_seo_version_seo_image_idx" ON "_benefits_v" USING btree ("version_seo_image_id");
  CREATE INDEX "_benefits_v_version_version_updated_at_idx" ON "_benefits_v" USING btree ("version_updated_at");
  CREATE INDEX "_benefits_v_version_version_created_at_idx" ON "_benefits_v" USING btree ("version_created_at");
  CREATE INDEX "_benefits_v_version_version__status_idx" ON "_benefits_v" USING btree ("version__status");
  CREATE INDEX "_benefits_v_created_at_idx" ON "_benefits_v" USING btree ("created_at");
  CREATE INDEX "_benefits_v_updated_at_idx" ON "_benefits_v" USING btree ("updated_at");
  CREATE INDEX "_benefits_v_snapshot_idx" ON "_benefits_v" USING btree ("snapshot");
  CREATE INDEX "_benefits_v_published_locale_idx" ON "_benefits_v" USING btree ("published_locale");
  CREATE INDEX "_benefits_v_latest_idx" ON "_benefits_v" USING btree ("latest");
  CREATE INDEX "_benefits_v_autosave_idx" ON "_benefits_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_benefits_v_locales_locale_parent_id_unique" ON "_benefits_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_benefits_v_numbers_order_parent_idx" ON "_benefits_v_numbers" USING btree ("order","parent_id");
  CREATE INDEX "_benefits_v_rels_order_idx" ON "_benefits_v_rels" USING btree ("order");
  CREATE INDEX "_benefits_v_rels_parent_idx" ON "_benefits_v_rels" USING btree ("parent_id");
  CREATE INDEX "_benefits_v_rels_path_idx" ON "_benefits_v_rels" USING btree ("path");
  CREATE INDEX "_benefits_v_rels_citations_id_idx" ON "_benefits_v_rels" USING btree ("citations_id");
  CREATE INDEX "citations_authors_order_idx" ON "citations_authors" USING btree ("_order");
  CREATE INDEX "citations_authors_parent_id_idx" ON "citations_authors" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "citations_slug_idx" ON "citations" USING btree ("slug");
  CREATE INDEX "citations_updated_at_idx" ON "citations" USING btree ("updated_at");
  CREATE INDEX "citations_created_at_idx" ON "citations" USING btree ("created_at");
  CREATE INDEX "citations__status_idx" ON "citations" USING btree ("_status");
  CREATE UNIQUE INDEX "citations_locales_locale_parent_id_unique" ON "citations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_citations_v_version_authors_order_idx" ON "_citations_v_version_authors" USING btree ("_order");
  CREATE INDEX "_citations_v_version_authors_parent_id_idx" ON "_citations_v_version_authors" USING btree ("_parent_id");
  CREATE INDEX "_citations_v_parent_idx" ON "_citations_v" USING btree ("parent_id");
  CREATE INDEX "_citations_v_version_version_slug_idx" ON "_citations_v" USING btree ("version_slug");
  CREATE INDEX "_citations_v_version_version_updated_at_idx" ON "_citations_v" USING btree ("version_updated_at");
  CREATE INDEX "_citations_v_version_version_created_at_idx" ON "_citations_v" USING btree ("version_created_at");
  CREATE INDEX "_citations_v_version_version__status_idx" ON "_citations_v" USING btree ("version__status");
  CREATE INDEX "_citations_v_created_at_idx" ON "_citations_v" USING btree ("created_at");
  CREATE INDEX "_citations_v_updated_at_idx" ON "_citations_v" USING btree ("updated_at");
  CREATE INDEX "_citations_v_snapshot_idx" ON "_citations_v" USING btree ("snapshot");
  CREATE INDEX "_citations_v_published_locale_idx" ON "_citations_v" USING btree ("published_locale");
  CREATE INDEX "_citations_v_latest_idx" ON "_citations_v" USING btree ("latest");
  CREATE INDEX "_citations_v_autosave_idx" ON "_citations_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_citations_v_locales_locale_parent_id_unique" ON "_citations_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_entries_partners_order_idx" ON "media_entries_partners" USING btree ("_order");
  CREATE INDEX "media_entries_partners_parent_id_idx" ON "media_entries_partners" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "media_entries_partners_locales_locale_parent_id_unique" ON "media_entries_partners_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_entries_questions_order_idx" ON "media_entries_questions" USING btree ("_order");
  CREATE INDEX "media_entries_questions_parent_id_idx" ON "media_entries_questions" USING btree ("_parent_id");
  CREATE INDEX "media_entries_questions_locale_idx" ON "media_entries_questions" USING btree ("_locale");
  CREATE UNIQUE INDEX "media_entries_slug_idx" ON "media_entries" USING btree ("slug");
  CREATE INDEX "media_entries_order_idx" ON "media_entries" USING btree ("order");
  CREATE INDEX "media_entries_poster_idx" ON "media_entries" USING btree ("poster_id");
  CREATE INDEX "media_entries_seo_seo_image_idx" ON "media_entries" USING btree ("seo_image_id");
  CREATE INDEX "media_entries_updated_at_idx" ON "media_entries" USING btree ("updated_at");
  CREATE INDEX "media_entries_created_at_idx" ON "media_entries" USING btree ("created_at");
  CREATE INDEX "media_entries__status_idx" ON "media_entries" USING btree ("_status");
  CREATE UNIQUE INDEX "media_entries_locales_locale_parent_id_unique" ON "media_entries_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_entries_rels_order_idx" ON "media_entries_rels" USING btree ("order");
  CREATE INDEX "media_entries_rels_parent_idx" ON "media_entries_rels" USING btree ("parent_id");
  CREATE INDEX "media_entries_rels_path_idx" ON "media_entries_rels" USING btree ("path");
  CREATE INDEX "media_entries_rels_building_blocks_id_idx" ON "media_entries_rels" USING btree ("building_blocks_id");
  CREATE INDEX "_media_entries_v_version_partners_order_idx" ON "_media_entries_v_version_partners" USING btree ("_order");
  CREATE INDEX "_media_entries_v_version_partners_parent_id_idx" ON "_media_entries_v_version_partners" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_media_entries_v_version_partners_locales_locale_parent_id_u" ON "_media_entries_v_version_partners_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_media_entries_v_version_questions_order_idx" ON "_media_entries_v_version_questions" USING btree ("_order");
  CREATE INDEX "_media_entries_v_version_questions_parent_id_idx" ON "_media_entries_v_version_questions" USING btree ("_parent_id");
  CREATE INDEX "_media_entries_v_version_questions_locale_idx" ON "_media_entries_v_version_questions" USING btree ("_locale");
  CREATE INDEX "_media_entries_v_parent_idx" ON "_media_entries_v" USING btree ("parent_id");
  CREATE INDEX "_media_entries_v_version_version_slug_idx" ON "_media_entries_v" USING btree ("version_slug");
  CREATE INDEX "_media_entries_v_version_version_order_idx" ON "_media_entries_v" USING btree ("version_order");
  CREATE INDEX "_media_entries_v_version_version_poster_idx" ON "_media_entries_v" USING btree ("version_poster_id");
  CREATE INDEX "_media_entries_v_version_seo_version_seo_image_idx" ON "_media_entries_v" USING btree ("version_seo_image_id");
  CREATE INDEX "_media_entries_v_version_version_updated_at_idx" ON "_media_entries_v" USING btree ("version_updated_at");
  CREATE INDEX "_media_entries_v_version_version_created_at_idx" ON "_media_entries_v" USING btree ("version_created_at");
  CREATE INDEX "_media_entries_v_version_version__status_idx" ON "_media_entries_v" USING btree ("version__status");
  CREATE INDEX "_media_entries_v_created_at_idx" ON "_media_entries_v" USING btree ("created_at");
  CREATE INDEX "_media_entries_v_updated_at_idx" ON "_media_entries_v" USING btree ("updated_at");
  CREATE INDEX "_media_entries_v_snapshot_idx" ON "_media_entries_v" USING btree ("snapshot");
  CREATE INDEX "_media_entries_v_published_locale_idx" ON "_media_entries_v" USING btree ("published_locale");
  CREATE INDEX "_media_entries_v_latest_idx" ON "_media_entries_v" USING btree ("latest");
  CREATE INDEX "_media_entries_v_autosave_idx" ON "_media_entries_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_media_entries_v_locales_locale_parent_id_unique" ON "_media_entries_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_media_entries_v_rels_order_idx" ON "_media_entries_v_rels" USING btree ("order");
  CREATE INDEX "_media_entries_v_rels_parent_idx" ON "_media_entries_v_rels" USING btree ("parent_id");
  CREATE INDEX "_media_entries_v_rels_path_idx" ON "_media_entries_v_rels" USING btree ("path");
  CREATE INDEX "_media_entries_v_rels_building_blocks_id_idx" ON "_media_entries_v_rels" USING btree ("building_blocks_id");
  CREATE INDEX "media_public_idx" ON "media" USING btree ("public");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_wide_sizes_wide_filename_idx" ON "media" USING btree ("sizes_wide_filename");
  CREATE INDEX "media_sizes_og_sizes_og_filename_idx" ON "media" USING btree ("sizes_og_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_building_blocks_id_idx" ON "payload_locked_documents_rels" USING btree ("building_blocks_id");
  CREATE INDEX "payload_locked_documents_rels_risks_id_idx" ON "payload_locked_documents_rels" USING btree ("risks_id");
  CREATE INDEX "payload_locked_documents_rels_benefits_id_idx" ON "payload_locked_documents_rels" USING btree ("benefits_id");
  CREATE INDEX "payload_locked_documents_rels_citations_id_idx" ON "payload_locked_documents_rels" USING btree ("citations_id");
  CREATE INDEX "payload_locked_documents_rels_media_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("media_entries_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "home_why_reasons_order_idx" ON "home_why_reasons" USING btree ("_order");
  CREATE INDEX "home_why_reasons_parent_id_idx" ON "home_why_reasons" USING btree ("_parent_id");
  CREATE INDEX "home_why_reasons_locale_idx" ON "home_why_reasons" USING btree ("_locale");
  CREATE INDEX "home_sections_order_idx" ON "home_sections" USING btree ("_order");
  CREATE INDEX "home_sections_parent_id_idx" ON "home_sections" USING btree ("_parent_id");
  CREATE INDEX "home__status_idx" ON "home" USING btree ("_status");
  CREATE UNIQUE INDEX "home_locales_locale_parent_id_unique" ON "home_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "home_rels_order_idx" ON "home_rels" USING btree ("order");
  CREATE INDEX "home_rels_parent_idx" ON "home_rels" USING btree ("parent_id");
  CREATE INDEX "home_rels_path_idx" ON "home_rels" USING btree ("path");
  CREATE INDEX "home_rels_citations_id_idx" ON "home_rels" USING btree ("citations_id");
  CREATE INDEX "home_rels_media_entries_id_idx" ON "home_rels" USING btree ("media_entries_id");
  CREATE INDEX "_home_v_version_why_reasons_order_idx" ON "_home_v_version_why_reasons" USING btree ("_order");
  CREATE INDEX "_home_v_version_why_reasons_parent_id_idx" ON "_home_v_version_why_reasons" USING btree ("_parent_id");
  CREATE INDEX "_home_v_version_why_reasons_locale_idx" ON "_home_v_version_why_reasons" USING btree ("_locale");
  CREATE INDEX "_home_v_version_sections_order_idx" ON "_home_v_version_sections" USING btree ("_order");
  CREATE INDEX "_home_v_version_sections_parent_id_idx" ON "_home_v_version_sections" USING btree ("_parent_id");
  CREATE INDEX "_home_v_version_version__status_idx" ON "_home_v" USING btree ("version__status");
  CREATE INDEX "_home_v_created_at_idx" ON "_home_v" USING btree ("created_at");
  CREATE INDEX "_home_v_updated_at_idx" ON "_home_v" USING btree ("updated_at");
  CREATE INDEX "_home_v_snapshot_idx" ON "_home_v" USING btree ("snapshot");
  CREATE INDEX "_home_v_published_locale_idx" ON "_home_v" USING btree ("published_locale");
  CREATE INDEX "_home_v_latest_idx" ON "_home_v" USING btree ("latest");
  CREATE INDEX "_home_v_autosave_idx" ON "_home_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_home_v_locales_locale_parent_id_unique" ON "_home_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_home_v_rels_order_idx" ON "_home_v_rels" USING btree ("order");
  CREATE INDEX "_home_v_rels_parent_idx" ON "_home_v_rels" USING btree ("parent_id");
  CREATE INDEX "_home_v_rels_path_idx" ON "_home_v_rels" USING btree ("path");
  CREATE INDEX "_home_v_rels_citations_id_idx" ON "_home_v_rels" USING btree ("citations_id");
  CREATE INDEX "_home_v_rels_media_entries_id_idx" ON "_home_v_rels" USING btree ("media_entries_id");
  CREATE INDEX "site_navigation_order_idx" ON "site_navigation" USING btree ("_order");
  CREATE INDEX "site_navigation_parent_id_idx" ON "site_navigation" USING btree ("_parent_id");
  CREATE INDEX "site_navigation_locale_idx" ON "site_navigation" USING btree ("_locale");
  CREATE INDEX "site_contact_people_order_idx" ON "site_contact_people" USING btree ("_order");
  CREATE INDEX "site_contact_people_parent_id_idx" ON "site_contact_people" USING btree ("_parent_id");
  CREATE INDEX "site__status_idx" ON "site" USING btree ("_status");
  CREATE UNIQUE INDEX "site_locales_locale_parent_id_unique" ON "site_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_site_v_version_navigation_order_idx" ON "_site_v_version_navigation" USING btree ("_order");
  CREATE INDEX "_site_v_version_navigation_parent_id_idx" ON "_site_v_version_navigation" USING btree ("_parent_id");
  CREATE INDEX "_site_v_version_navigation_locale_idx" ON "_site_v_version_navigation" USING btree ("_locale");
  CREATE INDEX "_site_v_version_contact_people_order_idx" ON "_site_v_version_contact_people" USING btree ("_order");
  CREATE INDEX "_site_v_version_contact_people_parent_id_idx" ON "_site_v_version_contact_people" USING btree ("_parent_id");
  CREATE INDEX "_site_v_version_version__status_idx" ON "_site_v" USING btree ("version__status");
  CREATE INDEX "_site_v_created_at_idx" ON "_site_v" USING btree ("created_at");
  CREATE INDEX "_site_v_updated_at_idx" ON "_site_v" USING btree ("updated_at");
  CREATE INDEX "_site_v_snapshot_idx" ON "_site_v" USING btree ("snapshot");
  CREATE INDEX "_site_v_published_locale_idx" ON "_site_v" USING btree ("published_locale");
  CREATE INDEX "_site_v_latest_idx" ON "_site_v" USING btree ("latest");
  CREATE INDEX "_site_v_autosave_idx" ON "_site_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_site_v_locales_locale_parent_id_unique" ON "_site_v_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "building_blocks_current_efforts" CASCADE;
  DROP TABLE "building_blocks_gaps" CASCADE;
  DROP TABLE "building_blocks_analogous_regimes" CASCADE;
  DROP TABLE "building_blocks" CASCADE;
  DROP TABLE "building_blocks_locales" CASCADE;
  DROP TABLE "building_blocks_rels" CASCADE;
  DROP TABLE "_building_blocks_v_version_current_efforts" CASCADE;
  DROP TABLE "_building_blocks_v_version_gaps" CASCADE;
  DROP TABLE "_building_blocks_v_version_analogous_regimes" CASCADE;
  DROP TABLE "_building_blocks_v" CASCADE;
  DROP TABLE "_building_blocks_v_locales" CASCADE;
  DROP TABLE "_building_blocks_v_rels" CASCADE;
  DROP TABLE "risks" CASCADE;
  DROP TABLE "risks_locales" CASCADE;
  DROP TABLE "risks_rels" CASCADE;
  DROP TABLE "_risks_v" CASCADE;
  DROP TABLE "_risks_v_locales" CASCADE;
  DROP TABLE "_risks_v_rels" CASCADE;
  DROP TABLE "benefits" CASCADE;
  DROP TABLE "benefits_locales" CASCADE;
  DROP TABLE "benefits_numbers" CASCADE;
  DROP TABLE "benefits_rels" CASCADE;
  DROP TABLE "_benefits_v" CASCADE;
  DROP TABLE "_benefits_v_locales" CASCADE;
  DROP TABLE "_benefits_v_numbers" CASCADE;
  DROP TABLE "_benefits_v_rels" CASCADE;
  DROP TABLE "citations_authors" CASCADE;
  DROP TABLE "citations" CASCADE;
  DROP TABLE "citations_locales" CASCADE;
  DROP TABLE "_citations_v_version_authors" CASCADE;
  DROP TABLE "_citations_v" CASCADE;
  DROP TABLE "_citations_v_locales" CASCADE;
  DROP TABLE "media_entries_partners" CASCADE;
  DROP TABLE "media_entries_partners_locales" CASCADE;
  DROP TABLE "media_entries_questions" CASCADE;
  DROP TABLE "media_entries" CASCADE;
  DROP TABLE "media_entries_locales" CASCADE;
  DROP TABLE "media_entries_rels" CASCADE;
  DROP TABLE "_media_entries_v_version_partners" CASCADE;
  DROP TABLE "_media_entries_v_version_partners_locales" CASCADE;
  DROP TABLE "_media_entries_v_version_questions" CASCADE;
  DROP TABLE "_media_entries_v" CASCADE;
  DROP TABLE "_media_entries_v_locales" CASCADE;
  DROP TABLE "_media_entries_v_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "home_why_reasons" CASCADE;
  DROP TABLE "home_sections" CASCADE;
  DROP TABLE "home" CASCADE;
  DROP TABLE "home_locales" CASCADE;
  DROP TABLE "home_rels" CASCADE;
  DROP TABLE "_home_v_version_why_reasons" CASCADE;
  DROP TABLE "_home_v_version_sections" CASCADE;
  DROP TABLE "_home_v" CASCADE;
  DROP TABLE "_home_v_locales" CASCADE;
  DROP TABLE "_home_v_rels" CASCADE;
  DROP TABLE "site_navigation" CASCADE;
  DROP TABLE "site_contact_people" CASCADE;
  DROP TABLE "site" CASCADE;
  DROP TABLE "site_locales" CASCADE;
  DROP TABLE "_site_v_version_navigation" CASCADE;
  DROP TABLE "_site_v_version_contact_people" CASCADE;
  DROP TABLE "_site_v" CASCADE;
  DROP TABLE "_site_v_locales" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_building_blocks_current_efforts_status";
  DROP TYPE "public"."enum_building_blocks_status";
  DROP TYPE "public"."enum__building_blocks_v_version_current_efforts_status";
  DROP TYPE "public"."enum__building_blocks_v_version_status";
  DROP TYPE "public"."enum__building_blocks_v_published_locale";
  DROP TYPE "public"."enum_risks_status";
  DROP TYPE "public"."enum__risks_v_version_status";
  DROP TYPE "public"."enum__risks_v_published_locale";
  DROP TYPE "public"."enum_benefits_status";
  DROP TYPE "public"."enum__benefits_v_version_status";
  DROP TYPE "public"."enum__benefits_v_published_locale";
  DROP TYPE "public"."enum_citations_authors_kind";
  DROP TYPE "public"."enum_citations_type";
  DROP TYPE "public"."enum_citations_status";
  DROP TYPE "public"."enum__citations_v_version_authors_kind";
  DROP TYPE "public"."enum__citations_v_version_type";
  DROP TYPE "public"."enum__citations_v_version_status";
  DROP TYPE "public"."enum__citations_v_published_locale";
  DROP TYPE "public"."enum_media_entries_kind";
  DROP TYPE "public"."enum_media_entries_status";
  DROP TYPE "public"."enum__media_entries_v_version_kind";
  DROP TYPE "public"."enum__media_entries_v_version_status";
  DROP TYPE "public"."enum__media_entries_v_published_locale";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_home_sections_section";
  DROP TYPE "public"."enum_home_status";
  DROP TYPE "public"."enum__home_v_version_sections_section";
  DROP TYPE "public"."enum__home_v_version_status";
  DROP TYPE "public"."enum__home_v_published_locale";
  DROP TYPE "public"."enum_site_status";
  DROP TYPE "public"."enum__site_v_version_status";
  DROP TYPE "public"."enum__site_v_published_locale";`)
}
