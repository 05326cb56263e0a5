ALTER TABLE "oparl_file" DROP CONSTRAINT "oparl_file_sha256_stored_file_sha256_fk";
--> statement-breakpoint
ALTER TABLE "oparl_file" ADD COLUMN "download_claimed_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "oparl_file" ADD CONSTRAINT "oparl_file_sha256_stored_file_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."stored_file"("sha256") ON DELETE no action ON UPDATE no action;