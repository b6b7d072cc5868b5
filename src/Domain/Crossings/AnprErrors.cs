using Seo.Domain.Common;

namespace Seo.Domain.Crossings;

public static class AnprErrors
{
    public const string ReplayedCode = "anpr-event-replayed";

    /// <summary>The event id was stored before; <paramref name="identical"/> says whether this copy says the same.</summary>
    public static DomainError Replayed(bool identical) => new(
        ReplayedCode,
        identical
            ? "This camera event was recorded before with the same content; nothing changed."
            : "This camera event id was recorded before with different content; nothing changed. A new read needs a new event id.",
        ErrorKind.Conflict,
        "R10")
    {
        Details = new Dictionary<string, object?> { ["identical"] = identical },
    };

    /// <summary>A concurrent copy of the event committed first (the store's unique key caught it).</summary>
    public static readonly DomainError ReplayedConcurrently = new(
        ReplayedCode, "This camera event was recorded by a concurrent request; nothing changed.", ErrorKind.Conflict, "R10");
}
