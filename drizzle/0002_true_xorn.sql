CREATE TABLE "amt_member" (
	"amt_id" uuid NOT NULL,
	"gemeinde_id" uuid PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_token" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_token_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "amt_member" ADD CONSTRAINT "amt_member_amt_id_territorial_unit_id_fk" FOREIGN KEY ("amt_id") REFERENCES "public"."territorial_unit"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amt_member" ADD CONSTRAINT "amt_member_gemeinde_id_territorial_unit_id_fk" FOREIGN KEY ("gemeinde_id") REFERENCES "public"."territorial_unit"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "amt_member_amt_id_index" ON "amt_member" USING btree ("amt_id");--> statement-breakpoint
CREATE INDEX "api_token_user_id_index" ON "api_token" USING btree ("user_id");