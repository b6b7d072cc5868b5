using Quartz;

namespace Seo.Infrastructure.Scheduling;

/// <summary>
/// Fixed job and trigger identities: a persistent store recognises them at the next start and
/// replaces what it holds instead of piling up copies.
/// </summary>
internal static class SchedulingJobKeys
{
    private const string Group = "seo";

    public static readonly JobKey ExpireHolds = new("expire-holds", Group);

    public static readonly JobKey AnnulNoShows = new("annul-no-shows", Group);

    public static readonly JobKey RemindBookings = new("remind-bookings", Group);

    public static readonly JobKey CallVehicles = new("call-vehicles", Group);

    /// <summary>The fair release of new days: opens draws and runs the due ones (docs/fair-release.md).</summary>
    public static readonly JobKey DayDraws = new("day-draws", Group);

    /// <summary>R22, R28: displaced bookings not placed by their deadline are refunded.</summary>
    public static readonly JobKey RefundLapsedDisplacements = new("refund-lapsed-displacements", Group);

    /// <summary>Yesterday's and today's open data put into the analysts' index (Kibana).</summary>
    public static readonly JobKey PublishOpenData = new("publish-open-data", Group);

    /// <summary>Ends lapsed waitlist offers and offers the free places to those waiting.</summary>
    public static readonly JobKey WaitlistOffers = new("waitlist-offers", Group);

    public static readonly JobKey DeliverMessages = new("deliver-messages", Group);

    public static readonly JobKey PurgeIdempotencyRecords = new("purge-idempotency-records", Group);

    /// <summary>Deletes delivered outbox messages past their retention.</summary>
    public static readonly JobKey PurgeDeliveredOutbox = new("purge-delivered-outbox", Group);

    public static readonly JobKey PersonalDataRetention = new("personal-data-retention", Group);

    public static readonly JobKey ReencryptPersonalData = new("reencrypt-personal-data", Group);

    public static readonly JobKey VideoRetention = new("video-retention", Group);

    public static readonly JobKey DetectSilentDevices = new("detect-silent-devices", Group);
    public static readonly JobKey SweepBarrierCommands = new("sweep-barrier-commands", Group);

    /// <summary>R23: pending payments asked of the gateway, refunds due made.</summary>
    public static readonly JobKey ReconcilePayments = new("reconcile-payments", Group);

    /// <summary>R24: the day's remittance batch and its payment order.</summary>
    public static readonly JobKey RemitReceivedMoney = new("remit-received-money", Group);

    /// <summary>Each job has one trigger, named after it.</summary>
    public static TriggerKey TriggerOf(JobKey job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new TriggerKey(job.Name, job.Group);
    }
}
