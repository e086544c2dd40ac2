-- Médecin-traitant requests (issue #9, docs/reference/mt-requests.md): requests from the three
-- doors (public form, team, CPAM list) with their notes and history, the per-CPTS settings of
-- the desk, the counters of the public form's limits, and the e-mail outbox.
CREATE TABLE "mt_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cpts_id" uuid NOT NULL REFERENCES "cpts"("id") ON DELETE cascade,
	"number" text NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"last_name" text NOT NULL,
	"first_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"unit_code" text NOT NULL REFERENCES "units"("code"),
	"email" text,
	"phone" text,
	"ald" boolean DEFAULT false NOT NULL,
	"c2s" boolean DEFAULT false NOT NULL,
	"ame" boolean DEFAULT false NOT NULL,
	"frailty" boolean DEFAULT false NOT NULL,
	"pregnancy" boolean DEFAULT false NOT NULL,
	"gp_lost_on" date,
	"gp_loss_reason" text,
	"home_visits" boolean DEFAULT false NOT NULL,
	"accessibility_needs" text,
	"requested_on" date NOT NULL,
	"closed_on" date,
	"merged_into" uuid REFERENCES "mt_requests"("id") ON DELETE set null,
	"duplicate_key" text NOT NULL,
	"consented_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "mt_requests_number_idx" ON "mt_requests" USING btree ("number");
--> statement-breakpoint
CREATE INDEX "mt_requests_cpts_status_idx" ON "mt_requests" USING btree ("cpts_id","status");
--> statement-breakpoint
CREATE INDEX "mt_requests_duplicate_idx" ON "mt_requests" USING btree ("cpts_id","duplicate_key");
--> statement-breakpoint
CREATE INDEX "mt_requests_closed_idx" ON "mt_requests" USING btree ("closed_on") WHERE "closed_on" IS NOT NULL;
--> statement-breakpoint
CREATE TABLE "mt_request_notes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL REFERENCES "mt_requests"("id") ON DELETE cascade,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "mt_request_notes_request_idx" ON "mt_request_notes" USING btree ("request_id");
--> statement-breakpoint
CREATE TABLE "mt_request_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	-- Insertion order: events written in one instant (one transaction) keep the order they happened in.
	"seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
	"request_id" uuid NOT NULL REFERENCES "mt_requests"("id") ON DELETE cascade,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"kind" text NOT NULL,
	"action" text,
	"from_status" text,
	"to_status" text,
	"detail" text,
	"data" jsonb
);
--> statement-breakpoint
CREATE INDEX "mt_request_events_request_idx" ON "mt_request_events" USING btree ("request_id","seq");
--> statement-breakpoint
CREATE TABLE "mt_request_settings" (
	"cpts_id" uuid PRIMARY KEY NOT NULL REFERENCES "cpts"("id") ON DELETE cascade,
	"priority_rule" jsonb NOT NULL,
	"response_days" integer NOT NULL,
	"retention_months" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
-- Fixed-window counters of the public form ("ip:<address>", "cpts:<id>", "status:<number>"),
-- locked while a submission or a status lookup is counted (same approach as login_throttles).
CREATE TABLE "public_throttles" (
	"key" text PRIMARY KEY NOT NULL,
	"hits" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "public_throttles_window_idx" ON "public_throttles" USING btree ("window_started_at");
--> statement-breakpoint
-- Every outgoing message, written before it is sent: without SMTP it stays pending, readable by
-- the admin, never dropped.
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"cpts_id" uuid REFERENCES "cpts"("id") ON DELETE set null,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text NOT NULL,
	"state" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text
);
--> statement-breakpoint
CREATE INDEX "mail_outbox_created_idx" ON "mail_outbox" USING btree ("created_at");
