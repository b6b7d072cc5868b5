using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Smoke;

public sealed class SmokeTests
{
    [Fact]
    public async Task Carrier_can_book()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.BookAsync(TestData.Booking(1, SeoApiFactory.Today.AddDays(1), "14:00"));
        booking.Str("status").ShouldBe("AwaitingPayment");
        File.Exists(Path.Combine(api.DataDirectory, "seo.db")).ShouldBeTrue();
    }
}
