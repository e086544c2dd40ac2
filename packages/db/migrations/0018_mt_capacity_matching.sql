-- Issue #9 part B: GP capacity, matching runs, proposals to a declared médecin traitant,
-- follow-up deadlines and reminders (docs/reference/mt-matching.md). The response-time
-- commitment itself is part A's (mt_request_settings.response_days).
-- A GP's declared capacity for one CPTS: seen by its coordination team only.
CREATE TABLE "gp_capacities" (
	"cpts_id" uuid NOT NULL REFERENCES "cpts"("id") ON DELETE cascade,
	"id_nat_ps" text NOT NULL,
	"display_name" text NOT NULL,
	"practice_unit_code" text NOT NULL REFERENCES "units"("code"),
	"available_now" integer NOT NULL,
	"per_month" integer NOT NULL,
	"unit_codes" text[],
	"max_distance_km" integer,
	"max_tier" text NOT NULL,
	"min_age" integer,
	"max_age" integer,
	"home_visits" boolean NOT NULL,
	"declared_at" timestamp with time zone NOT NULL,
	"declared_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "gp_capacities_pk" PRIMARY KEY ("cpts_id", "id_nat_ps")
);
--> statement-breakpoint
CREATE TABLE "mt_follow_up_settings" (
	"cpts_id" uuid PRIMARY KEY NOT NULL REFERENCES "cpts"("id") ON DELETE cascade,
	"proposal_days" integer NOT NULL,
	"reminder_days" integer NOT NULL
);
--> statement-breakpoint
-- A run's state lives here so any API process can report its progress (several processes).
CREATE TABLE "matching_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cpts_id" uuid NOT NULL REFERENCES "cpts"("id") ON DELETE cascade,
	"status" text NOT NULL,
	"phase" text,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"started_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"started_at" timestamp with time zone NOT NULL,
	"heartbeat_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"summary" jsonb,
	"unmatched" jsonb,
	"error" text,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX "matching_runs_cpts_idx" ON "matching_runs" USING btree ("cpts_id", "started_at");
--> statement-breakpoint
-- One run at a time per CPTS: a second launch conflicts instead of racing the first.
CREATE UNIQUE INDEX "matching_runs_one_running" ON "matching_runs" ("cpts_id") WHERE "status" = 'running';
--> statement-breakpoint
CREATE TABLE "mt_proposals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cpts_id" uuid NOT NULL REFERENCES "cpts"("id") ON DELETE cascade,
	"request_id" uuid NOT NULL REFERENCES "mt_requests"("id") ON DELETE cascade,
	"run_id" uuid REFERENCES "matching_runs"("id") ON DELETE set null,
	"id_nat_ps" text NOT NULL,
	"origin" text NOT NULL,
	"status" text NOT NULL,
	"priority_group" text NOT NULL,
	"weight" integer NOT NULL,
	"distance_km" double precision,
	"tier" text,
	"explanation" text NOT NULL,
	"decline_reason" text,
	"decline_comment" text,
	"created_at" timestamp with time zone NOT NULL,
	"sent_on" date,
	"expires_on" date,
	"decided_on" date,
	"reminded_on" date,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX "mt_proposals_cpts_idx" ON "mt_proposals" USING btree ("cpts_id", "status");
--> statement-breakpoint
CREATE INDEX "mt_proposals_gp_idx" ON "mt_proposals" USING btree ("id_nat_ps", "status");
--> statement-breakpoint
-- A patient holds at most one open proposal: two GPs cannot take the same patient (item 3, pull).
CREATE UNIQUE INDEX "mt_proposals_one_open" ON "mt_proposals" ("request_id") WHERE "status" IN ('sent', 'accepted', 'consulted', 'declared');
--> statement-breakpoint
CREATE TABLE "mt_proposal_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"proposal_id" uuid NOT NULL REFERENCES "mt_proposals"("id") ON DELETE cascade,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor" text NOT NULL,
	"author_id" uuid REFERENCES "users"("id") ON DELETE set null,
	"comment" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "mt_proposal_events_proposal_idx" ON "mt_proposal_events" USING btree ("proposal_id", "at");
--> statement-breakpoint
-- A reminder is sent once: the unique key makes the periodic sweep safe with several processes.
CREATE TABLE "mt_reminders" (
	"subject_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"cpts_id" uuid NOT NULL REFERENCES "cpts"("id") ON DELETE cascade,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mt_reminders_pk" PRIMARY KEY ("subject_id", "kind")
);
