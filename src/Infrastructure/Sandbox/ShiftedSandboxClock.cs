using Seo.Application.Sandbox.Common;

namespace Seo.Infrastructure.Sandbox;

/// <summary>
/// The real clock plus an offset that only grows: every reading the app takes (deadlines, tokens,
/// device timestamps, the live view's "today") moves together, and time never runs backwards, so
/// what was recorded before a jump stays in the past. Timestamps for measuring elapsed time are the
/// real clock's: a jump does not make a request look slow.
/// </summary>
internal sealed class ShiftedSandboxClock(TimeProvider real) : TimeProvider, ISandboxClock
{
    private long offsetTicks;

    public DateTimeOffset Now => GetUtcNow();

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

    public override DateTimeOffset GetUtcNow() => real.GetUtcNow() + Offset;

    public override long GetTimestamp() => real.GetTimestamp();

    public override long TimestampFrequency => real.TimestampFrequency;

    public bool TryAdvanceTo(DateTimeOffset moment)
    {
        while (true)
        {
            var current = Interlocked.Read(ref offsetTicks);
            var wanted = (moment - real.GetUtcNow()).Ticks;
            if (wanted <= current)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref offsetTicks, wanted, current) == current)
            {
                return true;
            }
        }
    }
}
