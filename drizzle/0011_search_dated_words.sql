-- IF NOT EXISTS: a large installation may build it ahead (CONCURRENTLY) before upgrading; the
-- function it calls is installed before the migrations (db/migrate.ts).
CREATE INDEX IF NOT EXISTS "search_document_dated_words_idx" ON "search_document" USING gin (search_dated_words("tsv", "date"));--> statement-breakpoint
DROP INDEX IF EXISTS "search_document_tsv_month_idx";
