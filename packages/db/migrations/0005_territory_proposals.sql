ALTER TABLE "cpts_units" ADD COLUMN "added_at" timestamp with time zone DEFAULT now() NOT NULL;
--> statement-breakpoint
UPDATE "cpts_units" SET "added_at" = "cpts"."updated_at" FROM "cpts" WHERE "cpts"."id" = "cpts_units"."cpts_id";
--> statement-breakpoint
CREATE TABLE "territory_proposals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cpts_id" uuid NOT NULL,
	"status" text NOT NULL,
	"base_unit_codes" text[] NOT NULL,
	"added_unit_codes" text[] NOT NULL,
	"removed_unit_codes" text[] NOT NULL,
	"comment" text,
	"author_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"superseded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "territory_proposal_approvals" (
	"proposal_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"reason" text NOT NULL,
	"decision" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"comment" text,
	CONSTRAINT "territory_proposal_approvals_proposal_id_region_code_pk" PRIMARY KEY("proposal_id","region_code")
);
--> statement-breakpoint
ALTER TABLE "territory_proposals" ADD CONSTRAINT "territory_proposals_cpts_id_cpts_id_fk" FOREIGN KEY ("cpts_id") REFERENCES "public"."cpts"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "territory_proposals" ADD CONSTRAINT "territory_proposals_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "territory_proposals" ADD CONSTRAINT "territory_proposals_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "territory_proposals" ADD CONSTRAINT "territory_proposals_superseded_by_territory_proposals_id_fk" FOREIGN KEY ("superseded_by") REFERENCES "public"."territory_proposals"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "territory_proposal_approvals" ADD CONSTRAINT "territory_proposal_approvals_proposal_id_territory_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."territory_proposals"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "territory_proposal_approvals" ADD CONSTRAINT "territory_proposal_approvals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "territory_proposals_cpts_idx" ON "territory_proposals" USING btree ("cpts_id","created_at");
--> statement-breakpoint
CREATE UNIQUE INDEX "territory_proposals_one_pending_idx" ON "territory_proposals" USING btree ("cpts_id") WHERE "territory_proposals"."status" = 'pending';
--> statement-breakpoint
CREATE INDEX "territory_proposal_approvals_region_idx" ON "territory_proposal_approvals" USING btree ("region_code");
