-- A booking history of :rows closed bookings in the past year, for scripts/history-run.sh: the
-- columns of one booking the API wrote (the template: the same encrypted drivers, fee, tariff),
-- with its own id, number, day, checkpoint, owner and vehicle, Completed (nine in ten) or
-- Cancelled, Expired, Annulled, so no longer active (no ActiveVin/ActivePlate). Owners: 100,000
-- carriers, and every hundredth booking the load driver's own owner, so that reads by owner meet
-- a long history too. Vehicles: 2,000,000 trucks. Checkpoints: the 41, evenly.
INSERT INTO "Bookings"
SELECT
    gen_random_uuid(),                                                   -- Id
    'H' || g,                                                            -- Number
    1 + g % 900,                                                         -- SequenceNumber
    CASE WHEN g % 100 = 0 THEN t."OwnerAccountId" ELSE md5('owner' || (g % 100000))::uuid END,
    t."OwnerKind", t."OwnerResidency", t."OwnerName", t."OwnerTaxId",
    c.codes[1 + g % array_length(c.codes, 1)],                          -- Checkpoint
    d.day,                                                               -- IntervalDate
    t."IntervalStart", t."IntervalMinutes",
    d.day + t."IntervalStart" - interval '5 hours',                      -- IntervalStartsAt (UTC+5)
    d.day + t."IntervalStart" - interval '5 hours' + make_interval(mins => t."IntervalMinutes"),
    t."VehicleKind", t."VehicleCountry",
    'H' || lpad((g % 2000000)::text, 7, '0'),                            -- VehiclePlate
    NULL,                                                                -- TrailerPlate
    'HTA' || lpad((g % 2000000)::text, 14, '0'),                         -- VehicleVin
    t."Drivers", t."Priority",
    (ARRAY['Completed','Completed','Completed','Completed','Completed','Completed','Completed','Completed','Completed','Cancelled','Expired','Annulled'])[1 + g % 12],
    d.day - 10,                                                          -- IssuedAt
    NULL,                                                                -- HoldExpiresAt
    t."Fee", t."Fee", t."PaymentReference", 0, NULL,
    d.day + interval '1 day',                                            -- ClosedAt
    NULL, NULL,                                                          -- ActivePlate, ActiveVin: closed
    1, t."CargoControlled", NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    t."OwnerTaxIdLookup", NULL, t."TariffVersion"
FROM generate_series(1, :rows) AS g
CROSS JOIN (SELECT * FROM "Bookings" ORDER BY "IssuedAt" LIMIT 1) AS t
CROSS JOIN (SELECT array_agg("Code" ORDER BY "Code") AS codes FROM "Checkpoints") AS c
CROSS JOIN LATERAL (SELECT date '2025-11-01' + (g % 365) AS day) AS d;
ANALYZE "Bookings";
