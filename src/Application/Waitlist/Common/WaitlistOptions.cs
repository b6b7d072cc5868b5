namespace Seo.Application.Waitlist.Common;

/// <summary>The waitlist's timings (<c>Seo:Waitlist</c>).</summary>
public sealed class WaitlistOptions
{
    public const string Section = "Seo:Waitlist";

    /// <summary>How long a freed place is held for the carrier it is offered to before it goes to the next.</summary>
    public TimeSpan OfferWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How many waiting bookings, and how many standing offers, one sweep considers, in queue order.</summary>
    public int BatchSize { get; set; } = 500;
}
