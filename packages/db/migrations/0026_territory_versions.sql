-- Issue #11: the API keeps the coverage index in memory and rebuilds it only when a CPTS's
-- territory, stage or name changes (docs/reference/coverage.md §7). Every process reads this one
-- row on each coverage request; triggers bump it in the same transaction as any write to "cpts"
-- or "cpts_units", whichever code path writes (repositories, demo seed, plain SQL), so a change
-- committed by one API process is seen by all the others on their next request.
-- The value comes from a sequence: never reused, even if the row is deleted and re-created.
CREATE SEQUENCE "territory_version_seq";
--> statement-breakpoint
CREATE TABLE "territory_versions" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL CHECK ("id" = 1),
	"version" bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO "territory_versions" ("id", "version") VALUES (1, nextval('territory_version_seq'));
--> statement-breakpoint
CREATE FUNCTION bump_territory_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The row lock taken here is held until commit: readers see the new version exactly when they see the change.
  INSERT INTO territory_versions (id, version) VALUES (1, nextval('territory_version_seq'))
    ON CONFLICT (id) DO UPDATE SET version = nextval('territory_version_seq');
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Before the statement, so that the version row is locked before any CPTS row is (fewer lock orders, no deadlock among these writers).
CREATE TRIGGER cpts_territory_version BEFORE INSERT OR DELETE OR UPDATE OF "name", "stage", "region_code" ON "cpts"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_territory_version();
--> statement-breakpoint
CREATE TRIGGER cpts_territory_version_truncate BEFORE TRUNCATE ON "cpts"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_territory_version();
--> statement-breakpoint
CREATE TRIGGER cpts_units_territory_version BEFORE INSERT OR UPDATE OR DELETE ON "cpts_units"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_territory_version();
--> statement-breakpoint
CREATE TRIGGER cpts_units_territory_version_truncate BEFORE TRUNCATE ON "cpts_units"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_territory_version();
