CREATE TABLE "term_ended_organization" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"term_id" uuid NOT NULL,
	"previous_end_date" date
);
--> statement-breakpoint
ALTER TABLE "term_ended_organization" ADD CONSTRAINT "term_ended_organization_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "term_ended_organization" ADD CONSTRAINT "term_ended_organization_term_id_legislative_term_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."legislative_term"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "term_ended_organization_term_id_index" ON "term_ended_organization" USING btree ("term_id");