-- Issue #11 item 3: the coverage answers are kept serialised too (composition/cpts-page-cache.ts,
-- coverageKey). They show the region's « 100 % CPTS » plans beside the white zones, so a write to
-- the plans bumps the same page version as the CPTS pages' records (0029), in the same
-- transaction, whichever code path writes.
CREATE TRIGGER white_zone_plans_page_version BEFORE INSERT OR UPDATE OR DELETE ON "white_zone_plans"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_cpts_page_version();
--> statement-breakpoint
CREATE TRIGGER white_zone_plans_page_version_truncate BEFORE TRUNCATE ON "white_zone_plans"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_cpts_page_version();
