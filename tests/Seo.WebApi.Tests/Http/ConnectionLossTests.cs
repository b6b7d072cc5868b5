using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Seo.Infrastructure.Persistence.Providers;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Http;

/// <summary>
/// A server connection cut just before a booking commits: the API runs the request again, in a
/// new transaction, and answers 201 once — with or without an Idempotency-Key — never 500 and
/// never two bookings.
/// </summary>
public abstract class ConnectionLossTests
{
    protected abstract StoreProvider Store { get; }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_booking_whose_connection_is_cut_before_the_commit_is_booked_once(bool withIdempotencyKey)
    {
        var cut = new CutNextCommit();
        await using var api = new SeoApiFactory(store: Store, services: services => services.AddSingleton<IInterceptor>(cut));
        cut.Api = api;
        var carrier = await api.CarrierAsync();
        var before = await api.SnapshotAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/bookings")
        {
            Content = JsonContent.Create(TestData.Booking(TestData.Next(), SeoApiFactory.Today.AddDays(2), "09:00")),
        };
        if (withIdempotencyKey)
        {
            request.Headers.Add("Idempotency-Key", "cut-1");
        }

        cut.Armed = true;
        var response = await carrier.Client.SendAsync(request);

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        cut.Cuts.ShouldBe(1);
        var after = await api.SnapshotAsync();
        (after.Bookings - before.Bookings).ShouldBe(1);
        (after.CapacityTaken - before.CapacityTaken).ShouldBe(1);
        (after.IdempotentAnswers - before.IdempotentAnswers).ShouldBe(withIdempotencyKey ? 1 : 0);
    }

    /// <summary>Once armed, ends the session of the next commit just before it is sent.</summary>
    private sealed class CutNextCommit : DbTransactionInterceptor
    {
        public SeoApiFactory? Api { get; set; }

        public bool Armed { get; set; }

        public int Cuts { get; private set; }

        public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            if (Armed)
            {
                Armed = false;
                Cuts++;
                await Api!.KillSessionAsync(transaction.Connection!);
            }

            return result;
        }
    }
}

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlConnectionLossTests : ConnectionLossTests
{
    protected override StoreProvider Store => StoreProvider.PostgreSql;
}

[Trait("Store", "SqlServer")]
public sealed class SqlServerConnectionLossTests : ConnectionLossTests
{
    protected override StoreProvider Store => StoreProvider.SqlServer;
}
