CREATE TYPE "public"."event_kind" AS ENUM('meeting', 'training', 'conference', 'online');--> statement-breakpoint
CREATE TYPE "public"."event_organizer" AS ENUM('network', 'forum', 'federal', 'district_association');--> statement-breakpoint
CREATE TYPE "public"."event_status" AS ENUM('scheduled', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."event_visibility" AS ENUM('public', 'members');--> statement-breakpoint
CREATE TYPE "public"."event_registration_status" AS ENUM('registered', 'waitlisted', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."content_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."join_request_status" AS ENUM('unconfirmed', 'open', 'accepted', 'declined');--> statement-breakpoint
CREATE TYPE "public"."municipal_activity" AS ENUM('none', 'council_member', 'resident_expert', 'other');--> statement-breakpoint
CREATE TYPE "public"."newsletter_recipient_status" AS ENUM('pending', 'claimed', 'sent', 'skipped', 'failed');--> statement-breakpoint
CREATE TYPE "public"."newsletter_status" AS ENUM('draft', 'sending', 'sent');--> statement-breakpoint
CREATE TABLE "motion_comment_mail_opt_out" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"motion_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "motion_comment_mail_opt_out_userId_motionId_unique" UNIQUE NULLS NOT DISTINCT("user_id","motion_id")
);
--> statement-breakpoint
CREATE TABLE "event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"kind" "event_kind" NOT NULL,
	"organizer" "event_organizer" DEFAULT 'network' NOT NULL,
	"organizer_name" text,
	"summary" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"online_url" text,
	"visibility" "event_visibility" DEFAULT 'public' NOT NULL,
	"capacity" integer,
	"registration_enabled" boolean DEFAULT true NOT NULL,
	"registration_closes_at" timestamp with time zone,
	"status" "event_status" DEFAULT 'scheduled' NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"reminders_sent_at" timestamp with time zone,
	"created_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_calendar_feed" (
	"user_id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_calendar_feed_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "event_material" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"title" text NOT NULL,
	"file_sha256" text,
	"file_name" text,
	"url" text,
	"public" boolean DEFAULT false NOT NULL,
	"added_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_registration" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"status" "event_registration_status" NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_image" (
	"sha256" text PRIMARY KEY NOT NULL,
	"alt" text NOT NULL,
	"uploaded_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "news_post" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"teaser" text NOT NULL,
	"body" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"byline" text,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"cover_image_sha256" text,
	"cover_image_alt" text,
	"created_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "news_post_author" (
	"post_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	CONSTRAINT "news_post_author_post_id_user_id_pk" PRIMARY KEY("post_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "site_page" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"body" text NOT NULL,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"updated_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "join_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"district_ags" text NOT NULL,
	"party_branch" text DEFAULT '' NOT NULL,
	"activity" "municipal_activity" DEFAULT 'none' NOT NULL,
	"activity_where" text DEFAULT '' NOT NULL,
	"topic_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"privacy_version" text NOT NULL,
	"privacy_updated_at" timestamp with time zone,
	"status" "join_request_status" DEFAULT 'unconfirmed' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by_user_id" text,
	"accepted_role" text,
	"invitation_id" uuid,
	"notes" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "newsletter" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"segment" jsonb NOT NULL,
	"status" "newsletter_status" DEFAULT 'draft' NOT NULL,
	"recipient_count" integer DEFAULT 0 NOT NULL,
	"sent_count" integer DEFAULT 0 NOT NULL,
	"skipped_count" integer DEFAULT 0 NOT NULL,
	"failed_count" integer DEFAULT 0 NOT NULL,
	"created_by_id" text,
	"sent_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	"send_started_at" timestamp with time zone,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "newsletter_opt_out" (
	"user_id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"opted_out_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "newsletter_recipient" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"newsletter_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"status" "newsletter_recipient_status" DEFAULT 'pending' NOT NULL,
	"claimed_at" timestamp with time zone,
	"mail_id" uuid,
	"sent_at" timestamp with time zone,
	"error" text,
	CONSTRAINT "newsletter_recipient_newsletterId_userId_unique" UNIQUE("newsletter_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "motion" ADD COLUMN "reused_from_deleted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "motion_comment" ADD COLUMN "authors_notified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "motion_comment_mail_opt_out" ADD CONSTRAINT "motion_comment_mail_opt_out_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motion_comment_mail_opt_out" ADD CONSTRAINT "motion_comment_mail_opt_out_motion_id_motion_id_fk" FOREIGN KEY ("motion_id") REFERENCES "public"."motion"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event" ADD CONSTRAINT "event_created_by_id_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_calendar_feed" ADD CONSTRAINT "event_calendar_feed_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_material" ADD CONSTRAINT "event_material_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_material" ADD CONSTRAINT "event_material_file_sha256_stored_file_sha256_fk" FOREIGN KEY ("file_sha256") REFERENCES "public"."stored_file"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_material" ADD CONSTRAINT "event_material_added_by_id_user_id_fk" FOREIGN KEY ("added_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registration" ADD CONSTRAINT "event_registration_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registration" ADD CONSTRAINT "event_registration_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_image" ADD CONSTRAINT "content_image_sha256_stored_file_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."stored_file"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_image" ADD CONSTRAINT "content_image_uploaded_by_id_user_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_post" ADD CONSTRAINT "news_post_cover_image_sha256_stored_file_sha256_fk" FOREIGN KEY ("cover_image_sha256") REFERENCES "public"."stored_file"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_post" ADD CONSTRAINT "news_post_created_by_id_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_post_author" ADD CONSTRAINT "news_post_author_post_id_news_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."news_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_post_author" ADD CONSTRAINT "news_post_author_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_page" ADD CONSTRAINT "site_page_updated_by_id_user_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "join_request" ADD CONSTRAINT "join_request_decided_by_user_id_user_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "join_request" ADD CONSTRAINT "join_request_invitation_id_invitation_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."invitation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "newsletter" ADD CONSTRAINT "newsletter_created_by_id_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "newsletter" ADD CONSTRAINT "newsletter_sent_by_id_user_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "newsletter_opt_out" ADD CONSTRAINT "newsletter_opt_out_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "newsletter_recipient" ADD CONSTRAINT "newsletter_recipient_newsletter_id_newsletter_id_fk" FOREIGN KEY ("newsletter_id") REFERENCES "public"."newsletter"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "newsletter_recipient" ADD CONSTRAINT "newsletter_recipient_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "newsletter_recipient" ADD CONSTRAINT "newsletter_recipient_mail_id_mail_message_id_fk" FOREIGN KEY ("mail_id") REFERENCES "public"."mail_message"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_starts_at_index" ON "event" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "event_visibility_starts_at_index" ON "event" USING btree ("visibility","starts_at");--> statement-breakpoint
CREATE INDEX "event_material_event_id_index" ON "event_material" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_material_file_sha256_index" ON "event_material" USING btree ("file_sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registration_event_id_user_id_index" ON "event_registration" USING btree ("event_id","user_id");--> statement-breakpoint
CREATE INDEX "event_registration_event_id_status_queued_at_index" ON "event_registration" USING btree ("event_id","status","queued_at");--> statement-breakpoint
CREATE INDEX "event_registration_user_id_index" ON "event_registration" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "news_post_slug_idx" ON "news_post" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "news_post_published_idx" ON "news_post" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "news_post_tags_idx" ON "news_post" USING gin ("tags");--> statement-breakpoint
CREATE UNIQUE INDEX "site_page_slug_idx" ON "site_page" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "join_request_one_pending" ON "join_request" USING btree ("email") WHERE "join_request"."status" in ('unconfirmed', 'open');--> statement-breakpoint
CREATE INDEX "join_request_status_confirmed_at_index" ON "join_request" USING btree ("status","confirmed_at");--> statement-breakpoint
CREATE INDEX "join_request_invitation_id_index" ON "join_request" USING btree ("invitation_id");--> statement-breakpoint
CREATE INDEX "newsletter_status_modified_at_index" ON "newsletter" USING btree ("status","modified_at");--> statement-breakpoint
CREATE INDEX "newsletter_recipient_newsletter_id_status_index" ON "newsletter_recipient" USING btree ("newsletter_id","status");--> statement-breakpoint
CREATE INDEX "newsletter_recipient_user_id_index" ON "newsletter_recipient" USING btree ("user_id");