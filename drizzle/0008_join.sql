CREATE TYPE "public"."join_request_status" AS ENUM('unconfirmed', 'open', 'accepted', 'declined');--> statement-breakpoint
CREATE TYPE "public"."municipal_activity" AS ENUM('none', 'council_member', 'resident_expert', 'other');--> statement-breakpoint
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
ALTER TABLE "join_request" ADD CONSTRAINT "join_request_decided_by_user_id_user_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "join_request" ADD CONSTRAINT "join_request_invitation_id_invitation_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."invitation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "join_request_one_pending" ON "join_request" USING btree ("email") WHERE "join_request"."status" in ('unconfirmed', 'open');--> statement-breakpoint
CREATE INDEX "join_request_status_confirmed_at_index" ON "join_request" USING btree ("status","confirmed_at");--> statement-breakpoint
CREATE INDEX "join_request_invitation_id_index" ON "join_request" USING btree ("invitation_id");