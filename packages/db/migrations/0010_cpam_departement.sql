-- A CPAM serves one département (issue #8 item 3): its grant names it. Grants recorded before
-- the split have none and grant nothing until re-created with `user add --role cpam --departement`.
ALTER TABLE "user_grants" ADD COLUMN "departement_code" text;
