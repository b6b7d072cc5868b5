namespace Seo.Infrastructure.Persistence.Idempotency;

/// <summary>
/// The first answer to a request that carried an <c>Idempotency-Key</c>, stored in the same
/// transaction as the request's effects: a retry replays it, another body with the same key is
/// refused.
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary>Whose key it is (the account, or "anonymous"), so that two clients never share one.</summary>
    public required string Scope { get; init; }

    public required string Key { get; init; }

    /// <summary>SHA-256 of method, path and body.</summary>
    public required string RequestHash { get; init; }

    public required int StatusCode { get; init; }

    public string? ContentType { get; init; }

    public string? Location { get; init; }

    public required byte[] Body { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
