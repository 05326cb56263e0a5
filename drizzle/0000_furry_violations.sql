CREATE TYPE "public"."organization_type" AS ENUM('council', 'committee', 'faction', 'party', 'other');--> statement-breakpoint
CREATE TYPE "public"."territorial_unit_kind" AS ENUM('land', 'landkreis', 'kreisfreie_stadt', 'amt', 'gemeinde');--> statement-breakpoint
CREATE TABLE "app_setting" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" text,
	"actor_label" text,
	"action" text NOT NULL,
	"target_type" text,
	"target_id" text,
	"target_label" text,
	"details" jsonb,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "body" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territorial_unit_id" uuid,
	"name" text NOT NULL,
	"short_name" text,
	"website" text,
	"oparl_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "body_oparlId_unique" UNIQUE("oparl_id")
);
--> statement-breakpoint
CREATE TABLE "legislative_term" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"name" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"oparl_id" text,
	CONSTRAINT "legislative_term_oparlId_unique" UNIQUE("oparl_id")
);
--> statement-breakpoint
CREATE TABLE "organization" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"organization_type" "organization_type" NOT NULL,
	"classification" text,
	"seats" integer,
	"start_date" date,
	"end_date" date,
	"oparl_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_oparlId_unique" UNIQUE("oparl_id")
);
--> statement-breakpoint
CREATE TABLE "territorial_unit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ags" text,
	"name" text NOT NULL,
	"short_name" text,
	"kind" "territorial_unit_kind" NOT NULL,
	"parent_id" uuid,
	"seat" text,
	"population" integer,
	"population_date" date,
	"area_km2" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "territorial_unit_ags_unique" UNIQUE("ags")
);
--> statement-breakpoint
ALTER TABLE "body" ADD CONSTRAINT "body_territorial_unit_id_territorial_unit_id_fk" FOREIGN KEY ("territorial_unit_id") REFERENCES "public"."territorial_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legislative_term" ADD CONSTRAINT "legislative_term_body_id_body_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."body"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization" ADD CONSTRAINT "organization_body_id_body_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."body"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territorial_unit" ADD CONSTRAINT "territorial_unit_parent_id_territorial_unit_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."territorial_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_at_index" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_action_index" ON "audit_log" USING btree ("action");--> statement-breakpoint
CREATE INDEX "audit_log_actor_user_id_index" ON "audit_log" USING btree ("actor_user_id");--> statement-breakpoint
CREATE INDEX "organization_body_id_index" ON "organization" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "territorial_unit_parent_id_index" ON "territorial_unit" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "territorial_unit_kind_index" ON "territorial_unit" USING btree ("kind");