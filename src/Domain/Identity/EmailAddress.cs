using System.Net.Mail;
using Seo.Domain.Common;

namespace Seo.Domain.Identity;

/// <summary>An e-mail address, trimmed and lower-cased so that it can serve as a login.</summary>
public sealed record EmailAddress
{
    private EmailAddress(string value) => Value = value;

    /// <summary>The longest address SMTP carries (RFC 5321's path limit less its angle brackets).</summary>
    public const int MaxLength = 254;

    public string Value { get; }

    public static Result<EmailAddress> Create(string? value)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        var valid = trimmed.Length is > 3 and <= MaxLength
            && MailAddress.TryCreate(trimmed, out var parsed)
            && parsed.Address == trimmed
            && parsed.Host.Contains('.', StringComparison.Ordinal);
        return valid
            ? new EmailAddress(trimmed.ToLowerInvariant())
            : DomainError.Validation("invalid-email", "The e-mail address is not valid.");
    }

    public override string ToString() => Value;
}
