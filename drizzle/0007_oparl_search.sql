ALTER TYPE "public"."oparl_file_download_status" ADD VALUE 'unsupported';--> statement-breakpoint
ALTER TABLE "search_document" ADD COLUMN "oparl_body_id" uuid;--> statement-breakpoint
CREATE INDEX "search_document_oparl_body_idx" ON "search_document" USING btree ("oparl_body_id","date") WHERE "search_document"."oparl_body_id" IS NOT NULL;