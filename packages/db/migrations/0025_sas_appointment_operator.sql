-- Issue #10 item 4: the regulator who made a booking through the SAS (FrAppointmentSAS's
-- FrAppointmentOperator extension), kept as "<system>|<value>" (docs/reference/slots.md §4).
ALTER TABLE "slot_bookings" ADD COLUMN "operator_identifier" text;
--> statement-breakpoint
-- The demo SAS client (demo mode only): removed with the demo accounts outside demo mode.
ALTER TABLE "fhir_clients" ADD COLUMN "is_demo" boolean DEFAULT false NOT NULL;
