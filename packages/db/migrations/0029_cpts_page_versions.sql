-- Issue #11 item 3: each API process keeps the CPTS pages it has built, serialised, and serves a
-- page again only while nothing it was made of has changed. Its territory, its neighbours' and
-- the reference data have their own versions (0026, reference_meta, aci_reference_changes); this
-- one row covers the rest of the page: identity, lifecycle, mission milestones, territory
-- proposals and their decisions, ACI contracts and the names of the authors shown. Triggers bump
-- it in the same transaction as any such write, whichever code path writes (repositories, demo
-- seed, plain SQL), so a change committed by one process is seen by every other on its next
-- request. One version for every CPTS: a write to one CPTS makes every process rebuild the pages
-- it is asked for next (a few milliseconds each), which keeps the rule simple and exact; writes
-- are human actions, reads are thousands per second.
-- The value comes from a sequence: never reused, even if the row is deleted and re-created.
CREATE SEQUENCE "cpts_page_version_seq";
--> statement-breakpoint
CREATE TABLE "cpts_page_versions" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL CHECK ("id" = 1),
	"version" bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO "cpts_page_versions" ("id", "version") VALUES (1, nextval('cpts_page_version_seq'));
--> statement-breakpoint
CREATE FUNCTION bump_cpts_page_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The row lock taken here is held until commit: readers see the new version exactly when they see the change.
  INSERT INTO cpts_page_versions (id, version) VALUES (1, nextval('cpts_page_version_seq'))
    ON CONFLICT (id) DO UPDATE SET version = nextval('cpts_page_version_seq');
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Before each statement, as in 0026: the version row is locked before any row of the page's tables.
CREATE TRIGGER cpts_page_version BEFORE INSERT OR UPDATE OR DELETE ON "cpts"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_cpts_page_version();
--> statement-breakpoint
CREATE TRIGGER cpts_page_version_truncate BEFORE TRUNCATE ON "cpts"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_cpts_page_version();
--> statement-breakpoint
CREATE TRIGGER cpts_units_page_version BEFORE INSERT OR UPDATE OR DELETE ON "cpts_units"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_cpts_page_version();
--> statement-breakpoint
CREATE TRIGGER cpts_units_page_version_truncate BEFORE TRUNCATE ON "cpts_units"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_cpts_page_version();
--> statement-breakpoint
CREATE TRIGGER cpts_transitions_page_version BEFORE INSERT OR UPDATE OR DELETE ON "cpts_transitions"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_cpts_page_version();
--> statement-breakpoint
CREATE TRIGGER cpts_transitions_page_version_truncate BEFORE TRUNCATE ON "cpts_transitions"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_cpts_page_version();
--> statement-breakpoint
CREATE TRIGGER cpts_mission_milestones_page_version BEFORE INSERT OR UPDATE OR DELETE ON "cpts_mission_milestones"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_cpts_page_version();
--> statement-breakpoint
CREATE TRIGGER cpts_mission_milestones_page_version_truncate BEFORE TRUNCATE ON "cpts_mission_milestones"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_cpts_page_version();
--> statement-breakpoint
CREATE TRIGGER territory_proposals_page_version BEFORE INSERT OR UPDATE OR DELETE ON "territory_proposals"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_cpts_page_version();
--> statement-breakpoint
CREATE TRIGGER territory_proposals_page_version_truncate BEFORE TRUNCATE ON "territory_proposals"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_cpts_page_version();
--> statement-breakpoint
CREATE TRIGGER territory_proposal_approvals_page_version BEFORE INSERT OR UPDATE OR DELETE ON "territory_proposal_approvals"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_cpts_page_version();
--> statement-breakpoint
CREATE TRIGGER territory_proposal_approvals_page_version_truncate BEFORE TRUNCATE ON "territory_proposal_approvals"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_cpts_page_version();
--> statement-breakpoint
CREATE TRIGGER aci_contracts_page_version BEFORE INSERT OR UPDATE OR DELETE ON "aci_contracts"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_cpts_page_version();
--> statement-breakpoint
CREATE TRIGGER aci_contracts_page_version_truncate BEFORE TRUNCATE ON "aci_contracts"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_cpts_page_version();
--> statement-breakpoint
CREATE TRIGGER aci_contract_missions_page_version BEFORE INSERT OR UPDATE OR DELETE ON "aci_contract_missions"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_cpts_page_version();
--> statement-breakpoint
CREATE TRIGGER aci_contract_missions_page_version_truncate BEFORE TRUNCATE ON "aci_contract_missions"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_cpts_page_version();
--> statement-breakpoint
CREATE TRIGGER aci_size_amendments_page_version BEFORE INSERT OR UPDATE OR DELETE ON "aci_size_amendments"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_cpts_page_version();
--> statement-breakpoint
CREATE TRIGGER aci_size_amendments_page_version_truncate BEFORE TRUNCATE ON "aci_size_amendments"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_cpts_page_version();
--> statement-breakpoint
-- Authors' names are shown in the history and on proposals: a rename, a new or a removed account changes them.
CREATE TRIGGER users_page_version BEFORE INSERT OR DELETE OR UPDATE OF "display_name" ON "users"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_cpts_page_version();
--> statement-breakpoint
CREATE TRIGGER users_page_version_truncate BEFORE TRUNCATE ON "users"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_cpts_page_version();
