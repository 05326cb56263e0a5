CREATE TYPE "public"."fact_status" AS ENUM('verified', 'derived', 'unverified');--> statement-breakpoint
CREATE TYPE "public"."organization_type" AS ENUM('council', 'committee', 'faction', 'party', 'other');--> statement-breakpoint
CREATE TYPE "public"."territorial_unit_kind" AS ENUM('land', 'landkreis', 'kreisfreie_stadt', 'amt', 'gemeinde');--> statement-breakpoint
CREATE TYPE "public"."mail_status" AS ENUM('queued', 'sent', 'outbox', 'failed');--> statement-breakpoint
CREATE TYPE "public"."field_visibility" AS ENUM('public', 'members', 'board');--> statement-breakpoint
CREATE TYPE "public"."membership_role" AS ENUM('member', 'deputy_member', 'chair', 'vice_chair', 'faction_chair', 'expert_citizen', 'spokesperson');--> statement-breakpoint
CREATE TYPE "public"."discussion_notification_delivery" AS ENUM('immediate', 'digest');--> statement-breakpoint
CREATE TYPE "public"."discussion_notification_reason" AS ENUM('mention', 'subscription', 'group');--> statement-breakpoint
CREATE TYPE "public"."discussion_notification_setting" AS ENUM('immediate', 'daily', 'none');--> statement-breakpoint
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
CREATE TABLE "account" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"user_id" text NOT NULL,
	"access_token" text,
	"refresh_token" text,
	"id_token" text,
	"access_token_expires_at" timestamp with time zone,
	"refresh_token_expires_at" timestamp with time zone,
	"scope" text,
	"password" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invitation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"access_expires_at" timestamp with time zone,
	"token_hash" text NOT NULL,
	"invited_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_user_id" text,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "invitation_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "session" (
	"id" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"user_id" text NOT NULL,
	CONSTRAINT "session_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "two_factor" (
	"id" text PRIMARY KEY NOT NULL,
	"secret" text NOT NULL,
	"backup_codes" text NOT NULL,
	"user_id" text NOT NULL,
	"verified" boolean DEFAULT true,
	"failed_verification_count" integer DEFAULT 0,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "user" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"image" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"two_factor_enabled" boolean DEFAULT false,
	"role" text DEFAULT 'interested' NOT NULL,
	"deactivated_at" timestamp with time zone,
	"access_expires_at" timestamp with time zone,
	CONSTRAINT "user_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "verification" (
	"id" text PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"value" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "body" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territorial_unit_id" uuid,
	"name" text NOT NULL,
	"short_name" text,
	"website" text,
	"oparl_id" text,
	"data_key" text,
	"fact_status" "fact_status",
	"sources" text[],
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "body_oparlId_unique" UNIQUE("oparl_id"),
	CONSTRAINT "body_dataKey_unique" UNIQUE("data_key")
);
--> statement-breakpoint
CREATE TABLE "legislative_term" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"name" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"oparl_id" text,
	"data_key" text,
	"fact_status" "fact_status",
	"sources" text[],
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legislative_term_oparlId_unique" UNIQUE("oparl_id"),
	CONSTRAINT "legislative_term_dataKey_unique" UNIQUE("data_key")
);
--> statement-breakpoint
CREATE TABLE "organization" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"organization_type" "organization_type" NOT NULL,
	"classification" text,
	"parent_id" uuid,
	"partners" text,
	"seats" integer,
	"start_date" date,
	"end_date" date,
	"oparl_id" text,
	"data_key" text,
	"fact_status" "fact_status",
	"sources" text[],
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_oparlId_unique" UNIQUE("oparl_id"),
	CONSTRAINT "organization_dataKey_unique" UNIQUE("data_key")
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
	"fact_status" "fact_status",
	"sources" text[],
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "territorial_unit_ags_unique" UNIQUE("ags")
);
--> statement-breakpoint
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
	"next_attempt_at" timestamp with time zone,
	"claimed_until" timestamp with time zone,
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
CREATE TABLE "discussion_digest" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"post_count" integer NOT NULL,
	"mail_id" uuid
);
--> statement-breakpoint
CREATE TABLE "discussion_mention" (
	"post_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	CONSTRAINT "discussion_mention_post_id_user_id_pk" PRIMARY KEY("post_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "discussion_notification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"post_id" uuid NOT NULL,
	"reason" "discussion_notification_reason" NOT NULL,
	"delivery" "discussion_notification_delivery" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"mail_id" uuid,
	"digest_id" uuid,
	CONSTRAINT "discussion_notification_userId_postId_unique" UNIQUE("user_id","post_id")
);
--> statement-breakpoint
CREATE TABLE "discussion_post" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"author_user_id" text,
	"body" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	"erased_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "discussion_thread" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"title" text NOT NULL,
	"author_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_post_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "thread_subscription" (
	"thread_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "thread_subscription_thread_id_user_id_pk" PRIMARY KEY("thread_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "topic_group" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"topic_id" uuid,
	"created_by_user_id" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "topic_group_slug_unique" UNIQUE("slug"),
	CONSTRAINT "topic_group_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "topic_group_member" (
	"group_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"notification" "discussion_notification_setting" DEFAULT 'daily' NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "topic_group_member_group_id_user_id_pk" PRIMARY KEY("group_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_invited_by_user_id_user_id_fk" FOREIGN KEY ("invited_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_accepted_user_id_user_id_fk" FOREIGN KEY ("accepted_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "two_factor" ADD CONSTRAINT "two_factor_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body" ADD CONSTRAINT "body_territorial_unit_id_territorial_unit_id_fk" FOREIGN KEY ("territorial_unit_id") REFERENCES "public"."territorial_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legislative_term" ADD CONSTRAINT "legislative_term_body_id_body_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."body"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization" ADD CONSTRAINT "organization_body_id_body_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."body"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization" ADD CONSTRAINT "organization_parent_id_organization_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territorial_unit" ADD CONSTRAINT "territorial_unit_parent_id_territorial_unit_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."territorial_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_on_behalf_of_id_organization_id_fk" FOREIGN KEY ("on_behalf_of_id") REFERENCES "public"."organization"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_topic_id_topic_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topic"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_topic" ADD CONSTRAINT "person_topic_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_topic" ADD CONSTRAINT "person_topic_topic_id_topic_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topic"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_digest" ADD CONSTRAINT "discussion_digest_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_mention" ADD CONSTRAINT "discussion_mention_post_id_discussion_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."discussion_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_mention" ADD CONSTRAINT "discussion_mention_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_notification" ADD CONSTRAINT "discussion_notification_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_notification" ADD CONSTRAINT "discussion_notification_post_id_discussion_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."discussion_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_notification" ADD CONSTRAINT "discussion_notification_digest_id_discussion_digest_id_fk" FOREIGN KEY ("digest_id") REFERENCES "public"."discussion_digest"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_post" ADD CONSTRAINT "discussion_post_thread_id_discussion_thread_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."discussion_thread"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_post" ADD CONSTRAINT "discussion_post_author_user_id_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_thread" ADD CONSTRAINT "discussion_thread_group_id_topic_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."topic_group"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_thread" ADD CONSTRAINT "discussion_thread_author_user_id_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_subscription" ADD CONSTRAINT "thread_subscription_thread_id_discussion_thread_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."discussion_thread"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_subscription" ADD CONSTRAINT "thread_subscription_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_group" ADD CONSTRAINT "topic_group_topic_id_topic_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topic"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_group" ADD CONSTRAINT "topic_group_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_group_member" ADD CONSTRAINT "topic_group_member_group_id_topic_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."topic_group"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_group_member" ADD CONSTRAINT "topic_group_member_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_at_index" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_action_index" ON "audit_log" USING btree ("action");--> statement-breakpoint
CREATE INDEX "audit_log_actor_user_id_index" ON "audit_log" USING btree ("actor_user_id");--> statement-breakpoint
CREATE INDEX "account_user_id_index" ON "account" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "invitation_email_index" ON "invitation" USING btree ("email");--> statement-breakpoint
CREATE INDEX "invitation_expires_at_index" ON "invitation" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "session_user_id_index" ON "session" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "session_expires_at_index" ON "session" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "two_factor_secret_index" ON "two_factor" USING btree ("secret");--> statement-breakpoint
CREATE INDEX "two_factor_user_id_index" ON "two_factor" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "user_role_index" ON "user" USING btree ("role");--> statement-breakpoint
CREATE INDEX "verification_identifier_index" ON "verification" USING btree ("identifier");--> statement-breakpoint
CREATE INDEX "verification_expires_at_index" ON "verification" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "organization_body_id_index" ON "organization" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "organization_parent_id_index" ON "organization" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "territorial_unit_parent_id_index" ON "territorial_unit" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "territorial_unit_kind_index" ON "territorial_unit" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "mail_message_created_at_index" ON "mail_message" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "mail_message_status_next_attempt_at_index" ON "mail_message" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "mail_message_to_address_index" ON "mail_message" USING btree ("to_address");--> statement-breakpoint
CREATE INDEX "mail_message_category_index" ON "mail_message" USING btree ("category");--> statement-breakpoint
CREATE INDEX "membership_person_id_index" ON "membership" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "membership_organization_id_index" ON "membership" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "membership_on_behalf_of_id_index" ON "membership" USING btree ("on_behalf_of_id");--> statement-breakpoint
CREATE INDEX "person_full_name_trgm_idx" ON "person" USING gin ("full_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "person_family_name_given_name_index" ON "person" USING btree ("family_name","given_name");--> statement-breakpoint
CREATE INDEX "person_email_lower_idx" ON "person" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "person_topic_topic_id_index" ON "person_topic" USING btree ("topic_id");--> statement-breakpoint
CREATE INDEX "discussion_digest_user_id_sent_at_index" ON "discussion_digest" USING btree ("user_id","sent_at");--> statement-breakpoint
CREATE INDEX "discussion_mention_user_id_index" ON "discussion_mention" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "discussion_notification_delivery_sent_at_index" ON "discussion_notification" USING btree ("delivery","sent_at");--> statement-breakpoint
CREATE INDEX "discussion_notification_post_id_index" ON "discussion_notification" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX "discussion_post_thread_id_created_at_index" ON "discussion_post" USING btree ("thread_id","created_at");--> statement-breakpoint
CREATE INDEX "discussion_post_author_user_id_index" ON "discussion_post" USING btree ("author_user_id");--> statement-breakpoint
CREATE INDEX "discussion_thread_group_id_last_post_at_index" ON "discussion_thread" USING btree ("group_id","last_post_at");--> statement-breakpoint
CREATE INDEX "thread_subscription_user_id_index" ON "thread_subscription" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "topic_group_member_user_id_index" ON "topic_group_member" USING btree ("user_id");