CREATE TABLE "oparl_api_published" (
	"kind" text NOT NULL,
	"object_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "oparl_api_published_kind_object_id_body_id_pk" PRIMARY KEY("kind","object_id","body_id")
);
--> statement-breakpoint
CREATE INDEX "oparl_api_published_body_id_kind_withdrawn_at_index" ON "oparl_api_published" USING btree ("body_id","kind","withdrawn_at");