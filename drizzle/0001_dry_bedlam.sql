CREATE TYPE "public"."field_visibility" AS ENUM('public', 'members', 'board');--> statement-breakpoint
CREATE TYPE "public"."membership_role" AS ENUM('member', 'deputy_member', 'chair', 'vice_chair', 'faction_chair', 'expert_citizen', 'spokesperson');--> statement-breakpoint
CREATE TABLE "membership" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"role" "membership_role" NOT NULL,
	"on_behalf_of_id" uuid,
	"topic_id" uuid,
	"voting_right" boolean DEFAULT true NOT NULL,
	"start_date" date,
	"end_date" date,
	"oparl_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "membership_oparlId_unique" UNIQUE("oparl_id")
);
--> statement-breakpoint
CREATE TABLE "person" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"full_name" text GENERATED ALWAYS AS (given_name || ' ' || family_name) STORED NOT NULL,
	"party" text,
	"email" text,
	"email_visibility" "field_visibility" DEFAULT 'members' NOT NULL,
	"phone" text,
	"phone_visibility" "field_visibility" DEFAULT 'members' NOT NULL,
	"biography" text,
	"biography_visibility" "field_visibility" DEFAULT 'members' NOT NULL,
	"topics_visibility" "field_visibility" DEFAULT 'members' NOT NULL,
	"record_only_since" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_userId_unique" UNIQUE("user_id")
);
--> statement-breakpoint
CREATE TABLE "person_topic" (
	"person_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	CONSTRAINT "person_topic_person_id_topic_id_pk" PRIMARY KEY("person_id","topic_id")
);
--> statement-breakpoint
CREATE TABLE "topic" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "topic_slug_unique" UNIQUE("slug"),
	CONSTRAINT "topic_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "organization" ADD COLUMN "parent_id" uuid;--> statement-breakpoint
ALTER TABLE "organization" ADD COLUMN "partners" text;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_on_behalf_of_id_organization_id_fk" FOREIGN KEY ("on_behalf_of_id") REFERENCES "public"."organization"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_topic_id_topic_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topic"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_topic" ADD CONSTRAINT "person_topic_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_topic" ADD CONSTRAINT "person_topic_topic_id_topic_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topic"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "membership_person_id_index" ON "membership" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "membership_organization_id_index" ON "membership" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "membership_on_behalf_of_id_index" ON "membership" USING btree ("on_behalf_of_id");--> statement-breakpoint
CREATE INDEX "person_full_name_trgm_idx" ON "person" USING gin ("full_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "person_family_name_given_name_index" ON "person" USING btree ("family_name","given_name");--> statement-breakpoint
CREATE INDEX "person_email_lower_idx" ON "person" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "person_topic_topic_id_index" ON "person_topic" USING btree ("topic_id");--> statement-breakpoint
ALTER TABLE "organization" ADD CONSTRAINT "organization_parent_id_organization_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organization_parent_id_index" ON "organization" USING btree ("parent_id");