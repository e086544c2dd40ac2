CREATE TABLE "assemblies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cpts_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"location" text,
	"agenda" text NOT NULL,
	"status" text NOT NULL,
	"quorum_percent" integer NOT NULL,
	"max_proxies_per_holder" integer NOT NULL,
	"majority_rule" text NOT NULL,
	"convened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"minutes" text
);
--> statement-breakpoint
CREATE TABLE "assembly_voters" (
	"assembly_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"display_name" text NOT NULL,
	"category_name" text,
	"attendance" text DEFAULT 'absent' NOT NULL,
	"proxy_holder_id" uuid,
	CONSTRAINT "assembly_voters_assembly_id_member_id_pk" PRIMARY KEY("assembly_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "association_settings" (
	"cpts_id" uuid PRIMARY KEY NOT NULL,
	"quorum_percent" integer DEFAULT 25 NOT NULL,
	"max_proxies_per_holder" integer DEFAULT 2 NOT NULL,
	"majority_rule" text DEFAULT 'simple' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bodies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cpts_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"created_on" date NOT NULL,
	"ended_on" date
);
--> statement-breakpoint
CREATE TABLE "dues" (
	"id" uuid PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"amount_cents" integer NOT NULL,
	"paid_on" date,
	"receipt_number" text,
	CONSTRAINT "dues_member_year" UNIQUE("member_id","year")
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cpts_id" uuid NOT NULL,
	"id_nat_ps" text NOT NULL,
	"sent_on" date NOT NULL,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"answered_on" date
);
--> statement-breakpoint
CREATE TABLE "mandates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"body_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"role" text NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date
);
--> statement-breakpoint
CREATE TABLE "member_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"event" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"by_user_id" uuid,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cpts_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"id_nat_ps" text,
	"finess_site" text,
	"structure_type" text,
	"display_name" text NOT NULL,
	"profession_label" text,
	"category_id" uuid,
	"status" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"joined_on" date,
	"left_on" date,
	"contact_email" text,
	"contact_phone" text,
	"unit_code" text,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "membership_categories" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cpts_id" uuid NOT NULL,
	"name" text NOT NULL,
	"voting" boolean NOT NULL,
	"yearly_dues_cents" integer DEFAULT 0 NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resolutions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"assembly_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"text" text,
	"majority_rule" text NOT NULL,
	"votes_for" integer,
	"votes_against" integer,
	"votes_abstain" integer,
	"outcome" text,
	"voted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "user_identities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"subject" text NOT NULL,
	"id_nat_ps" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "user_identities_provider_subject" UNIQUE("provider","subject")
);
--> statement-breakpoint
CREATE TABLE "establishments" (
	"finess_site" text PRIMARY KEY NOT NULL,
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
	"present" boolean DEFAULT true NOT NULL,
	"last_import_id" uuid,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"source_name" text NOT NULL,
	"status" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"bytes_total" integer,
	"bytes_done" integer DEFAULT 0 NOT NULL,
	"lines_read" integer DEFAULT 0 NOT NULL,
	"accepted" integer DEFAULT 0 NOT NULL,
	"rejected_count" integer DEFAULT 0 NOT NULL,
	"rejected" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"stats" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"error" text,
	"started_by" uuid
);
--> statement-breakpoint
CREATE TABLE "professional_activities" (
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
	"present" boolean DEFAULT true NOT NULL,
	"last_import_id" uuid,
	CONSTRAINT "professional_activities_id_nat_ps_activity_key_pk" PRIMARY KEY("id_nat_ps","activity_key")
);
--> statement-breakpoint
CREATE TABLE "professional_skills" (
	"id_nat_ps" text NOT NULL,
	"type_code" text NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"present" boolean DEFAULT true NOT NULL,
	"last_import_id" uuid,
	CONSTRAINT "professional_skills_id_nat_ps_code_pk" PRIMARY KEY("id_nat_ps","code")
);
--> statement-breakpoint
CREATE TABLE "professionals" (
	"id_nat_ps" text PRIMARY KEY NOT NULL,
	"id_type" text NOT NULL,
	"identifier" text NOT NULL,
	"civility" text,
	"last_name" text NOT NULL,
	"first_name" text NOT NULL,
	"profession_code" text NOT NULL,
	"profession_label" text NOT NULL,
	"category_code" text,
	"present" boolean DEFAULT true NOT NULL,
	"last_import_id" uuid,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "password_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "id_nat_ps" text;--> statement-breakpoint
ALTER TABLE "assemblies" ADD CONSTRAINT "assemblies_cpts_id_cpts_id_fk" FOREIGN KEY ("cpts_id") REFERENCES "public"."cpts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_voters" ADD CONSTRAINT "assembly_voters_assembly_id_assemblies_id_fk" FOREIGN KEY ("assembly_id") REFERENCES "public"."assemblies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "association_settings" ADD CONSTRAINT "association_settings_cpts_id_cpts_id_fk" FOREIGN KEY ("cpts_id") REFERENCES "public"."cpts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_cpts_id_cpts_id_fk" FOREIGN KEY ("cpts_id") REFERENCES "public"."cpts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dues" ADD CONSTRAINT "dues_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_cpts_id_cpts_id_fk" FOREIGN KEY ("cpts_id") REFERENCES "public"."cpts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mandates" ADD CONSTRAINT "mandates_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mandates" ADD CONSTRAINT "mandates_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_events" ADD CONSTRAINT "member_events_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_cpts_id_cpts_id_fk" FOREIGN KEY ("cpts_id") REFERENCES "public"."cpts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_category_id_membership_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."membership_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_categories" ADD CONSTRAINT "membership_categories_cpts_id_cpts_id_fk" FOREIGN KEY ("cpts_id") REFERENCES "public"."cpts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolutions" ADD CONSTRAINT "resolutions_assembly_id_assemblies_id_fk" FOREIGN KEY ("assembly_id") REFERENCES "public"."assemblies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "invitations_cpts_idx" ON "invitations" USING btree ("cpts_id");--> statement-breakpoint
CREATE INDEX "member_events_member_idx" ON "member_events" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "members_cpts_idx" ON "members" USING btree ("cpts_id","status");--> statement-breakpoint
CREATE INDEX "members_id_nat_ps_idx" ON "members" USING btree ("id_nat_ps");--> statement-breakpoint
CREATE INDEX "establishments_unit_idx" ON "establishments" USING btree ("unit_code","kind");--> statement-breakpoint
CREATE INDEX "activities_unit_idx" ON "professional_activities" USING btree ("unit_code","profession_code");--> statement-breakpoint
CREATE INDEX "professionals_profession_idx" ON "professionals" USING btree ("profession_code");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_id_nat_ps_unique" UNIQUE("id_nat_ps");