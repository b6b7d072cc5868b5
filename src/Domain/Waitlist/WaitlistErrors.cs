using Seo.Domain.Common;

namespace Seo.Domain.Waitlist;

/// <summary>The waitlist's refusals, each with a stable code.</summary>
public static class WaitlistErrors
{
    public static readonly DomainError NotWaitable = new(
        "booking-not-waitable",
        "Only a paid booking whose vehicle has not been called and whose interval is still ahead can wait for an earlier interval.",
        ErrorKind.Conflict,
        "R28");

    public static readonly DomainError NothingEarlier = DomainError.Validation(
        "waitlist-window-not-earlier",
        "The window must begin on or before the booked date: only intervals earlier than the booked one are offered.",
        new Dictionary<string, string[]> { ["from"] = ["On or before the booked date."] });

    public static readonly DomainError OfferPending = new(
        "waitlist-offer-pending",
        "A freed place is held for this booking: accept it or leave the waitlist before changing the window.",
        ErrorKind.Conflict);

    public static readonly DomainError NoOffer = new(
        "no-waitlist-offer", "No place is held for this booking now; it is still waiting, or its offer has lapsed.", ErrorKind.Conflict);

    public static readonly DomainError NotWaiting = DomainError.NotFound("not-on-waitlist", "This booking is not waiting for an earlier interval.");
}
