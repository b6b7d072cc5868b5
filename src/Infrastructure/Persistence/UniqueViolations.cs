using Microsoft.Data.Sqlite;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Common;
using Seo.Infrastructure.Persistence.Configurations;

namespace Seo.Infrastructure.Persistence;

/// <summary>
/// Recognises a unique-index violation on each provider and names the rule it enforces.
/// SQLite reports the columns, SQL Server and PostgreSQL the index name; both are matched.
/// </summary>
internal static class UniqueViolations
{
    public static readonly DomainError IdempotencyKeyInUse = new(
        "idempotency-key-in-use", "Another request with this Idempotency-Key is being processed; retry later.", ErrorKind.Conflict);

    private static readonly (string[] Markers, DomainError Error)[] Known =
    [
        ([BookingConfiguration.ActiveVinIndex, BookingConfiguration.ActivePlateIndex, "Bookings.ActiveVin", "Bookings.ActivePlate"], BookingErrors.VehicleHasActiveBooking),
        ([AccountConfiguration.EmailIndex, "Accounts.Email"], AccountErrors.EmailTaken),
        // R15: two accounts proved the same IIN/BIN at once; the first to commit keeps it.
        ([AccountConfiguration.ProvenTaxIdIndex, "Accounts.ProvenTaxIdLookup"], IdentityErrors.TaxIdProvenByAnother),
        // A concurrent copy of a camera event committed first (the camera's id is the key).
        ([AnprEventConfiguration.PrimaryKey, "AnprEvents.Id"], Domain.Crossings.AnprErrors.ReplayedConcurrently),
        // A concurrent copy of a camera's video segment committed first (the camera's segment id is the key).
        ([VideoSegmentConfiguration.PrimaryKey, "VideoSegments.Id"], Domain.Video.VideoErrors.RegisteredConcurrently),
        // Two first heartbeats of one device raced to create its health record; the device sends the next one anyway.
        ([DeviceHealthConfiguration.PrimaryKey, "DeviceHealth.Id"], ConcurrencyErrors.ConcurrentChange),
        // Two uploads of one priority list raced for the same version number (or its first head).
        ([PriorityListVersionConfiguration.PrimaryKey, "PriorityListVersions.Kind", PriorityListConfiguration.PrimaryKey, "PriorityLists.Kind"],
            Domain.PriorityLists.PriorityListErrors.ConcurrentUpload),
        // A redelivered journey event, or a second instance, found its notification or message already made.
        ([OutboundMessageConfiguration.OnceIndex, "OutboundMessages.Subject", NotificationConfiguration.OnceIndex, "Notifications.OnceKey"],
            Domain.Messaging.MessagingErrors.AlreadyCreated),
        // Two entries of one vehicle raced into a day's draw (R22 fair release).
        ([DrawEntryConfiguration.VinIndex, DrawEntryConfiguration.PlateIndex, "DrawEntries.Checkpoint, DrawEntries.Date, DrawEntries.Vin", "DrawEntries.Checkpoint, DrawEntries.Date, DrawEntries.PlateKey"],
            Domain.Draws.DrawErrors.EntryExists),
        // Two registrars entered a tariff entry at once and took one number; the other enters again.
        ([TariffRevisionConfiguration.NumberIndex, "TariffRevisions.Number"], ConcurrencyErrors.ConcurrentChange),
        // Two registrars saved the same next version of a checkpoint's capacity plan (R22); the other reads it again.
        ([CheckpointConfiguration.CapacityVersionKey, "CapacityPlanVersions.Checkpoint"], ConcurrencyErrors.ConcurrentChange),
        // Two sweeps opened one day's draw at once; the next sweep finds it open.
        ([DayDrawConfiguration.DayIndex, "DayDraws.Checkpoint"], ConcurrencyErrors.ConcurrentChange),
        // Two requests opened an intent for one amount due at once, or a callback raced its repeat: the retry finds the first.
        ([PaymentIntentConfiguration.KeyIndex, "PaymentIntents.Key", ReceivedGatewayEventConfiguration.PrimaryKey, "ReceivedGatewayEvents.EventId"],
            ConcurrencyErrors.ConcurrentChange),
        // Two instances formed one day's remittance at once; the day has one batch.
        ([RemittanceConfiguration.NumberIndex, "Remittances.Number"], ConcurrencyErrors.ConcurrentChange),
        ([IdempotencyRecordConfiguration.KeyIndex, "IdempotencyRecords."], IdempotencyKeyInUse),
    ];

    public static DomainError? Translate(DbUpdateException exception)
    {
        var detail = exception.InnerException switch
        {
            SqliteException { SqliteErrorCode: 19 } e => e.Message,
            SqlException { Number: 2601 or 2627 } e => e.Message,
            PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } e => $"{e.ConstraintName} {e.Message}",
            _ => null,
        };
        if (detail is null)
        {
            return null;
        }

        return Known.FirstOrDefault(k => k.Markers.Any(m => detail.Contains(m, StringComparison.Ordinal))).Error;
    }
}
