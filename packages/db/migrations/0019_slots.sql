-- Issue #10: unscheduled-care slots, their bookings, the CPTS rota, calendar feeds and the SAS
-- FHIR clients (docs/reference/slots.md). Slot types are the SAS guide's TRE_R314 codes.
-- A recurring publication (RFC 5545 RRULE, in the professional's time zone); its occurrences
-- are materialised into "slots" so that search and booking work on plain rows.
CREATE TABLE "slot_series" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cpts_id" uuid NOT NULL REFERENCES "cpts"("id") ON DELETE cascade,
	"id_nat_ps" text NOT NULL,
	"display_name" text NOT NULL,
	"profession_code" text NOT NULL,
	"specialty_code" text,
	"unit_code" text NOT NULL REFERENCES "units"("code"),
	"address" text,
	"consultation_type" text NOT NULL,
	"visibility" text[] NOT NULL,
	"dtstart" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"rrule" text NOT NULL,
	"tzid" text DEFAULT 'Europe/Paris' NOT NULL,
	"created_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"created_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "slot_series_duration" CHECK ("duration_minutes" > 0)
);
--> statement-breakpoint
CREATE INDEX "slot_series_owner_idx" ON "slot_series" USING btree ("id_nat_ps", "cpts_id");
--> statement-breakpoint
CREATE TABLE "slots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cpts_id" uuid NOT NULL REFERENCES "cpts"("id") ON DELETE cascade,
	"series_id" uuid REFERENCES "slot_series"("id") ON DELETE set null,
	"id_nat_ps" text NOT NULL,
	"display_name" text NOT NULL,
	"profession_code" text NOT NULL,
	"specialty_code" text,
	"unit_code" text NOT NULL REFERENCES "units"("code"),
	-- Copied from the unit so a département-wide search reads one index range.
	"departement_code" text NOT NULL,
	"address" text,
	"start_at" timestamp with time zone NOT NULL,
	"end_at" timestamp with time zone NOT NULL,
	"consultation_type" text NOT NULL,
	"visibility" text[] NOT NULL,
	"status" text DEFAULT 'free' NOT NULL,
	"held_until" timestamp with time zone,
	"held_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "slots_time_order" CHECK ("end_at" > "start_at"),
	CONSTRAINT "slots_visibility_not_empty" CHECK (cardinality("visibility") > 0)
);
--> statement-breakpoint
CREATE INDEX "slots_search_idx" ON "slots" USING btree ("departement_code", "start_at") WHERE "status" IN ('free', 'held');
--> statement-breakpoint
CREATE INDEX "slots_owner_idx" ON "slots" USING btree ("id_nat_ps", "start_at");
--> statement-breakpoint
CREATE INDEX "slots_cpts_idx" ON "slots" USING btree ("cpts_id", "start_at");
--> statement-breakpoint
-- A series materialises each occurrence once, whatever the number of processes expanding it.
CREATE UNIQUE INDEX "slots_series_occurrence" ON "slots" ("series_id", "start_at") WHERE "series_id" IS NOT NULL;
--> statement-breakpoint
-- A booking holds the patient's identity: read by the regulator who booked, the slot's
-- professional and the CPTS's coordination team only (docs/reference/personal-data.md).
CREATE TABLE "slot_bookings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"slot_id" uuid NOT NULL REFERENCES "slots"("id") ON DELETE cascade,
	"cpts_id" uuid NOT NULL REFERENCES "cpts"("id") ON DELETE cascade,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"external_id" text,
	"patient_last_name" text,
	"patient_first_name" text,
	"patient_birth_date" date,
	"patient_phone" text,
	"patient_email" text,
	"patient_unit_code" text,
	"need" text,
	"booked_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"booked_at" timestamp with time zone NOT NULL,
	"status_at" timestamp with time zone NOT NULL,
	"cancel_reason" text,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
-- Never two live bookings of one slot, whatever the concurrency (issue #10 item 2).
CREATE UNIQUE INDEX "slot_bookings_one_live" ON "slot_bookings" ("slot_id") WHERE "status" <> 'cancelled';
--> statement-breakpoint
CREATE UNIQUE INDEX "slot_bookings_external_id" ON "slot_bookings" ("source", "external_id") WHERE "external_id" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "slot_bookings_cpts_idx" ON "slot_bookings" USING btree ("cpts_id", "booked_at");
--> statement-breakpoint
-- At most this many bookings per ISO week through one channel for one professional.
CREATE TABLE "slot_quotas" (
	"cpts_id" uuid NOT NULL REFERENCES "cpts"("id") ON DELETE cascade,
	"id_nat_ps" text NOT NULL,
	"channel" text NOT NULL,
	"per_week" integer NOT NULL,
	CONSTRAINT "slot_quotas_pk" PRIMARY KEY ("cpts_id", "id_nat_ps", "channel"),
	CONSTRAINT "slot_quotas_positive" CHECK ("per_week" >= 0)
);
--> statement-breakpoint
-- A professional's calendar as an iCal feed: the URL carries a random token, only its SHA-256 is kept.
CREATE TABLE "calendar_feeds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"id_nat_ps" text NOT NULL,
	"token_hash" text NOT NULL UNIQUE,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_read_at" timestamp with time zone
);
--> statement-breakpoint
-- The CPTS's rota of on-duty GPs for unscheduled-care hours.
CREATE TABLE "rota_shifts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cpts_id" uuid NOT NULL REFERENCES "cpts"("id") ON DELETE cascade,
	"id_nat_ps" text NOT NULL,
	"display_name" text NOT NULL,
	"start_at" timestamp with time zone NOT NULL,
	"end_at" timestamp with time zone NOT NULL,
	"created_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"created_at" timestamp with time zone NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "rota_shifts_time_order" CHECK ("end_at" > "start_at")
);
--> statement-breakpoint
CREATE INDEX "rota_shifts_cpts_idx" ON "rota_shifts" USING btree ("cpts_id", "start_at");
--> statement-breakpoint
-- Software clients of the FHIR interface (the SAS platform): a bearer token, only its SHA-256 kept.
CREATE TABLE "fhir_clients" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL UNIQUE,
	-- Départements whose slots the client reads; NULL for every département.
	"departement_codes" text[],
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone
);
