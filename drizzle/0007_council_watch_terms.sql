CREATE TABLE "term_ended_membership" (
	"membership_id" uuid PRIMARY KEY NOT NULL,
	"term_id" uuid NOT NULL,
	"previous_end_date" date
);
--> statement-breakpoint
ALTER TABLE "oparl_file" DROP CONSTRAINT "oparl_file_sha256_stored_file_sha256_fk";
--> statement-breakpoint
ALTER TABLE "oparl_briefing" ADD COLUMN "briefed_start" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "oparl_briefing" ADD COLUMN "rebrief_due" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "oparl_briefing" ADD COLUMN "cancel_notice_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "oparl_file" ADD COLUMN "download_claimed_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "oparl_source" ADD COLUMN "allowed_hosts" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "oparl_sync_run" ADD COLUMN "objects_vanished" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "term_ended_membership" ADD CONSTRAINT "term_ended_membership_membership_id_membership_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."membership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "term_ended_membership" ADD CONSTRAINT "term_ended_membership_term_id_legislative_term_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."legislative_term"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "term_ended_membership_term_id_index" ON "term_ended_membership" USING btree ("term_id");--> statement-breakpoint
ALTER TABLE "oparl_file" ADD CONSTRAINT "oparl_file_sha256_stored_file_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."stored_file"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_document_word_pairs_idx" ON "search_document" USING gin (search_word_pairs("tsv"));