using Seo.Domain.Bookings;
using Seo.Domain.Common;
using Seo.Domain.Verification;

namespace Seo.Domain.Tests;

public sealed class IdentityDocumentValidityTests
{
    private static Driver ValidUntil(DateOnly expiresOn, string surname = "Ахметов")
    {
        var driver = TestData.TrustedDriver(surname);
        return driver with { Document = driver.Document with { ExpiresOn = expiresOn } };
    }

    [Fact]
    public void R20_a_document_valid_through_the_booked_date_passes()
    {
        new IdentityDocumentValidity([ValidUntil(new DateOnly(2026, 12, 1))]).ValidOn(new DateOnly(2026, 12, 1)).ShouldSucceed();
    }

    [Fact]
    public void R20_a_document_expiring_before_the_booked_date_refuses_naming_the_driver_the_document_and_both_dates()
    {
        var validity = new IdentityDocumentValidity([ValidUntil(new DateOnly(2030, 1, 1)), ValidUntil(new DateOnly(2026, 11, 30), "Бекова")]);

        var error = validity.ValidOn(new DateOnly(2026, 12, 1)).ShouldFailWith(IdentityDocumentValidity.DocumentExpiresCode);

        error.Kind.ShouldBe(ErrorKind.ChecksRefused);
        error.Rule.ShouldBe("R20");
        error.Message.ShouldBe("Not valid on the booked date 2026-12-01: driver Бекова Серик: IdentityCard KZ 045123456 is valid until 2026-11-30.");
        error.Errors.ShouldNotBeNull().Keys.ShouldBe(["drivers[1].document.expiresOn"]);
    }

    [Fact]
    public void R16_1_R20_valid_through_is_the_earliest_expiry_and_names_the_documents_that_end_the_search()
    {
        var validity = new IdentityDocumentValidity([ValidUntil(new DateOnly(2026, 12, 9)), ValidUntil(new DateOnly(2026, 12, 5), "Бекова")]);

        validity.ValidThrough.ShouldBe(new DateOnly(2026, 12, 5));
        var error = validity.NothingFreeWhileValid();
        error.Code.ShouldBe(VerificationErrors.NoFreeIntervalWhileValidCode);
        error.Errors.ShouldNotBeNull().Keys.ShouldBe(["drivers[1].document.expiresOn"]);
    }
}
