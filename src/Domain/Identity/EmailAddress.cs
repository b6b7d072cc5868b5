using System.Net.Mail;
using Seo.Domain.Common;

namespace Seo.Domain.Identity;

/// <summary>An e-mail address, trimmed and lower-cased so that it can serve as a login.</summary>
public sealed record EmailAddress
{
    private EmailAddress(string value) => Value = value;

    public string Value { get; }

    public static Result<EmailAddress> Create(string? value)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        var valid = trimmed.Length is > 3 and <= 254
            && MailAddress.TryCreate(trimmed, out var parsed)
            && parsed.Address == trimmed
            && parsed.Host.Contains('.', StringComparison.Ordinal);
        return valid
            ? new EmailAddress(trimmed.ToLowerInvariant())
            : DomainError.Validation("invalid-email", "The e-mail address is not valid.");
    }

    public override string ToString() => Value;
}
