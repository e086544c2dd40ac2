CREATE TABLE "cpts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"legal_form" text NOT NULL,
	"siret" text,
	"finess" text,
	"email" text,
	"phone" text,
	"address" text,
	"region_code" text NOT NULL,
	"stage" text NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cpts_mission_milestones" (
	"cpts_id" uuid NOT NULL,
	"mission" text NOT NULL,
	"started_on" date,
	"deployed_on" date,
	CONSTRAINT "cpts_mission_milestones_cpts_id_mission_pk" PRIMARY KEY("cpts_id","mission")
);
--> statement-breakpoint
CREATE TABLE "cpts_transitions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cpts_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"occurred_on" date NOT NULL,
	"comment" text,
	"author_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cpts_units" (
	"cpts_id" uuid NOT NULL,
	"unit_code" text NOT NULL,
	CONSTRAINT "cpts_units_cpts_id_unit_code_pk" PRIMARY KEY("cpts_id","unit_code")
);
--> statement-breakpoint
CREATE TABLE "white_zone_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"zone_key" text NOT NULL,
	"unit_codes" text[] NOT NULL,
	"modality" text NOT NULL,
	"owner" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "departements" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"region_code" text
);
--> statement-breakpoint
CREATE TABLE "epcis" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reference_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_neighbours" (
	"unit_code" text NOT NULL,
	"neighbour_code" text NOT NULL,
	CONSTRAINT "unit_neighbours_unit_code_neighbour_code_pk" PRIMARY KEY("unit_code","neighbour_code")
);
--> statement-breakpoint
CREATE TABLE "unit_shapes" (
	"unit_code" text PRIMARY KEY NOT NULL,
	"centroid_lon" double precision NOT NULL,
	"centroid_lat" double precision NOT NULL,
	"area_km2" double precision NOT NULL,
	"geometry" jsonb NOT NULL,
	"source" text NOT NULL,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "units" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"parent_commune_code" text,
	"departement_code" text,
	"region_code" text,
	"epci_code" text,
	"population" integer NOT NULL,
	"postal_codes" text[] NOT NULL,
	"former_codes" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"ip" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"attempted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_grants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"region_code" text,
	"cpts_id" uuid
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"display_name" text NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
ALTER TABLE "cpts_mission_milestones" ADD CONSTRAINT "cpts_mission_milestones_cpts_id_cpts_id_fk" FOREIGN KEY ("cpts_id") REFERENCES "public"."cpts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpts_transitions" ADD CONSTRAINT "cpts_transitions_cpts_id_cpts_id_fk" FOREIGN KEY ("cpts_id") REFERENCES "public"."cpts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpts_transitions" ADD CONSTRAINT "cpts_transitions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpts_units" ADD CONSTRAINT "cpts_units_cpts_id_cpts_id_fk" FOREIGN KEY ("cpts_id") REFERENCES "public"."cpts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpts_units" ADD CONSTRAINT "cpts_units_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "white_zone_plans" ADD CONSTRAINT "white_zone_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_shapes" ADD CONSTRAINT "unit_shapes_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_grants" ADD CONSTRAINT "user_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cpts_region_idx" ON "cpts" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "cpts_transitions_cpts_idx" ON "cpts_transitions" USING btree ("cpts_id","seq");--> statement-breakpoint
CREATE INDEX "cpts_units_unit_idx" ON "cpts_units" USING btree ("unit_code");--> statement-breakpoint
CREATE INDEX "white_zone_plans_region_idx" ON "white_zone_plans" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "units_region_idx" ON "units" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "units_departement_idx" ON "units" USING btree ("departement_code");--> statement-breakpoint
CREATE INDEX "login_attempts_email_idx" ON "login_attempts" USING btree ("email","attempted_at");--> statement-breakpoint
CREATE INDEX "login_attempts_ip_idx" ON "login_attempts" USING btree ("ip","attempted_at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "user_grants_user_idx" ON "user_grants" USING btree ("user_id");