ALTER TABLE "cpts_transitions" DROP CONSTRAINT "cpts_transitions_author_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "white_zone_plans" DROP CONSTRAINT "white_zone_plans_created_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "cpts_transitions" ADD CONSTRAINT "cpts_transitions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "white_zone_plans" ADD CONSTRAINT "white_zone_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;