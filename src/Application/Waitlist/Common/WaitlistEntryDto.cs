using Seo.Application.Common.Mapping;
using Seo.Domain.Waitlist;

namespace Seo.Application.Waitlist.Common;

/// <summary>
/// A booking's wait for an earlier interval: its window (checkpoint-local), where it stands, its
/// place in the checkpoint's queue while it waits, and the place held for it while an offer stands.
/// </summary>
public sealed record WaitlistEntryDto(
    Guid BookingId,
    string Checkpoint,
    WaitlistStatus Status,
    DateOnly From,
    DateOnly To,
    string EarliestStart,
    string LatestStart,
    DateTimeOffset JoinedAt,
    int? Position,
    int Offers,
    WaitlistOfferDto? Offer,
    DateTimeOffset? EndedAt);

/// <summary>The place held for the booking (checkpoint-local) and until when; accepting moves the booking there.</summary>
public sealed record WaitlistOfferDto(DateOnly Date, string Start, DateTimeOffset ExpiresAt);

public static class WaitlistEntryMapping
{
    public static WaitlistEntryDto ToDto(this WaitlistEntry entry, int? position)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var offer = entry.Status == WaitlistStatus.Offered && entry.OfferDate is { } date && entry.OfferStart is { } start && entry.OfferExpiresAt is { } expires
            ? new WaitlistOfferDto(date, LocalTimeText.Of(start), expires)
            : null;
        return new WaitlistEntryDto(
            entry.BookingId, entry.Checkpoint, entry.Status, entry.From, entry.To, LocalTimeText.Of(entry.EarliestStart), LocalTimeText.Of(entry.LatestStart),
            entry.JoinedAt, entry.Status == WaitlistStatus.Waiting ? position : null, entry.Offers, offer, entry.EndedAt);
    }
}
