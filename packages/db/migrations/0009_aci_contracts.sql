-- ACI contracts, their missions, taille amendments, indicators, yearly assessments, evidence
-- files, and the history of edits of the ACI reference data (issue #8).
CREATE TABLE "aci_contracts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cpts_id" uuid NOT NULL REFERENCES "cpts"("id") ON DELETE cascade,
	"cpts_signed_on" date,
	"cpts_signatory" text,
	"cpam_signed_on" date,
	"cpam_signatory" text,
	"ars_signed_on" date,
	"ars_signatory" text,
	"population" integer NOT NULL,
	"population_vintage" integer NOT NULL,
	"size_category" integer NOT NULL,
	"renews_id" uuid REFERENCES "aci_contracts"("id") ON DELETE set null,
	"terminated_on" date,
	"termination_reason" text,
	"termination_comment" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "aci_contracts_cpts_idx" ON "aci_contracts" USING btree ("cpts_id");
--> statement-breakpoint
CREATE TABLE "aci_contract_missions" (
	"contract_id" uuid NOT NULL REFERENCES "aci_contracts"("id") ON DELETE cascade,
	"mission" text NOT NULL,
	"started_on" date,
	"deployed_on" date,
	"start_within_months" integer,
	"deployed_within_months" integer,
	CONSTRAINT "aci_contract_missions_contract_id_mission_pk" PRIMARY KEY("contract_id","mission")
);
--> statement-breakpoint
CREATE TABLE "aci_size_amendments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"contract_id" uuid NOT NULL REFERENCES "aci_contracts"("id") ON DELETE cascade,
	"signed_on" date NOT NULL,
	"effective_from" date NOT NULL,
	"population" integer NOT NULL,
	"population_vintage" integer NOT NULL,
	"size_category" integer NOT NULL,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "aci_indicators" (
	"contract_id" uuid NOT NULL REFERENCES "aci_contracts"("id") ON DELETE cascade,
	"id" text NOT NULL,
	"position" integer NOT NULL,
	"mission" text NOT NULL,
	"label" text NOT NULL,
	"unit" text NOT NULL,
	"direction" text NOT NULL,
	"baseline" double precision,
	"tiers" jsonb NOT NULL,
	"data_source" text NOT NULL,
	"evidence" jsonb NOT NULL,
	CONSTRAINT "aci_indicators_contract_id_id_pk" PRIMARY KEY("contract_id","id")
);
--> statement-breakpoint
CREATE TABLE "aci_assessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"contract_id" uuid NOT NULL REFERENCES "aci_contracts"("id") ON DELETE cascade,
	"contract_year" integer NOT NULL,
	"assessed_on" date,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "aci_assessments_year_unique" UNIQUE("contract_id","contract_year")
);
--> statement-breakpoint
CREATE TABLE "aci_assessment_values" (
	"assessment_id" uuid NOT NULL REFERENCES "aci_assessments"("id") ON DELETE cascade,
	"indicator_id" text NOT NULL,
	"value" double precision,
	"source" text NOT NULL,
	"note" text,
	CONSTRAINT "aci_assessment_values_assessment_id_indicator_id_pk" PRIMARY KEY("assessment_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "aci_evidence_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"assessment_id" uuid NOT NULL REFERENCES "aci_assessments"("id") ON DELETE cascade,
	"indicator_id" text,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"data" bytea NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "aci_evidence_assessment_idx" ON "aci_evidence_files" USING btree ("assessment_id");
--> statement-breakpoint
CREATE TABLE "aci_reference_changes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "aci_reference_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"key" jsonb NOT NULL,
	"previous" jsonb NOT NULL,
	"next" jsonb NOT NULL,
	"author_id" uuid,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE FUNCTION append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
-- The history of the reference data is kept as written: no edit or removal of a past change.
CREATE TRIGGER aci_reference_changes_no_update_delete BEFORE UPDATE OR DELETE ON "aci_reference_changes"
  FOR EACH ROW EXECUTE FUNCTION append_only();
