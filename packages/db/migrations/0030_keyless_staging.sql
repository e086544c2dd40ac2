-- Issue #11: a national RPPS file is staged through one COPY stream per staging table instead of
-- one COPY per batch. Staging tables lose their primary key: maintaining it cost about as much as
-- the COPY itself, and a key listed twice in a file (the later line wins) made a batch's COPY fail
-- and go through a temporary table. "seq" is the order in which the reader staged the rows (the
-- file's order): when the importer saw a key twice, the rows of that key but the highest seq are
-- deleted when staging ends, before the preview (import-staging.repository.ts). Rows staged before
-- this migration were unique per key already: seq 0 for them.
ALTER TABLE "import_staged_professionals" DROP CONSTRAINT "import_staged_professionals_pk";--> statement-breakpoint
ALTER TABLE "import_staged_professionals" ADD COLUMN "seq" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "import_staged_activities" DROP CONSTRAINT "import_staged_activities_pk";--> statement-breakpoint
ALTER TABLE "import_staged_activities" ADD COLUMN "seq" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "import_staged_skills" DROP CONSTRAINT "import_staged_skills_pk";--> statement-breakpoint
ALTER TABLE "import_staged_skills" ADD COLUMN "seq" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "import_staged_establishments" DROP CONSTRAINT "import_staged_establishments_pk";--> statement-breakpoint
ALTER TABLE "import_staged_establishments" ADD COLUMN "seq" bigint DEFAULT 0 NOT NULL;
