using Elastic.Clients.Elasticsearch;
using Lucene.Net.Index;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Seo.Application.Common.Ports;
using Seo.Projections.Crossings;
using Seo.Projections.Crossings.Elasticsearch;
using Seo.Tests.Shared;

namespace Seo.Projections.Tests.Crossings;

/// <summary>Crossing-log outages reach the Application as <see cref="ReadModelUnavailableException"/>; bugs do not.</summary>
public sealed class CrossingLogOutageGuardTests
{
    private static CancellationToken Ct => CancellationToken.None;

    public static TheoryData<Exception> Outages => new()
    {
        new IOException("disk gone"),
        new UnauthorizedAccessException("index folder not readable"),
        new HttpRequestException("connection refused"),
        new TimeoutException("no answer"),
        new Elastic.Transport.TransportException("unreachable"),
    };

    [Theory]
    [MemberData(nameof(Outages))]
    public async Task Store_outages_become_read_model_unavailable_for_searches_counts_and_indexing(Exception outage)
    {
        var inner = Substitute.For<ICrossingLog>();
        inner.SearchAsync(default!, default).ThrowsAsyncForAnyArgs(outage);
        inner.CountPerCheckpointPerDayAsync(default, default, default, default).ThrowsAsyncForAnyArgs(outage);
        inner.IndexAsync(default!, default).ThrowsAsyncForAnyArgs(outage);
        var guard = new CrossingLogOutageGuard(inner);

        (await Should.ThrowAsync<ReadModelUnavailableException>(() => guard.SearchAsync(new CrossingQuery(), Ct))).InnerException.ShouldBeSameAs(outage);
        (await Should.ThrowAsync<ReadModelUnavailableException>(() => guard.CountPerCheckpointPerDayAsync(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1), null, Ct))).InnerException.ShouldBeSameAs(outage);
        (await Should.ThrowAsync<ReadModelUnavailableException>(() => guard.IndexAsync([], Ct))).InnerException.ShouldBeSameAs(outage);
    }

    public static TheoryData<Exception> Bugs => new()
    {
        new CorruptIndexException("checksum failed (resource=segments_2)"),
        new InvalidOperationException("Elasticsearch refused a crossing search: 400"),
        new ArgumentException("bad query"),
    };

    [Theory]
    [MemberData(nameof(Bugs))]
    public async Task A_corrupt_index_or_a_refused_query_stays_what_it_is(Exception bug)
    {
        var inner = Substitute.For<ICrossingLog>();
        inner.SearchAsync(default!, default).ThrowsAsyncForAnyArgs(bug);

        (await Should.ThrowAsync<Exception>(() => new CrossingLogOutageGuard(inner).SearchAsync(new CrossingQuery(), Ct))).ShouldBeSameAs(bug);
    }

    [Fact]
    public async Task An_unreachable_Elasticsearch_answers_searches_and_counts_with_read_model_unavailable()
    {
        var client = new ElasticsearchClient(new ElasticsearchClientSettings(new Uri($"http://127.0.0.1:{ClosedPort.Next()}")));
        var log = new ElasticsearchCrossingLog(client, new ElasticsearchCrossingLogOptions(), TimeProvider.System);

        await Should.ThrowAsync<ReadModelUnavailableException>(() => log.SearchAsync(new CrossingQuery(), Ct));
        await Should.ThrowAsync<ReadModelUnavailableException>(() => log.CountPerCheckpointPerDayAsync(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1), null, Ct));
    }
}
