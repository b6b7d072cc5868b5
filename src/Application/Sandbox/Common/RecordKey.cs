using Seo.Domain.Bookings;
using Seo.Domain.Common;
using Seo.Domain.Identity;
using Seo.Domain.Vehicles;

namespace Seo.Application.Sandbox.Common;

/// <summary>
/// A record's key in the form the checks look it up in: the same normal form the booking's value
/// objects give (a VIN upper case, a phone without spaces, a document number upper case), so a
/// record typed with spaces still matches the booking.
/// </summary>
public static class RecordKey
{
    public static Result<string> Normalise(RecordKeyKind kind, string? raw) => kind switch
    {
        // An IIN or a BIN: the check digit, and a structure one of the two can have.
        RecordKeyKind.TaxId => KazakhIdentifier.IinProblem(raw?.Trim()) is { } problem && KazakhIdentifier.BinProblem(raw?.Trim()) is not null
            ? DomainError.Validation("invalid-tax-id", $"The IIN/BIN {problem}.")
            : raw!.Trim(),
        RecordKeyKind.Vin => Vin.Create(raw).Map(v => v.Value),
        RecordKeyKind.Phone => PhoneNumber.Create(raw).Map(p => p.Value),
        RecordKeyKind.DocumentNumber => IdentityDocument.Create(IdentityDocumentType.Passport, CountryCode.Create("KZ").Value, raw, DateOnly.MaxValue)
            .Map(d => d.Number),
        _ => IsDocumentReference(raw)
            ? raw!.Trim().ToUpperInvariant()
            : DomainError.Validation("invalid-reference", $"A declaration or certificate number is 1 to {Cargo.MaxReferenceLength} letters, digits, '/', '-' or '.'."),
    };

    private static bool IsDocumentReference(string? raw) =>
        raw?.Trim() is { Length: > 0 and <= Cargo.MaxReferenceLength } text && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '.');
}
