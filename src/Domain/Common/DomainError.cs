namespace Seo.Domain.Common;

/// <summary>What kind of failure an error is; the API maps each kind to one HTTP status.</summary>
public enum ErrorKind
{
    /// <summary>The input is malformed or fails a format rule (400).</summary>
    Validation,

    /// <summary>The thing does not exist, or is not the caller's (404).</summary>
    NotFound,

    /// <summary>A rule of the Rules or a concurrent change stops the request (409).</summary>
    Conflict,

    /// <summary>The caller may not do this (403).</summary>
    Forbidden,

    /// <summary>The caller is not who they say (401).</summary>
    Unauthenticated,

    /// <summary>The automated checks of R17–R20 refused the request (422).</summary>
    ChecksRefused,

    /// <summary>A system the request depends on did not answer; the same request may succeed later (503).</summary>
    Unavailable,

    /// <summary>Well-formed, but the server cannot act on it as sent, e.g. a device's clock too far off the server's (422).</summary>
    Unprocessable,

    /// <summary>The caller has tried too often and must wait (429, with the wait in <see cref="DomainError.RetryAfterDetail"/>).</summary>
    TooManyRequests,
}

/// <summary>
/// An expected failure: a stable kebab-case <see cref="Code"/> that clients can switch on and,
/// where a paragraph of the Rules is the reason, that paragraph (<see cref="Rule"/>, e.g. "R21").
/// </summary>
public sealed record DomainError(string Code, string Message, ErrorKind Kind = ErrorKind.Conflict, string? Rule = null)
{
    /// <summary>Field-level problems of a validation error, keyed by the field's path.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }

    /// <summary>Further facts a client may act on (problem-details extension members), e.g. whether a replay was identical.</summary>
    public IReadOnlyDictionary<string, object?>? Details { get; init; }

    public static DomainError Validation(string code, string message, IReadOnlyDictionary<string, string[]>? errors = null) =>
        new(code, message, ErrorKind.Validation) { Errors = errors };

    public static DomainError NotFound(string code, string message) => new(code, message, ErrorKind.NotFound);

    /// <summary>The <see cref="Details"/> member that says, in whole seconds, when the same request may succeed.</summary>
    public const string RetryAfterDetail = "retryAfter";

    /// <summary>This error, saying that the caller may try again after <paramref name="wait"/> (rounded up to whole seconds, at least one).</summary>
    public DomainError RetryAfter(TimeSpan wait) => this with
    {
        Details = new Dictionary<string, object?>(Details ?? new Dictionary<string, object?>())
        {
            [RetryAfterDetail] = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)),
        },
    };

    public override string ToString() => Rule is null ? $"{Code}: {Message}" : $"{Code} ({Rule}): {Message}";
}
