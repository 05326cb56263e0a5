ALTER TABLE "content_image" DROP CONSTRAINT "content_image_sha256_stored_file_sha256_fk";
--> statement-breakpoint
ALTER TABLE "news_post" DROP CONSTRAINT "news_post_cover_image_sha256_stored_file_sha256_fk";
--> statement-breakpoint
ALTER TABLE "event_registration" ADD COLUMN "reminder_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "content_image" ADD CONSTRAINT "content_image_sha256_stored_file_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."stored_file"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_post" ADD CONSTRAINT "news_post_cover_image_sha256_stored_file_sha256_fk" FOREIGN KEY ("cover_image_sha256") REFERENCES "public"."stored_file"("sha256") ON DELETE no action ON UPDATE no action;