-- Issue #11: the API keeps the diagnostic's directory counts (and the data sources it names) in
-- memory per directory version. Every process reads this one row on each diagnostic request;
-- triggers bump it in the same transaction as any write to the tables those figures read, whichever
-- code path writes (imports, demo seed, plain SQL), so a change committed by one API process is seen
-- by all the others on their next request. Units and regions are the reference geography, which has
-- its own version. The value comes from a sequence: never reused, even if the row is deleted and re-created.
CREATE SEQUENCE "directory_version_seq";
--> statement-breakpoint
CREATE TABLE "directory_versions" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL CHECK ("id" = 1),
	"version" bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO "directory_versions" ("id", "version") VALUES (1, nextval('directory_version_seq'));
--> statement-breakpoint
CREATE FUNCTION bump_directory_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The row lock taken here is held until commit: readers see the new version exactly when they see the change.
  INSERT INTO directory_versions (id, version) VALUES (1, nextval('directory_version_seq'))
    ON CONFLICT (id) DO UPDATE SET version = nextval('directory_version_seq');
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Before the statement, so that the version row is locked before any directory row is (one lock
-- order among directory writers, no deadlock; the national merges are serialised anyway).
CREATE TRIGGER professionals_directory_version BEFORE INSERT OR UPDATE OR DELETE ON "professionals"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
--> statement-breakpoint
CREATE TRIGGER professionals_directory_version_truncate BEFORE TRUNCATE ON "professionals"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
--> statement-breakpoint
CREATE TRIGGER professional_activities_directory_version BEFORE INSERT OR UPDATE OR DELETE ON "professional_activities"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
--> statement-breakpoint
CREATE TRIGGER professional_activities_directory_version_truncate BEFORE TRUNCATE ON "professional_activities"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
--> statement-breakpoint
CREATE TRIGGER establishments_directory_version BEFORE INSERT OR UPDATE OR DELETE ON "establishments"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
--> statement-breakpoint
CREATE TRIGGER establishments_directory_version_truncate BEFORE TRUNCATE ON "establishments"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
--> statement-breakpoint
-- import_runs: only what the diagnostic's sources read (the latest applied run of each kind). Per
-- row and only when an applied run appears, changes or goes, so that creating, reading, progress,
-- heartbeats and sweeps of other runs neither bump the version nor wait for an apply holding it.
CREATE TRIGGER import_runs_directory_version_insert AFTER INSERT ON "import_runs"
  FOR EACH ROW WHEN (NEW.status = 'applied') EXECUTE FUNCTION bump_directory_version();
--> statement-breakpoint
CREATE TRIGGER import_runs_directory_version_update AFTER UPDATE ON "import_runs"
  FOR EACH ROW WHEN ((OLD.status = 'applied' OR NEW.status = 'applied')
    AND (OLD.status, OLD.kind, OLD.source_name, OLD.finished_at) IS DISTINCT FROM (NEW.status, NEW.kind, NEW.source_name, NEW.finished_at))
  EXECUTE FUNCTION bump_directory_version();
--> statement-breakpoint
CREATE TRIGGER import_runs_directory_version_delete AFTER DELETE ON "import_runs"
  FOR EACH ROW WHEN (OLD.status = 'applied') EXECUTE FUNCTION bump_directory_version();
--> statement-breakpoint
CREATE TRIGGER import_runs_directory_version_truncate BEFORE TRUNCATE ON "import_runs"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
