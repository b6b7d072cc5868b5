using System.Globalization;
using Seo.Domain.Bookings;
using Seo.Domain.Common;

namespace Seo.Domain.Verification;

/// <summary>
/// R16.4 with R20: every driver crosses on the booked date with an identity document still valid
/// that day (valid through its <see cref="IdentityDocument.ExpiresOn"/>). Held here, not left to a
/// registry, so it applies whichever registries answer.
/// </summary>
public sealed class IdentityDocumentValidity(IReadOnlyList<Driver> drivers)
{
    public const string DocumentExpiresCode = "identity-document-expires-before-booked-date";

    /// <summary>The last day every driver's document is valid on; null without drivers.</summary>
    public DateOnly? ValidThrough => drivers.Count == 0 ? null : drivers.Min(d => d.Document.ExpiresOn);

    /// <summary>Refuses a booking on <paramref name="bookedDate"/> naming each driver's document that has expired by then.</summary>
    public Result ValidOn(DateOnly bookedDate)
    {
        var expired = Expired(after: bookedDate);
        if (expired.Count == 0)
        {
            return Result.Success();
        }

        var described = string.Join("; ", expired.Select(e => e.Description));
        return new DomainError(
            DocumentExpiresCode,
            string.Create(CultureInfo.InvariantCulture, $"Not valid on the booked date {bookedDate:yyyy-MM-dd}: ") + described + ".",
            ErrorKind.ChecksRefused,
            "R20")
        {
            Errors = expired.ToDictionary(e => e.Field, e => new[] { e.Description }),
        };
    }

    /// <summary>R16.1 with R20: the first-free search found nothing on or before <see cref="ValidThrough"/>.</summary>
    public DomainError NothingFreeWhileValid()
    {
        var last = ValidThrough ?? throw new InvalidOperationException("No driver is named.");
        var ending = Expired(after: last.AddDays(1)).Where(e => e.ExpiresOn == last).ToList();
        return new DomainError(
            VerificationErrors.NoFreeIntervalWhileValidCode,
            string.Create(CultureInfo.InvariantCulture, $"No interval is free on or before {last:yyyy-MM-dd}, the last day these are valid: ")
                + string.Join("; ", ending.Select(e => e.Description)) + ". Renew them and apply again.",
            ErrorKind.ChecksRefused,
            "R20")
        {
            Errors = ending.ToDictionary(e => e.Field, e => new[] { e.Description }),
        };
    }

    private List<ExpiredDocument> Expired(DateOnly after) =>
        [.. drivers
            .Select((driver, index) => (driver, index))
            .Where(d => d.driver.Document.ExpiresOn < after)
            .Select(d => new ExpiredDocument(
                string.Create(CultureInfo.InvariantCulture, $"drivers[{d.index}].document.expiresOn"),
                d.driver.Document.ExpiresOn,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"driver {d.driver.Name.Surname} {d.driver.Name.GivenName}: {d.driver.Document.Type} {d.driver.Document.IssuingCountry.Value} {d.driver.Document.Number} is valid until {d.driver.Document.ExpiresOn:yyyy-MM-dd}")))];

    private sealed record ExpiredDocument(string Field, DateOnly ExpiresOn, string Description);
}
