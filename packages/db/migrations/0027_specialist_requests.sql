-- Issue #10 item 6: access to specialists within a target delay (docs/reference/specialist-access.md).
-- The patient is pseudonymised (initials, age band, sex, question): no name, no birth date (§1).
CREATE TABLE "specialist_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cpts_id" uuid NOT NULL REFERENCES "cpts"("id") ON DELETE cascade,
	"author_id_nat_ps" text NOT NULL,
	"author_name" text NOT NULL,
	"specialty_code" text NOT NULL,
	"kind" text NOT NULL,
	"target" text NOT NULL,
	"patient_initials" text NOT NULL,
	"patient_age_band" text NOT NULL,
	"patient_sex" text,
	"patient_need" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"settled_by_id_nat_ps" text,
	"settled_by_name" text,
	"settled_at" timestamp with time zone,
	"answer_text" text,
	"booking_id" uuid REFERENCES "slot_bookings"("id") ON DELETE set null,
	-- The written answer's instant, or the booked consultation's start (§3).
	"achieved_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "specialist_requests_status_ck" CHECK ("status" IN ('open', 'answered', 'booked', 'cancelled')),
	CONSTRAINT "specialist_requests_kind_ck" CHECK ("kind" IN ('consultation', 'opinion')),
	CONSTRAINT "specialist_requests_target_ck" CHECK ("target" IN ('h48', 'd7', 'm1')),
	-- Settled means one specialist, set once with the achieved instant (the conditional UPDATE sets them together).
	CONSTRAINT "specialist_requests_settled_ck" CHECK (
		("status" IN ('answered', 'booked')) = ("settled_by_id_nat_ps" IS NOT NULL AND "achieved_at" IS NOT NULL)
	),
	CONSTRAINT "specialist_requests_answer_ck" CHECK ("status" <> 'answered' OR "answer_text" IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX "specialist_requests_cpts_idx" ON "specialist_requests" USING btree ("cpts_id", "specialty_code", "status");
--> statement-breakpoint
CREATE INDEX "specialist_requests_author_idx" ON "specialist_requests" USING btree ("author_id_nat_ps");
