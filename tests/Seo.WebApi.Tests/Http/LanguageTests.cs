using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Seo.Application.Common.Localization;
using Seo.Domain.Bookings;
using Seo.Domain.Verification;
using Seo.WebApi.Tests.Crossings;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Http;

/// <summary>Problems and notifications in the caller's language (Accept-Language): English, Russian or Kazakh, codes unchanged.</summary>
public sealed class LanguageTests
{
    private readonly ScriptedRegistries _registries = new();

    private SeoApiFactory Api() => new(services: _registries.Install);

    [Theory]
    [InlineData(null, "en")]
    [InlineData("ru", "ru")]
    [InlineData("ru-RU,ru;q=0.9,en;q=0.8", "ru")]
    [InlineData("kk-KZ", "kk")]
    [InlineData("de-DE, kk;q=0.5", "kk")]
    [InlineData("de", "en")]
    [InlineData("zh-CN", "en")]
    public async Task A_problem_is_worded_in_the_language_asked_for_and_keeps_its_code(string? acceptLanguage, string language)
    {
        await using var api = Api();
        var carrier = await api.CarrierAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/bookings/{Guid.NewGuid()}");
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        var response = await carrier.Client.SendAsync(request);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "booking-not-found");
        response.Content.Headers.ContentLanguage.ShouldBe([language]);
        problem.Str("type").ShouldBe("urn:seo:problem:booking-not-found");
        var culture = CultureInfo.GetCultureInfo(language);
        problem.Str("detail").ShouldBe(MessageCatalogue.Default.Translate(BookingErrors.NotFound.Message, culture));
        problem.Str("title").ShouldBe(MessageCatalogue.Default.Translate("Not Found", culture));
        if (language == "ru")
        {
            problem.Str("detail").ShouldBe("Бронь не найдена.");
            problem.Str("title").ShouldBe("Не найдено");
        }
        else if (language == "en")
        {
            problem.Str("detail").ShouldBe(BookingErrors.NotFound.Message);
        }
    }

    [Fact]
    public async Task A_validation_problem_translates_each_field_message_and_keeps_the_field_names()
    {
        await using var api = Api();
        using var anonymous = api.CreateClient();
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd("kk");
        var registration = TestData.Registration(TestData.Next());
        registration["email"] = "not-an-address";

        var response = await anonymous.PostAsJsonAsync("/api/v1/accounts", registration);

        var problem = await response.ShouldBeValidationProblemAsync("invalid-email", "email");
        response.Content.Headers.ContentLanguage.ShouldBe(["kk"]);
        var message = problem["errors"]!["email"]![0]!.GetValue<string>();
        message.ShouldBe(MessageCatalogue.Default.Translate("The e-mail address is not valid.", CultureInfo.GetCultureInfo("kk")));
        message.ShouldNotContain("e-mail address");
        problem.Str("detail").ShouldBe(message);
    }

    [Fact]
    public async Task The_frameworks_own_problems_have_their_title_translated()
    {
        await using var api = Api();
        using var anonymous = api.CreateClient();
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");

        var response = await anonymous.GetAsync("/api/v1/bookings");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        response.Content.Headers.ContentLanguage.ShouldBe(["ru"]);
        problem.Str("title").ShouldBe(MessageCatalogue.Default.Translate("Unauthorized", CultureInfo.GetCultureInfo("ru")));
        problem.Str("title").ShouldNotBe("Unauthorized");
    }

    [Fact]
    public async Task A_notification_is_read_in_the_language_of_whoever_reads_it()
    {
        await using var api = Api();
        var carrier = await api.CarrierAsync();
        _registries.Fail(RegistryCheck.NoUnpaidFines, "unpaid speeding fine 15 000 KZT", "ADM-123");
        await carrier.BookAsync(TestData.Booking(TestData.Next(), SeoApiFactory.Today.AddDays(1), "14:00"));

        var english = (await carrier.Client.GetJsonAsync("/api/v1/notifications"))["items"]![0]!.Str("text");
        using var russian = new HttpRequestMessage(HttpMethod.Get, "/api/v1/notifications");
        russian.Headers.AcceptLanguage.ParseAdd("ru-RU");
        var answer = await carrier.Client.SendAsync(russian);

        var notification = (await answer.ShouldHaveStatusAsync(HttpStatusCode.OK))["items"]![0]!;
        answer.Content.Headers.ContentLanguage.ShouldBe(["ru"]);
        english.ShouldStartWith("Check 10 (NoUnpaidFines) found: unpaid speeding fine 15 000 KZT");
        var text = notification.Str("text");
        text.ShouldBe(MessageCatalogue.Default.Translate(english, CultureInfo.GetCultureInfo("ru")));
        text.ShouldNotBe(english);
        // The registry's own words and reference are the registry's: never translated.
        text.ShouldContain("unpaid speeding fine 15 000 KZT");
        text.ShouldContain("R19.2");

        using var kazakh = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/notifications/{notification.Str("id")}/read");
        kazakh.Headers.AcceptLanguage.ParseAdd("kk");
        var read = await carrier.Client.SendAsync(kazakh);
        (await read.ShouldHaveStatusAsync(HttpStatusCode.OK)).Str("text").ShouldBe(MessageCatalogue.Default.Translate(english, CultureInfo.GetCultureInfo("kk")));
        read.Content.Headers.ContentLanguage.ShouldBe(["kk"]);
    }
}
