CREATE TABLE "motion_comment_mail_opt_out" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"motion_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "motion_comment_mail_opt_out_userId_motionId_unique" UNIQUE NULLS NOT DISTINCT("user_id","motion_id")
);
--> statement-breakpoint
ALTER TABLE "motion" ADD COLUMN "reused_from_deleted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "motion_comment" ADD COLUMN "authors_notified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "motion_comment_mail_opt_out" ADD CONSTRAINT "motion_comment_mail_opt_out_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motion_comment_mail_opt_out" ADD CONSTRAINT "motion_comment_mail_opt_out_motion_id_motion_id_fk" FOREIGN KEY ("motion_id") REFERENCES "public"."motion"("id") ON DELETE cascade ON UPDATE no action;