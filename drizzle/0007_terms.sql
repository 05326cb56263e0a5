CREATE TABLE "term_ended_membership" (
	"membership_id" uuid PRIMARY KEY NOT NULL,
	"term_id" uuid NOT NULL,
	"previous_end_date" date
);
--> statement-breakpoint
ALTER TABLE "term_ended_membership" ADD CONSTRAINT "term_ended_membership_membership_id_membership_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."membership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "term_ended_membership" ADD CONSTRAINT "term_ended_membership_term_id_legislative_term_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."legislative_term"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "term_ended_membership_term_id_index" ON "term_ended_membership" USING btree ("term_id");