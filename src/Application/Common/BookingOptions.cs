namespace Seo.Application.Common;

/// <summary>Settings of the booking flow (section <c>Seo:Bookings</c>).</summary>
public sealed class BookingOptions
{
    public const string Section = "Seo:Bookings";

    /// <summary>How long an unpaid booking (or paid reschedule) holds its capacity.</summary>
    public TimeSpan PaymentHold { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The version of the user agreement new accounts sign.</summary>
    public string AgreementVersion { get; set; } = "2023-07-01";

    /// <summary>
    /// After how many intervals in a row that others took at the same moment the first-free search
    /// stops trusting the availability read model and asks the ledger which intervals are full.
    /// </summary>
    public int FirstFreeAttempts { get; set; } = 20;

    /// <summary>
    /// How many new bookings of one checkpoint an instance writes at once; the others wait their
    /// turn in arrival order before their transaction begins (<c>0</c>: no limit).
    /// </summary>
    public int ConcurrentTransactionsPerCheckpoint { get; set; } = 4;

    /// <summary>
    /// R22, R28: how long the owner of a booking a capacity cut moved may pick another interval,
    /// free and uncounted; never past the start of the interval it was moved to.
    /// </summary>
    public TimeSpan CapacityCutResponse { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// R22, R28: how long the owner of a booking a closure displaced has to place it on another
    /// date or ask for the fee back, before the fee is refunded without asking.
    /// </summary>
    public TimeSpan DisplacementResponse { get; set; } = TimeSpan.FromDays(7);
}
