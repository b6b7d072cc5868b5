namespace Seo.Domain.Payments;

/// <summary>What a fee is charged for (order No. 538 sets each in MRP).</summary>
public enum FeeKind
{
    /// <summary>The fee for passage through the electronic queue, paid once per booking.</summary>
    Booking,

    /// <summary>A reschedule beyond the two free ones (R28).</summary>
    PaidReschedule,

    /// <summary>Paid expedited (priority) passage (R6.4).</summary>
    Expedited,
}
