CREATE TYPE "public"."text_extraction_status" AS ENUM('pending', 'done', 'no_text', 'failed');--> statement-breakpoint
CREATE TYPE "public"."motion_comment_kind" AS ENUM('comment', 'experience');--> statement-breakpoint
CREATE TYPE "public"."motion_status" AS ENUM('draft', 'filed', 'in_deliberation', 'adopted', 'adopted_amended', 'rejected', 'withdrawn', 'settled');--> statement-breakpoint
CREATE TYPE "public"."motion_type" AS ENUM('motion', 'inquiry', 'resolution', 'template', 'statement');--> statement-breakpoint
CREATE TYPE "public"."motion_visibility" AS ENUM('public', 'members', 'faction');--> statement-breakpoint
CREATE TABLE "stored_file" (
	"sha256" text PRIMARY KEY NOT NULL,
	"size" bigint NOT NULL,
	"media_type" text NOT NULL,
	"text_status" text_extraction_status DEFAULT 'pending' NOT NULL,
	"text" text,
	"text_error" text,
	"extracted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "motion" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" "motion_type" NOT NULL,
	"title" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"justification" text DEFAULT '' NOT NULL,
	"answer" text,
	"answered_on" date,
	"council_id" uuid,
	"faction_id" uuid,
	"filed_on" date,
	"status" "motion_status" DEFAULT 'draft' NOT NULL,
	"votes_yes" integer,
	"votes_no" integer,
	"votes_abstain" integer,
	"decided_on" date,
	"visibility" "motion_visibility" DEFAULT 'faction' NOT NULL,
	"reused_from_id" uuid,
	"created_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "motion_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"motion_id" uuid NOT NULL,
	"file_sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"uploaded_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "motion_author" (
	"motion_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	CONSTRAINT "motion_author_motion_id_user_id_pk" PRIMARY KEY("motion_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "motion_comment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"motion_id" uuid NOT NULL,
	"author_id" text,
	"kind" "motion_comment_kind" DEFAULT 'comment' NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "motion_topic" (
	"motion_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	CONSTRAINT "motion_topic_motion_id_topic_id_pk" PRIMARY KEY("motion_id","topic_id")
);
--> statement-breakpoint
CREATE TABLE "search_document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"source_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"attachment_text" text DEFAULT '' NOT NULL,
	"url" text NOT NULL,
	"date" date,
	"kind" text,
	"status" text,
	"topic_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"district_ags" text,
	"council_type" text,
	"organization_id" uuid,
	"access" text DEFAULT 'restricted' NOT NULL,
	"reader_faction_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"reader_user_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"tsv" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german', title), 'A') || setweight(to_tsvector('german', body), 'B') || setweight(to_tsvector('german', attachment_text), 'D')) STORED NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_document_type_sourceId_unique" UNIQUE("type","source_id")
);
--> statement-breakpoint
ALTER TABLE "motion" ADD CONSTRAINT "motion_council_id_organization_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."organization"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motion" ADD CONSTRAINT "motion_faction_id_organization_id_fk" FOREIGN KEY ("faction_id") REFERENCES "public"."organization"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motion" ADD CONSTRAINT "motion_reused_from_id_motion_id_fk" FOREIGN KEY ("reused_from_id") REFERENCES "public"."motion"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motion" ADD CONSTRAINT "motion_created_by_id_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motion_attachment" ADD CONSTRAINT "motion_attachment_motion_id_motion_id_fk" FOREIGN KEY ("motion_id") REFERENCES "public"."motion"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motion_attachment" ADD CONSTRAINT "motion_attachment_file_sha256_stored_file_sha256_fk" FOREIGN KEY ("file_sha256") REFERENCES "public"."stored_file"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motion_attachment" ADD CONSTRAINT "motion_attachment_uploaded_by_id_user_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motion_author" ADD CONSTRAINT "motion_author_motion_id_motion_id_fk" FOREIGN KEY ("motion_id") REFERENCES "public"."motion"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motion_author" ADD CONSTRAINT "motion_author_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motion_comment" ADD CONSTRAINT "motion_comment_motion_id_motion_id_fk" FOREIGN KEY ("motion_id") REFERENCES "public"."motion"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motion_comment" ADD CONSTRAINT "motion_comment_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motion_topic" ADD CONSTRAINT "motion_topic_motion_id_motion_id_fk" FOREIGN KEY ("motion_id") REFERENCES "public"."motion"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motion_topic" ADD CONSTRAINT "motion_topic_topic_id_topic_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topic"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "motion_reused_from_id_index" ON "motion" USING btree ("reused_from_id");--> statement-breakpoint
CREATE INDEX "motion_faction_id_index" ON "motion" USING btree ("faction_id");--> statement-breakpoint
CREATE INDEX "motion_council_id_index" ON "motion" USING btree ("council_id");--> statement-breakpoint
CREATE INDEX "motion_created_at_index" ON "motion" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "motion_attachment_motion_id_index" ON "motion_attachment" USING btree ("motion_id");--> statement-breakpoint
CREATE INDEX "motion_attachment_file_sha256_index" ON "motion_attachment" USING btree ("file_sha256");--> statement-breakpoint
CREATE INDEX "motion_author_user_id_index" ON "motion_author" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "motion_comment_motion_id_created_at_index" ON "motion_comment" USING btree ("motion_id","created_at");--> statement-breakpoint
CREATE INDEX "motion_topic_topic_id_index" ON "motion_topic" USING btree ("topic_id");--> statement-breakpoint
CREATE INDEX "search_document_tsv_idx" ON "search_document" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "search_document_date_index" ON "search_document" USING btree ("date");--> statement-breakpoint
CREATE INDEX "search_document_topic_ids_idx" ON "search_document" USING gin ("topic_ids");