using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Seo.Infrastructure.Persistence.Providers;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Accounts;

/// <summary>Registrations of one fresh e-mail racing each other: one account, and answers that reveal nothing.</summary>
public abstract class RegistrationRaceTests
{
    protected abstract StoreProvider Store { get; }

    [Fact]
    public async Task Simultaneous_registrations_of_one_fresh_email_all_answer_202_alike_and_make_exactly_one_account()
    {
        await using var api = new SeoApiFactory(store: Store);
        var n = TestData.Next();
        var client = api.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var response = await client.PostAsJsonAsync("/api/v1/accounts", TestData.Registration(n));
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Accepted, string.Join("\n", answers.Select(a => $"{(int)a.StatusCode} {a.Body}")));
        answers.Select(a => a.Body).Distinct().ShouldHaveSingleItem();
        (await api.ReadStoreAsync(db => db.Accounts.CountAsync(a => a.Role == Domain.Accounts.Role.User))).ShouldBe(1);
        await api.SignInAsync(TestData.Email(n), TestData.Password);
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqliteRegistrationRaceTests : RegistrationRaceTests
{
    protected override StoreProvider Store => StoreProvider.Sqlite;
}

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlRegistrationRaceTests : RegistrationRaceTests
{
    protected override StoreProvider Store => StoreProvider.PostgreSql;
}
