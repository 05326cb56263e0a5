-- The tsvector is kept in the table row (compressed) instead of out of line in TOAST: a search
-- for a very common word walks the date index newest first and tests each row's tsvector, and
-- reading it out of TOAST cost about five page reads per row (docs/SEARCH.md, "inline tsvector").
ALTER TABLE "search_document" ALTER COLUMN "tsv" SET STORAGE MAIN;--> statement-breakpoint
-- SET STORAGE applies to rows written later; the rewrite moves the existing ones, in date order.
CLUSTER "search_document" USING "search_document_date_index";
