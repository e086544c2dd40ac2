-- What Maillon computes for an indicator line of source « Maillon » (members, professionals,
-- assemblies held; issue #8 point 5). NULL: the value is typed in or imported.
ALTER TABLE "aci_indicators" ADD COLUMN "metric" text;
