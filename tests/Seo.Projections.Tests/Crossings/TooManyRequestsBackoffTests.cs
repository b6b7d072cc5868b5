using Seo.Projections.Crossings.Elasticsearch;

namespace Seo.Projections.Tests.Crossings;

public sealed class TooManyRequestsBackoffTests
{
    private static readonly TimeSpan Initial = TimeSpan.FromMilliseconds(200);

    [Theory]
    [InlineData(1, 0.0, 100)]
    [InlineData(1, 1.0, 200)]
    [InlineData(2, 0.0, 200)]
    [InlineData(3, 1.0, 800)]
    public void Each_retry_doubles_the_step_and_jitter_spreads_it_over_half_to_all(int retry, double jitter, int milliseconds) =>
        TooManyRequestsBackoff.Delay(Initial, retry, jitter).ShouldBe(TimeSpan.FromMilliseconds(milliseconds));

    [Fact]
    public void At_the_ceiling_the_jitter_still_spreads_the_workers()
    {
        var low = TooManyRequestsBackoff.Delay(Initial, 20, 0.0);
        var high = TooManyRequestsBackoff.Delay(Initial, 20, 0.999);

        low.ShouldBe(TimeSpan.FromSeconds(15));
        high.ShouldBeGreaterThan(TimeSpan.FromSeconds(29.9));
        high.ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Very_many_retries_do_not_overflow() =>
        TooManyRequestsBackoff.Delay(TimeSpan.FromHours(1), int.MaxValue, 0.5).ShouldBe(TimeSpan.FromSeconds(22.5));
}
