namespace Seo.Application.Sandbox.Common;

/// <summary>
/// The sandbox's clock, which its registrar moves forward so that a whole checkpoint-day (the R29
/// reminder a day ahead, the R34 call, the R35 no-show sweep) can be played in minutes. It is the
/// app's <see cref="TimeProvider"/> in sandbox mode only; outside it there is no such clock.
/// </summary>
public interface ISandboxClock
{
    /// <summary>The clock's reading: the real time plus how far it was moved.</summary>
    DateTimeOffset Now { get; }

    /// <summary>How far ahead of the real time the clock runs.</summary>
    TimeSpan Offset { get; }

    /// <summary>Moves the clock to <paramref name="moment"/>; false, and unmoved, when that is not ahead of <see cref="Now"/>.</summary>
    bool TryAdvanceTo(DateTimeOffset moment);
}
