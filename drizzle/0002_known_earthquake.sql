CREATE TYPE "public"."discussion_notification_delivery" AS ENUM('immediate', 'digest');--> statement-breakpoint
CREATE TYPE "public"."discussion_notification_reason" AS ENUM('mention', 'subscription', 'group');--> statement-breakpoint
CREATE TYPE "public"."discussion_notification_setting" AS ENUM('immediate', 'daily', 'none');--> statement-breakpoint
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
CREATE INDEX "discussion_digest_user_id_sent_at_index" ON "discussion_digest" USING btree ("user_id","sent_at");--> statement-breakpoint
CREATE INDEX "discussion_mention_user_id_index" ON "discussion_mention" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "discussion_notification_delivery_sent_at_index" ON "discussion_notification" USING btree ("delivery","sent_at");--> statement-breakpoint
CREATE INDEX "discussion_notification_post_id_index" ON "discussion_notification" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX "discussion_post_thread_id_created_at_index" ON "discussion_post" USING btree ("thread_id","created_at");--> statement-breakpoint
CREATE INDEX "discussion_post_author_user_id_index" ON "discussion_post" USING btree ("author_user_id");--> statement-breakpoint
CREATE INDEX "discussion_thread_group_id_last_post_at_index" ON "discussion_thread" USING btree ("group_id","last_post_at");--> statement-breakpoint
CREATE INDEX "thread_subscription_user_id_index" ON "thread_subscription" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "topic_group_member_user_id_index" ON "topic_group_member" USING btree ("user_id");