using Ardalis.Specification;
using NSubstitute;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Domain.Checkpoints;

namespace Seo.Application.Tests.Checkpoints;

public sealed class CheckpointCatalogTests
{
    private readonly Checkpoint _dostyk = TestData.Dostyk();
    private readonly IRepository<Checkpoint> _store;
    private readonly CheckpointCatalog.Snapshot _snapshot = new();
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestData.Clock();

    public CheckpointCatalogTests() => _store = Substitutes.Repository(new List<Checkpoint> { _dostyk });

    /// <summary>A catalog of one request; every request of the instance shares the snapshot.</summary>
    private CheckpointCatalog Catalog() => new(_store, _snapshot, _clock);

    [Fact]
    public async Task Requests_within_its_freshness_share_one_reading_of_the_store()
    {
        (await Catalog().FindAsync(_dostyk.Id, CancellationToken.None)).ShouldBeSameAs(_dostyk);
        _clock.Advance(CheckpointCatalog.Freshness - TimeSpan.FromSeconds(1));
        (await Catalog().FindAsync(_dostyk.Id, CancellationToken.None)).ShouldBeSameAs(_dostyk);

        await _store.Received(1).ListAsync(Arg.Any<ISpecification<Checkpoint>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task After_its_freshness_the_store_is_read_again()
    {
        await Catalog().FindAsync(_dostyk.Id, CancellationToken.None);
        _clock.Advance(CheckpointCatalog.Freshness);

        await Catalog().FindAsync(_dostyk.Id, CancellationToken.None);

        await _store.Received(2).ListAsync(Arg.Any<ISpecification<Checkpoint>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_code_with_no_checkpoint_is_null()
    {
        (await Catalog().FindAsync(CheckpointCode.Create("NOWHERE").Value, CancellationToken.None)).ShouldBeNull();
    }
}
