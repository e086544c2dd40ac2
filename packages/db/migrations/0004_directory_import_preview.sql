-- Directory imports that cannot destroy (issue #6): a file is read into staging tables keyed by
-- its run, previewed against the live directory with set-based SQL, and merged in one
-- transaction only when confirmed. Staging tables are UNLOGGED: they hold a few hours of
-- re-creatable rows (a run whose process dies is marked interrupted and its rows discarded), so
-- writing them to the WAL would only slow national imports down.
ALTER TABLE "import_runs" ALTER COLUMN "bytes_total" TYPE bigint;--> statement-breakpoint
ALTER TABLE "import_runs" ALTER COLUMN "bytes_done" TYPE bigint;--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "heartbeat_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "previewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "applied_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "applied_by" uuid;--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "scope_units" jsonb;--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "preview" jsonb;--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "applied" jsonb;--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "has_staged_rows" boolean DEFAULT false NOT NULL;--> statement-breakpoint
UPDATE "import_runs" SET "kind" = 'skills' WHERE "kind" = 'savoir-faire';--> statement-breakpoint
UPDATE "import_runs" SET "status" = 'applied', "applied_at" = "finished_at" WHERE "status" = 'succeeded';--> statement-breakpoint
UPDATE "import_runs" SET "status" = 'interrupted', "finished_at" = coalesce("finished_at", "started_at"), "error" = coalesce("error", 'Import interrompu avant la mise à jour de Maillon.') WHERE "status" = 'running';--> statement-breakpoint
CREATE INDEX "import_runs_status_idx" ON "import_runs" USING btree ("status");--> statement-breakpoint
ALTER TABLE "professionals" ADD COLUMN "identity_source" text DEFAULT 'national' NOT NULL;--> statement-breakpoint
CREATE UNLOGGED TABLE "import_staged_professionals" (
	"run_id" uuid NOT NULL,
	"id_nat_ps" text NOT NULL,
	"id_type" text NOT NULL,
	"identifier" text NOT NULL,
	"civility" text,
	"last_name" text NOT NULL,
	"first_name" text NOT NULL,
	"profession_code" text NOT NULL,
	"profession_label" text NOT NULL,
	"category_code" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "import_staged_professionals_pk" PRIMARY KEY("run_id","id_nat_ps")
);
--> statement-breakpoint
CREATE UNLOGGED TABLE "import_staged_activities" (
	"run_id" uuid NOT NULL,
	"id_nat_ps" text NOT NULL,
	"activity_key" text NOT NULL,
	"profession_code" text NOT NULL,
	"mode_code" text,
	"mode_label" text,
	"specialty_code" text,
	"specialty_label" text,
	"general_practice" boolean DEFAULT false NOT NULL,
	"siret" text,
	"finess_site" text,
	"finess_legal" text,
	"structure_id" text,
	"structure_name" text,
	"address" text,
	"postal_code" text,
	"unit_code" text,
	"town_label" text,
	"phone" text,
	"email" text,
	CONSTRAINT "import_staged_activities_pk" PRIMARY KEY("run_id","id_nat_ps","activity_key")
);
--> statement-breakpoint
CREATE UNLOGGED TABLE "import_staged_skills" (
	"run_id" uuid NOT NULL,
	"id_nat_ps" text NOT NULL,
	"code" text NOT NULL,
	"type_code" text NOT NULL,
	"label" text NOT NULL,
	CONSTRAINT "import_staged_skills_pk" PRIMARY KEY("run_id","id_nat_ps","code")
);
--> statement-breakpoint
CREATE UNLOGGED TABLE "import_staged_establishments" (
	"run_id" uuid NOT NULL,
	"finess_site" text NOT NULL,
	"finess_legal" text,
	"name" text NOT NULL,
	"long_name" text,
	"category_code" text NOT NULL,
	"category_label" text,
	"kind" text NOT NULL,
	"siret" text,
	"address" text,
	"postal_code" text,
	"unit_code" text,
	"lon" double precision,
	"lat" double precision,
	"opened_on" date,
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "import_staged_establishments_pk" PRIMARY KEY("run_id","finess_site")
);
