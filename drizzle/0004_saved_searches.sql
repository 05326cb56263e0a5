CREATE TYPE "public"."alert_frequency" AS ENUM('immediate', 'daily', 'weekly', 'none');--> statement-breakpoint
CREATE TABLE "saved_search" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"query" text DEFAULT '' NOT NULL,
	"filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"frequency" "alert_frequency" DEFAULT 'daily' NOT NULL,
	"feed_nonce" text NOT NULL,
	"feed_token_hash" text NOT NULL,
	"baseline_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_until" timestamp with time zone DEFAULT now() NOT NULL,
	"last_mailed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_search_feedTokenHash_unique" UNIQUE("feed_token_hash")
);
--> statement-breakpoint
CREATE TABLE "saved_search_hit" (
	"saved_search_id" uuid NOT NULL,
	"document_type" text NOT NULL,
	"source_id" uuid NOT NULL,
	"mail_id" uuid,
	"notified_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_search_hit_saved_search_id_document_type_source_id_pk" PRIMARY KEY("saved_search_id","document_type","source_id")
);
--> statement-breakpoint
ALTER TABLE "saved_search" ADD CONSTRAINT "saved_search_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_search_hit" ADD CONSTRAINT "saved_search_hit_saved_search_id_saved_search_id_fk" FOREIGN KEY ("saved_search_id") REFERENCES "public"."saved_search"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_search_hit" ADD CONSTRAINT "saved_search_hit_mail_id_mail_message_id_fk" FOREIGN KEY ("mail_id") REFERENCES "public"."mail_message"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "saved_search_user_id_index" ON "saved_search" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "saved_search_frequency_index" ON "saved_search" USING btree ("frequency");