namespace Seo.Domain.Bookings.Journey;

/// <summary>Why a booking was annulled; every one of these is the user's fault, so nothing is refunded (R28).</summary>
public enum AnnulmentReason
{
    /// <summary>R35: no arrival read by the end of the interval plus the grace.</summary>
    NoShow,

    /// <summary>R28: arrived after the end of the interval plus the grace.</summary>
    LateArrival,

    /// <summary>R28: called, but did not leave the waiting zone by the end of the interval plus the grace.</summary>
    LateDeparture,
}
