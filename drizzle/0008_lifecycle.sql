ALTER TABLE "oparl_briefing" ADD COLUMN "briefed_start" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "oparl_briefing" ADD COLUMN "rebrief_due" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "oparl_briefing" ADD COLUMN "cancel_notice_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "oparl_sync_run" ADD COLUMN "objects_vanished" integer DEFAULT 0 NOT NULL;