namespace Seo.Domain.Waitlist;

/// <summary>Where a booking's wait for an earlier interval stands.</summary>
public enum WaitlistStatus
{
    /// <summary>In the queue, in the order it joined.</summary>
    Waiting,

    /// <summary>A freed place is held for the booking until the offer's deadline.</summary>
    Offered,

    /// <summary>The booking moved to the offered place.</summary>
    Accepted,

    /// <summary>The owner left the waitlist, or declined the offer; a held place went to the next one.</summary>
    Left,

    /// <summary>The offer was not answered in time; its place went to the next one.</summary>
    Lapsed,

    /// <summary>The booking can no longer move (cancelled, called, its interval begun); nothing is offered to it any more.</summary>
    Closed,
}
