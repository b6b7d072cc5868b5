using Seo.Infrastructure.Persistence.Outbox;

namespace Seo.Infrastructure.Tests.Outbox;

/// <summary>Which outbox messages carry a whole state that a later one supersedes.</summary>
public sealed class OutboxMessageTests
{
    [Theory]
    [InlineData("DOSTYK:2026-12-01:600@7", "DOSTYK:2026-12-01:600@")]
    [InlineData("0b5c0a4e-3f0e-4d43-9b8e-2a6f1c3d9e10", null)]
    [InlineData("name@example", null)]
    [InlineData("@7", null)]
    [InlineData("row@", null)]
    public void Only_an_aggregate_id_ending_in_at_and_a_version_names_a_whole_state_stream(string aggregateId, string? stream)
    {
        OutboxMessage.StreamOf(aggregateId).ShouldBe(stream);
    }
}
