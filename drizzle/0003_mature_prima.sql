DROP INDEX "mail_message_status_index";--> statement-breakpoint
ALTER TABLE "mail_message" ADD COLUMN "next_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "mail_message" ADD COLUMN "claimed_until" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "mail_message_status_next_attempt_at_index" ON "mail_message" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "mail_message_category_index" ON "mail_message" USING btree ("category");