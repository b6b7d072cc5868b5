using Seo.Domain.Common;
using Seo.Domain.Identity;

namespace Seo.Domain.Bookings;

/// <summary>A trusted driver named on a booking (R16.2, R16.4).</summary>
public sealed record Driver(
    Residency Residency,
    PersonName Name,
    DateOnly DateOfBirth,
    PhoneNumber Phone,
    EmailAddress Email,
    IdentityDocument Document);

/// <summary>The identity document a driver crosses with (R16.4).</summary>
public sealed record IdentityDocument(IdentityDocumentType Type, CountryCode IssuingCountry, string Number, DateOnly ExpiresOn)
{
    public const int MaxNumberLength = 30;

    public static Result<IdentityDocument> Create(IdentityDocumentType type, CountryCode issuingCountry, string? number, DateOnly expiresOn)
    {
        var trimmed = number?.Trim().ToUpperInvariant() ?? string.Empty;
        return trimmed.Length is > 0 and <= MaxNumberLength && trimmed.All(char.IsAsciiLetterOrDigit)
            ? new IdentityDocument(type, issuingCountry, trimmed, expiresOn)
            : DomainError.Validation("invalid-document-number", "A document number is 1 to 30 Latin letters and digits.");
    }
}

public enum IdentityDocumentType
{
    Passport,
    IdentityCard,
    ResidencePermit,
}
