namespace Seo.Application.Common.Ports;

/// <summary>
/// Keeps the first answer to each <c>Idempotency-Key</c>, written inside the transaction of the
/// request it answers, so a retry can be given the same answer and change nothing.
/// </summary>
public interface IIdempotencyStore
{
    Task<IdempotentResponse?> FindAsync(string scope, string key, CancellationToken cancellationToken);

    /// <exception cref="PersistenceConflictException">Another request stored this key first.</exception>
    Task SaveAsync(IdempotentResponse response, CancellationToken cancellationToken);

    /// <summary>Forgets answers stored before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}

/// <summary>A stored answer: who asked (scope), with which key and request, and what they were told.</summary>
public sealed record IdempotentResponse(
    string Scope,
    string Key,
    string RequestHash,
    int StatusCode,
    string? ContentType,
    string? Location,
    byte[] Body,
    DateTimeOffset CreatedAt);
