-- Where the ACI applies: the COG's zone of each region (metro, drom, com), loaded from
-- @etalab/decoupage-administratif with the rest of the reference geography (docs/reference/coverage.md §6).
ALTER TABLE "regions" ADD COLUMN "zone" text;
