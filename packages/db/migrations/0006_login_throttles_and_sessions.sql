-- Login throttling (issue #6, item 3): one row of failed password checks per key
-- ("pair:<source> <e-mail>", "source:<source>", "account:<e-mail>"), locked while an attempt is
-- reserved so that concurrent attempts cannot overtake the count.
CREATE TABLE "login_throttles" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_failure_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "login_throttles_last_failure_idx" ON "login_throttles" USING btree ("last_failure_at");
--> statement-breakpoint
-- Active sessions: a public id (the token hash never leaves the server), last activity, the
-- address and a short device label, so that their owner can recognise and close them.
ALTER TABLE "sessions" ADD COLUMN "id" uuid DEFAULT gen_random_uuid() NOT NULL;
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "last_seen_at" timestamp with time zone;
--> statement-breakpoint
UPDATE "sessions" SET "last_seen_at" = "created_at";
--> statement-breakpoint
ALTER TABLE "sessions" ALTER COLUMN "last_seen_at" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "source_address" text;
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "device_label" text;
--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_id_idx" ON "sessions" USING btree ("id");
