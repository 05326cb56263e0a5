CREATE TYPE "public"."landtag_initiative_type" AS ENUM('small_inquiry', 'motion', 'bill');--> statement-breakpoint
CREATE TYPE "public"."landtag_proposal_status" AS ENUM('new', 'in_review', 'taken_up', 'declined', 'done');--> statement-breakpoint
CREATE TABLE "landtag_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"faction_id" uuid NOT NULL,
	"body" text NOT NULL,
	"author_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "landtag_feedback_initiativeId_factionId_unique" UNIQUE("initiative_id","faction_id")
);
--> statement-breakpoint
CREATE TABLE "landtag_initiative" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" "landtag_initiative_type" NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"printed_matter_number" text,
	"printed_matter_url" text,
	"feedback_question" text,
	"feedback_deadline" date,
	"created_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "landtag_proposal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"faction_id" uuid NOT NULL,
	"proposed_by_id" text,
	"status" "landtag_proposal_status" DEFAULT 'new' NOT NULL,
	"reply" text,
	"status_changed_at" timestamp with time zone,
	"status_changed_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "landtag_feedback" ADD CONSTRAINT "landtag_feedback_initiative_id_landtag_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."landtag_initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "landtag_feedback" ADD CONSTRAINT "landtag_feedback_faction_id_organization_id_fk" FOREIGN KEY ("faction_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "landtag_feedback" ADD CONSTRAINT "landtag_feedback_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "landtag_initiative" ADD CONSTRAINT "landtag_initiative_created_by_id_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "landtag_proposal" ADD CONSTRAINT "landtag_proposal_faction_id_organization_id_fk" FOREIGN KEY ("faction_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "landtag_proposal" ADD CONSTRAINT "landtag_proposal_proposed_by_id_user_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "landtag_proposal" ADD CONSTRAINT "landtag_proposal_status_changed_by_id_user_id_fk" FOREIGN KEY ("status_changed_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "landtag_feedback_faction_id_index" ON "landtag_feedback" USING btree ("faction_id");--> statement-breakpoint
CREATE INDEX "landtag_initiative_created_at_index" ON "landtag_initiative" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "landtag_proposal_faction_id_index" ON "landtag_proposal" USING btree ("faction_id");--> statement-breakpoint
CREATE INDEX "landtag_proposal_status_created_at_index" ON "landtag_proposal" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "landtag_proposal_proposed_by_id_index" ON "landtag_proposal" USING btree ("proposed_by_id");