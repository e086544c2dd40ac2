-- Issue #10 item 5: requests between professionals (docs/reference/pro-requests.md).
-- The patient is pseudonymised (initials, age band, sex, need): no name, no birth date (§4).
CREATE TABLE "pro_request_settings" (
	"cpts_id" uuid PRIMARY KEY NOT NULL REFERENCES "cpts"("id") ON DELETE cascade,
	"usual_delay_minutes" integer NOT NULL,
	"escalate_percent" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pro_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cpts_id" uuid NOT NULL REFERENCES "cpts"("id") ON DELETE cascade,
	"author_id_nat_ps" text NOT NULL,
	"author_name" text NOT NULL,
	"profession_code" text NOT NULL,
	"specialty_code" text,
	"act" text NOT NULL,
	"unit_code" text NOT NULL REFERENCES "units"("code"),
	"wanted_on" date NOT NULL,
	"window_start" text NOT NULL,
	"window_end" text NOT NULL,
	"urgency" text NOT NULL,
	"patient_initials" text NOT NULL,
	"patient_age_band" text NOT NULL,
	"patient_sex" text,
	"patient_need" text NOT NULL,
	"usual_id_nat_ps" text,
	"stage" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"broaden_at" timestamp with time zone,
	"escalate_at" timestamp with time zone NOT NULL,
	"escalated_at" timestamp with time zone,
	"deadline_at" timestamp with time zone NOT NULL,
	"taken_by_id_nat_ps" text,
	"taken_by_name" text,
	"taken_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	-- Taken means one taker, set once (the conditional UPDATE of the repository sets both).
	CONSTRAINT "pro_requests_taken_ck" CHECK (("status" = 'taken') = ("taken_by_id_nat_ps" IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX "pro_requests_cpts_idx" ON "pro_requests" USING btree ("cpts_id", "status");
--> statement-breakpoint
CREATE INDEX "pro_requests_author_idx" ON "pro_requests" USING btree ("author_id_nat_ps");
--> statement-breakpoint
CREATE INDEX "pro_requests_open_idx" ON "pro_requests" USING btree ("deadline_at") WHERE "status" = 'open';
--> statement-breakpoint
CREATE TABLE "pro_request_offers" (
	"request_id" uuid NOT NULL REFERENCES "pro_requests"("id") ON DELETE cascade,
	"id_nat_ps" text NOT NULL,
	"display_name" text NOT NULL,
	"offered_at" timestamp with time zone NOT NULL,
	"declined_at" timestamp with time zone,
	CONSTRAINT "pro_request_offers_pk" PRIMARY KEY ("request_id", "id_nat_ps")
);
--> statement-breakpoint
CREATE INDEX "pro_request_offers_ps_idx" ON "pro_request_offers" USING btree ("id_nat_ps");
--> statement-breakpoint
CREATE TABLE "pro_request_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL REFERENCES "pro_requests"("id") ON DELETE cascade,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"id_nat_ps" text,
	"reason" text
);
--> statement-breakpoint
CREATE INDEX "pro_request_events_request_idx" ON "pro_request_events" USING btree ("request_id", "at");
