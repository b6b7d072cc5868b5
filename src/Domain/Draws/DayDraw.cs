using Seo.Domain.Common;

namespace Seo.Domain.Draws;

/// <summary>
/// The fair release of one checkpoint-day (R22): while the day's opening window is open, booking
/// requests for it become entries; when it closes, one seeded draw allocates its places. The seed
/// is committed to (<see cref="Commitment"/>) when the window opens and revealed by the draw.
/// </summary>
public sealed class DayDraw : AggregateRoot<Guid>
{
    private DayDraw()
    {
    }

    public string Checkpoint { get; private set; } = string.Empty;

    /// <summary>The checkpoint-local date released.</summary>
    public DateOnly Date { get; private set; }

    /// <summary>When the day entered the 90-day horizon: checkpoint-local midnight, 90 days before it.</summary>
    public DateTimeOffset OpensAt { get; private set; }

    /// <summary>When the window closes and the draw is due.</summary>
    public DateTimeOffset ClosesAt { get; private set; }

    /// <summary>The seed, lower-case hex; secret until <see cref="DrawnAt"/>.</summary>
    public string Seed { get; private set; } = string.Empty;

    /// <summary>SHA-256 of the seed, lower-case hex: published from the start.</summary>
    public string Commitment { get; private set; } = string.Empty;

    public DateTimeOffset CommittedAt { get; private set; }

    public DateTimeOffset? DrawnAt { get; private set; }

    public bool IsDrawn => DrawnAt is not null;

    /// <summary>The seed as the public may see it: only after the draw.</summary>
    public string? RevealedSeed => IsDrawn ? Seed : null;

    public static DayDraw Open(string checkpoint, DateOnly date, DateTimeOffset opensAt, DateTimeOffset closesAt, byte[] seed, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(checkpoint);
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentOutOfRangeException.ThrowIfNotEqual(seed.Length, FairDraw.SeedBytes);
        var hex = Convert.ToHexStringLower(seed);
        return new DayDraw
        {
            Id = Guid.CreateVersion7(),
            Checkpoint = checkpoint,
            Date = date,
            OpensAt = opensAt,
            ClosesAt = closesAt,
            Seed = hex,
            Commitment = FairDraw.Commitment(hex),
            CommittedAt = now,
        };
    }

    /// <summary>Marks the draw done and so reveals the seed; a second call changes nothing.</summary>
    public Result Complete(DateTimeOffset now)
    {
        if (now < ClosesAt)
        {
            return DrawErrors.WindowStillOpen;
        }

        if (DrawnAt is null)
        {
            DrawnAt = now;
            Raise(new DayDrawn(Id, Checkpoint, Date, now));
        }

        return Result.Success();
    }
}

public sealed record DayDrawn(Guid DrawId, string Checkpoint, DateOnly Date, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
