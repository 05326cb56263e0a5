CREATE TYPE "public"."fact_status" AS ENUM('verified', 'derived', 'unverified');--> statement-breakpoint
CREATE TYPE "public"."mail_status" AS ENUM('queued', 'sent', 'outbox', 'failed');--> statement-breakpoint
CREATE TABLE "mail_message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text,
	"category" text NOT NULL,
	"headers" text,
	"status" "mail_status" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rate_limit_bucket" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rate_limit_bucket_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
ALTER TABLE "body" ADD COLUMN "data_key" text;--> statement-breakpoint
ALTER TABLE "body" ADD COLUMN "fact_status" "fact_status";--> statement-breakpoint
ALTER TABLE "body" ADD COLUMN "sources" text[];--> statement-breakpoint
ALTER TABLE "legislative_term" ADD COLUMN "data_key" text;--> statement-breakpoint
ALTER TABLE "legislative_term" ADD COLUMN "fact_status" "fact_status";--> statement-breakpoint
ALTER TABLE "legislative_term" ADD COLUMN "sources" text[];--> statement-breakpoint
ALTER TABLE "legislative_term" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "legislative_term" ADD COLUMN "modified_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "organization" ADD COLUMN "data_key" text;--> statement-breakpoint
ALTER TABLE "organization" ADD COLUMN "fact_status" "fact_status";--> statement-breakpoint
ALTER TABLE "organization" ADD COLUMN "sources" text[];--> statement-breakpoint
ALTER TABLE "territorial_unit" ADD COLUMN "fact_status" "fact_status";--> statement-breakpoint
ALTER TABLE "territorial_unit" ADD COLUMN "sources" text[];--> statement-breakpoint
ALTER TABLE "territorial_unit" ADD COLUMN "modified_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE INDEX "mail_message_created_at_index" ON "mail_message" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "mail_message_status_index" ON "mail_message" USING btree ("status");--> statement-breakpoint
CREATE INDEX "mail_message_to_address_index" ON "mail_message" USING btree ("to_address");--> statement-breakpoint
ALTER TABLE "body" ADD CONSTRAINT "body_dataKey_unique" UNIQUE("data_key");--> statement-breakpoint
ALTER TABLE "legislative_term" ADD CONSTRAINT "legislative_term_dataKey_unique" UNIQUE("data_key");--> statement-breakpoint
ALTER TABLE "organization" ADD CONSTRAINT "organization_dataKey_unique" UNIQUE("data_key");