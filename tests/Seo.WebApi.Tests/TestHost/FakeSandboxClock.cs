using Microsoft.Extensions.Time.Testing;
using Seo.Application.Sandbox.Common;

namespace Seo.WebApi.Tests.TestHost;

/// <summary>The sandbox clock of a test host: moving it moves the host's fake clock, which every use case reads.</summary>
internal sealed class FakeSandboxClock(FakeTimeProvider clock) : ISandboxClock
{
    private readonly DateTimeOffset _start = clock.GetUtcNow();
    private readonly Lock _moving = new();

    public DateTimeOffset Now => clock.GetUtcNow();

    public TimeSpan Offset => clock.GetUtcNow() - _start;

    public bool TryAdvanceTo(DateTimeOffset moment)
    {
        lock (_moving)
        {
            if (moment <= clock.GetUtcNow())
            {
                return false;
            }

            clock.SetUtcNow(moment);
            return true;
        }
    }
}
