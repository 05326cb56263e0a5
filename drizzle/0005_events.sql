CREATE TYPE "public"."event_kind" AS ENUM('meeting', 'training', 'conference', 'online');--> statement-breakpoint
CREATE TYPE "public"."event_organizer" AS ENUM('network', 'forum', 'federal', 'district_association');--> statement-breakpoint
CREATE TYPE "public"."event_status" AS ENUM('scheduled', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."event_visibility" AS ENUM('public', 'members');--> statement-breakpoint
CREATE TYPE "public"."event_registration_status" AS ENUM('registered', 'waitlisted', 'cancelled');--> statement-breakpoint
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
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "event" ADD CONSTRAINT "event_created_by_id_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_calendar_feed" ADD CONSTRAINT "event_calendar_feed_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_material" ADD CONSTRAINT "event_material_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_material" ADD CONSTRAINT "event_material_file_sha256_stored_file_sha256_fk" FOREIGN KEY ("file_sha256") REFERENCES "public"."stored_file"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_material" ADD CONSTRAINT "event_material_added_by_id_user_id_fk" FOREIGN KEY ("added_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registration" ADD CONSTRAINT "event_registration_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registration" ADD CONSTRAINT "event_registration_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_starts_at_index" ON "event" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "event_visibility_starts_at_index" ON "event" USING btree ("visibility","starts_at");--> statement-breakpoint
CREATE INDEX "event_material_event_id_index" ON "event_material" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_material_file_sha256_index" ON "event_material" USING btree ("file_sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registration_event_id_user_id_index" ON "event_registration" USING btree ("event_id","user_id");--> statement-breakpoint
CREATE INDEX "event_registration_event_id_status_queued_at_index" ON "event_registration" USING btree ("event_id","status","queued_at");--> statement-breakpoint
CREATE INDEX "event_registration_user_id_index" ON "event_registration" USING btree ("user_id");