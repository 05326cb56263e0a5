CREATE TYPE "public"."oparl_file_download_status" AS ENUM('pending', 'stored', 'too_large', 'failed', 'unavailable', 'unsupported');--> statement-breakpoint
CREATE TYPE "public"."oparl_person_match_status" AS ENUM('suggested', 'confirmed', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."oparl_sync_run_kind" AS ENUM('full', 'incremental');--> statement-breakpoint
CREATE TYPE "public"."oparl_sync_run_status" AS ENUM('running', 'succeeded', 'failed', 'interrupted');--> statement-breakpoint
CREATE TABLE "oparl_agenda_item" (
	"object_id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid,
	"number" text,
	"position" integer,
	"name" text DEFAULT '' NOT NULL,
	"public" boolean,
	"result" text,
	"resolution_text" text,
	"consultation_id" uuid
);
--> statement-breakpoint
CREATE TABLE "oparl_body" (
	"object_id" uuid PRIMARY KEY NOT NULL,
	"source_id" uuid NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"ags" text,
	"website" text,
	"followed" boolean DEFAULT false NOT NULL,
	"directory_body_id" uuid,
	"directory_match_fixed" boolean DEFAULT false NOT NULL,
	"list_urls" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oparl_briefing" (
	"user_id" text NOT NULL,
	"meeting_id" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oparl_briefing_user_id_meeting_id_pk" PRIMARY KEY("user_id","meeting_id")
);
--> statement-breakpoint
CREATE TABLE "oparl_consultation" (
	"object_id" uuid PRIMARY KEY NOT NULL,
	"paper_id" uuid,
	"meeting_id" uuid,
	"agenda_item_id" uuid,
	"role" text,
	"authoritative" boolean,
	"organization_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oparl_file" (
	"object_id" uuid PRIMARY KEY NOT NULL,
	"name" text,
	"file_name" text,
	"mime_type" text,
	"size" bigint,
	"date" date,
	"access_url" text,
	"download_url" text,
	"download_status" "oparl_file_download_status" DEFAULT 'pending' NOT NULL,
	"download_attempts" integer DEFAULT 0 NOT NULL,
	"download_error" text,
	"sha256" text
);
--> statement-breakpoint
CREATE TABLE "oparl_follow" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"body_id" uuid NOT NULL,
	"organization_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oparl_meeting" (
	"object_id" uuid PRIMARY KEY NOT NULL,
	"body_id" uuid NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"meeting_state" text,
	"cancelled" boolean DEFAULT false NOT NULL,
	"start" timestamp with time zone,
	"end" timestamp with time zone,
	"location_text" text,
	"organization_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"web_url" text
);
--> statement-breakpoint
CREATE TABLE "oparl_membership" (
	"object_id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid,
	"organization_id" uuid,
	"role" text,
	"voting_right" boolean,
	"start_date" date,
	"end_date" date,
	"on_behalf_of_id" uuid
);
--> statement-breakpoint
CREATE TABLE "oparl_object" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"oparl_id" text NOT NULL,
	"type" text NOT NULL,
	"body_id" uuid,
	"parent_id" uuid,
	"deleted" boolean DEFAULT false NOT NULL,
	"placeholder" boolean DEFAULT false NOT NULL,
	"raw" jsonb,
	"content_hash" text,
	"created" timestamp with time zone,
	"modified" timestamp with time zone,
	"fetched_at" timestamp with time zone,
	"last_seen_run_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oparl_object_sourceId_oparlId_unique" UNIQUE("source_id","oparl_id")
);
--> statement-breakpoint
CREATE TABLE "oparl_organization" (
	"object_id" uuid PRIMARY KEY NOT NULL,
	"body_id" uuid NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"short_name" text,
	"organization_type" text,
	"classification" text,
	"start_date" date,
	"end_date" date,
	"directory_organization_id" uuid,
	"directory_match_fixed" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oparl_paper" (
	"object_id" uuid PRIMARY KEY NOT NULL,
	"body_id" uuid NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"reference" text,
	"date" date,
	"paper_type" text,
	"web_url" text,
	"main_file_id" uuid
);
--> statement-breakpoint
CREATE TABLE "oparl_person" (
	"object_id" uuid PRIMARY KEY NOT NULL,
	"body_id" uuid NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"family_name" text,
	"given_name" text,
	"form_of_address" text,
	"title" text
);
--> statement-breakpoint
CREATE TABLE "oparl_person_match" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"oparl_person_id" uuid NOT NULL,
	"directory_person_id" uuid NOT NULL,
	"score" real NOT NULL,
	"status" "oparl_person_match_status" DEFAULT 'suggested' NOT NULL,
	"decided_by_id" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oparl_person_match_oparlPersonId_directoryPersonId_unique" UNIQUE("oparl_person_id","directory_person_id")
);
--> statement-breakpoint
CREATE TABLE "oparl_problem" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"run_id" uuid,
	"kind" text NOT NULL,
	"url" text NOT NULL,
	"message" text NOT NULL,
	"details" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oparl_problem_runId_kind_url_unique" UNIQUE("run_id","kind","url")
);
--> statement-breakpoint
CREATE TABLE "oparl_source" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"system_url" text NOT NULL,
	"name" text NOT NULL,
	"oparl_version" text NOT NULL,
	"vendor" text,
	"product" text,
	"website" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"requests_per_second" real DEFAULT 5 NOT NULL,
	"concurrency" integer DEFAULT 2 NOT NULL,
	"timeout_seconds" integer DEFAULT 30 NOT NULL,
	"max_file_bytes" bigint DEFAULT 20971520 NOT NULL,
	"sync_interval_hours" integer DEFAULT 6 NOT NULL,
	"last_successful_sync_started_at" timestamp with time zone,
	"last_successful_sync_at" timestamp with time zone,
	"created_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oparl_source_systemUrl_unique" UNIQUE("system_url")
);
--> statement-breakpoint
CREATE TABLE "oparl_sync_run" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"kind" "oparl_sync_run_kind" NOT NULL,
	"status" "oparl_sync_run_status" DEFAULT 'running' NOT NULL,
	"modified_since" timestamp with time zone,
	"cursor" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"requests" integer DEFAULT 0 NOT NULL,
	"pages_fetched" integer DEFAULT 0 NOT NULL,
	"objects_seen" integer DEFAULT 0 NOT NULL,
	"objects_written" integer DEFAULT 0 NOT NULL,
	"objects_deleted" integer DEFAULT 0 NOT NULL,
	"placeholders_filled" integer DEFAULT 0 NOT NULL,
	"files_downloaded" integer DEFAULT 0 NOT NULL,
	"problem_count" integer DEFAULT 0 NOT NULL,
	"bytes_fetched" bigint DEFAULT 0 NOT NULL,
	"error" text,
	"started_by_id" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"heartbeat_at" timestamp with time zone DEFAULT now() NOT NULL,
	"owner" text,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "oparl_api_published" (
	"kind" text NOT NULL,
	"object_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "oparl_api_published_kind_object_id_body_id_pk" PRIMARY KEY("kind","object_id","body_id")
);
--> statement-breakpoint
ALTER TABLE "search_document" ADD COLUMN "oparl_body_id" uuid;--> statement-breakpoint
ALTER TABLE "oparl_agenda_item" ADD CONSTRAINT "oparl_agenda_item_object_id_oparl_object_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."oparl_object"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_agenda_item" ADD CONSTRAINT "oparl_agenda_item_meeting_id_oparl_object_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."oparl_object"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_agenda_item" ADD CONSTRAINT "oparl_agenda_item_consultation_id_oparl_object_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."oparl_object"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_body" ADD CONSTRAINT "oparl_body_object_id_oparl_object_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."oparl_object"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_body" ADD CONSTRAINT "oparl_body_source_id_oparl_source_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."oparl_source"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_body" ADD CONSTRAINT "oparl_body_directory_body_id_body_id_fk" FOREIGN KEY ("directory_body_id") REFERENCES "public"."body"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_briefing" ADD CONSTRAINT "oparl_briefing_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_briefing" ADD CONSTRAINT "oparl_briefing_meeting_id_oparl_object_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."oparl_object"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_consultation" ADD CONSTRAINT "oparl_consultation_object_id_oparl_object_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."oparl_object"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_consultation" ADD CONSTRAINT "oparl_consultation_paper_id_oparl_object_id_fk" FOREIGN KEY ("paper_id") REFERENCES "public"."oparl_object"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_consultation" ADD CONSTRAINT "oparl_consultation_meeting_id_oparl_object_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."oparl_object"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_consultation" ADD CONSTRAINT "oparl_consultation_agenda_item_id_oparl_object_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."oparl_object"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_file" ADD CONSTRAINT "oparl_file_object_id_oparl_object_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."oparl_object"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_file" ADD CONSTRAINT "oparl_file_sha256_stored_file_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."stored_file"("sha256") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_follow" ADD CONSTRAINT "oparl_follow_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_follow" ADD CONSTRAINT "oparl_follow_body_id_oparl_body_object_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."oparl_body"("object_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_follow" ADD CONSTRAINT "oparl_follow_organization_id_oparl_object_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."oparl_object"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_meeting" ADD CONSTRAINT "oparl_meeting_object_id_oparl_object_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."oparl_object"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_meeting" ADD CONSTRAINT "oparl_meeting_body_id_oparl_body_object_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."oparl_body"("object_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_membership" ADD CONSTRAINT "oparl_membership_object_id_oparl_object_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."oparl_object"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_membership" ADD CONSTRAINT "oparl_membership_person_id_oparl_object_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."oparl_object"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_membership" ADD CONSTRAINT "oparl_membership_organization_id_oparl_object_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."oparl_object"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_membership" ADD CONSTRAINT "oparl_membership_on_behalf_of_id_oparl_object_id_fk" FOREIGN KEY ("on_behalf_of_id") REFERENCES "public"."oparl_object"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_object" ADD CONSTRAINT "oparl_object_source_id_oparl_source_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."oparl_source"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_object" ADD CONSTRAINT "oparl_object_body_id_oparl_body_object_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."oparl_body"("object_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_object" ADD CONSTRAINT "oparl_object_parent_id_oparl_object_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."oparl_object"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_organization" ADD CONSTRAINT "oparl_organization_object_id_oparl_object_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."oparl_object"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_organization" ADD CONSTRAINT "oparl_organization_body_id_oparl_body_object_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."oparl_body"("object_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_organization" ADD CONSTRAINT "oparl_organization_directory_organization_id_organization_id_fk" FOREIGN KEY ("directory_organization_id") REFERENCES "public"."organization"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_paper" ADD CONSTRAINT "oparl_paper_object_id_oparl_object_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."oparl_object"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_paper" ADD CONSTRAINT "oparl_paper_body_id_oparl_body_object_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."oparl_body"("object_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_paper" ADD CONSTRAINT "oparl_paper_main_file_id_oparl_object_id_fk" FOREIGN KEY ("main_file_id") REFERENCES "public"."oparl_object"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_person" ADD CONSTRAINT "oparl_person_object_id_oparl_object_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."oparl_object"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_person" ADD CONSTRAINT "oparl_person_body_id_oparl_body_object_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."oparl_body"("object_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_person_match" ADD CONSTRAINT "oparl_person_match_oparl_person_id_oparl_object_id_fk" FOREIGN KEY ("oparl_person_id") REFERENCES "public"."oparl_object"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_person_match" ADD CONSTRAINT "oparl_person_match_directory_person_id_person_id_fk" FOREIGN KEY ("directory_person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_person_match" ADD CONSTRAINT "oparl_person_match_decided_by_id_user_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_problem" ADD CONSTRAINT "oparl_problem_source_id_oparl_source_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."oparl_source"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_problem" ADD CONSTRAINT "oparl_problem_run_id_oparl_sync_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."oparl_sync_run"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_source" ADD CONSTRAINT "oparl_source_created_by_id_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_sync_run" ADD CONSTRAINT "oparl_sync_run_source_id_oparl_source_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."oparl_source"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oparl_sync_run" ADD CONSTRAINT "oparl_sync_run_started_by_id_user_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "oparl_agenda_item_meeting_id_position_index" ON "oparl_agenda_item" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "oparl_body_source_id_index" ON "oparl_body" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "oparl_consultation_paper_id_index" ON "oparl_consultation" USING btree ("paper_id");--> statement-breakpoint
CREATE INDEX "oparl_consultation_meeting_id_index" ON "oparl_consultation" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "oparl_consultation_agenda_item_id_index" ON "oparl_consultation" USING btree ("agenda_item_id");--> statement-breakpoint
CREATE INDEX "oparl_file_download_status_index" ON "oparl_file" USING btree ("download_status");--> statement-breakpoint
CREATE INDEX "oparl_file_sha256_index" ON "oparl_file" USING btree ("sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "oparl_follow_body_idx" ON "oparl_follow" USING btree ("user_id","body_id") WHERE "oparl_follow"."organization_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "oparl_follow_organization_idx" ON "oparl_follow" USING btree ("user_id","organization_id");--> statement-breakpoint
CREATE INDEX "oparl_follow_body_id_index" ON "oparl_follow" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "oparl_meeting_body_id_start_index" ON "oparl_meeting" USING btree ("body_id","start");--> statement-breakpoint
CREATE INDEX "oparl_meeting_start_index" ON "oparl_meeting" USING btree ("start");--> statement-breakpoint
CREATE INDEX "oparl_membership_person_id_index" ON "oparl_membership" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "oparl_membership_organization_id_index" ON "oparl_membership" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "oparl_object_body_id_type_index" ON "oparl_object" USING btree ("body_id","type");--> statement-breakpoint
CREATE INDEX "oparl_object_parent_id_index" ON "oparl_object" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "oparl_object_placeholder_idx" ON "oparl_object" USING btree ("source_id") WHERE "oparl_object"."placeholder";--> statement-breakpoint
CREATE INDEX "oparl_organization_body_id_index" ON "oparl_organization" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "oparl_paper_body_id_date_index" ON "oparl_paper" USING btree ("body_id","date");--> statement-breakpoint
CREATE INDEX "oparl_paper_date_index" ON "oparl_paper" USING btree ("date");--> statement-breakpoint
CREATE INDEX "oparl_person_body_id_index" ON "oparl_person" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "oparl_person_match_status_index" ON "oparl_person_match" USING btree ("status");--> statement-breakpoint
CREATE INDEX "oparl_person_match_directory_person_id_index" ON "oparl_person_match" USING btree ("directory_person_id");--> statement-breakpoint
CREATE INDEX "oparl_problem_source_id_kind_index" ON "oparl_problem" USING btree ("source_id","kind");--> statement-breakpoint
CREATE INDEX "oparl_problem_run_id_index" ON "oparl_problem" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "oparl_sync_run_source_id_started_at_index" ON "oparl_sync_run" USING btree ("source_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "oparl_sync_run_one_running_idx" ON "oparl_sync_run" USING btree ("source_id") WHERE "oparl_sync_run"."status" = 'running';--> statement-breakpoint
CREATE INDEX "oparl_api_published_body_id_kind_withdrawn_at_index" ON "oparl_api_published" USING btree ("body_id","kind","withdrawn_at");--> statement-breakpoint
CREATE INDEX "search_document_oparl_body_idx" ON "search_document" USING btree ("oparl_body_id","date") WHERE "search_document"."oparl_body_id" IS NOT NULL;