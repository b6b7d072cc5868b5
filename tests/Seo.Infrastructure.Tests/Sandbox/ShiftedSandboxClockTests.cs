using Microsoft.Extensions.Time.Testing;
using Seo.Infrastructure.Sandbox;

namespace Seo.Infrastructure.Tests.Sandbox;

public sealed class ShiftedSandboxClockTests
{
    private readonly FakeTimeProvider _real = new(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Until_moved_it_reads_the_real_time()
    {
        var clock = new ShiftedSandboxClock(_real);

        clock.GetUtcNow().ShouldBe(_real.GetUtcNow());
        clock.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void Moved_forward_it_keeps_its_lead_as_the_real_time_passes()
    {
        var clock = new ShiftedSandboxClock(_real);

        clock.TryAdvanceTo(_real.GetUtcNow().AddDays(2)).ShouldBeTrue();
        _real.Advance(TimeSpan.FromMinutes(3));

        clock.GetUtcNow().ShouldBe(_real.GetUtcNow().AddDays(2));
        clock.Now.ShouldBe(clock.GetUtcNow());
        clock.Offset.ShouldBe(TimeSpan.FromDays(2));
    }

    [Fact]
    public void It_never_moves_back_nor_stays_put()
    {
        var clock = new ShiftedSandboxClock(_real);
        clock.TryAdvanceTo(_real.GetUtcNow().AddHours(5)).ShouldBeTrue();

        clock.TryAdvanceTo(_real.GetUtcNow().AddHours(4)).ShouldBeFalse();
        clock.TryAdvanceTo(clock.GetUtcNow()).ShouldBeFalse();

        clock.Offset.ShouldBe(TimeSpan.FromHours(5));
    }

    [Fact]
    public void Elapsed_time_is_measured_on_the_real_clock_so_a_move_does_not_look_like_a_slow_request()
    {
        var clock = new ShiftedSandboxClock(_real);
        var started = clock.GetTimestamp();

        clock.TryAdvanceTo(_real.GetUtcNow().AddDays(1)).ShouldBeTrue();
        _real.Advance(TimeSpan.FromMilliseconds(40));

        clock.GetElapsedTime(started).ShouldBe(TimeSpan.FromMilliseconds(40));
    }
}
