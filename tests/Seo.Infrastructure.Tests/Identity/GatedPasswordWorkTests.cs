using Seo.Application.Common.Ports;
using Seo.Domain.Common;
using Seo.Infrastructure.Identity;
using Seo.Tests.Shared;

namespace Seo.Infrastructure.Tests.Identity;

public sealed class GatedPasswordWorkTests
{
    /// <summary>A hasher whose every call holds its thread until released, so a test can fill the gate.</summary>
    private sealed class HeldHasher : IPasswordHasher, IDisposable
    {
        private readonly SemaphoreSlim _entered = new(0);
        private readonly ManualResetEventSlim _release = new();
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public string Hash(string password) => Hold("hash");

        public bool Verify(string password, string hash) => Hold("ok") == "ok";

        public async Task EnteredAsync() => (await _entered.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBeTrue("the hasher was never called");

        public void Release() => _release.Set();

        public void Dispose()
        {
            _entered.Dispose();
            _release.Dispose();
        }

        private string Hold(string answer)
        {
            Interlocked.Increment(ref _calls);
            _entered.Release();
            _release.Wait(TimeSpan.FromSeconds(10));
            return answer;
        }
    }

    private static PasswordGateSettings Gate(int running, int waiting, TimeSpan? timeout = null, double perSecond = 1000) => new()
    {
        MaxConcurrent = running,
        QueueLimit = waiting,
        QueueTimeout = timeout ?? TimeSpan.FromSeconds(10),
        MaxPerSecond = perSecond,
        RetryAfter = TimeSpan.FromSeconds(1),
    };

    /// <summary>A hasher that answers at once.</summary>
    private sealed class InstantHasher : IPasswordHasher
    {
        public int Calls { get; private set; }

        public string Hash(string password) => $"hash-{++Calls}";

        public bool Verify(string password, string hash)
        {
            Calls++;
            return true;
        }
    }

    [Fact]
    public async Task Beyond_its_checks_a_second_the_gate_refuses_at_once_even_with_every_slot_free_and_admits_again_as_time_passes()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var hasher = new InstantHasher();
        using var gate = new GatedPasswordWork(hasher, Gate(running: 8, waiting: 8, perSecond: 3), clock);

        for (var i = 0; i < 3; i++)
        {
            (await gate.VerifyAsync("p", "h", CancellationToken.None)).ShouldSucceed().ShouldBeTrue();
        }

        gate.BusyNow.ShouldNotBeNull().Code.ShouldBe("password-check-busy");
        (await gate.HashAsync("p", CancellationToken.None)).ShouldFailWith("password-check-busy");
        hasher.Calls.ShouldBe(3);

        clock.Advance(TimeSpan.FromMilliseconds(340));
        gate.BusyNow.ShouldBeNull();
        (await gate.HashAsync("p", CancellationToken.None)).ShouldSucceed();
        (await gate.VerifyAsync("p", "h", CancellationToken.None)).ShouldFailWith("password-check-busy");

        // A quiet minute refills a second's worth, no more.
        clock.Advance(TimeSpan.FromMinutes(1));
        for (var i = 0; i < 3; i++)
        {
            (await gate.VerifyAsync("p", "h", CancellationToken.None)).ShouldSucceed();
        }

        (await gate.VerifyAsync("p", "h", CancellationToken.None)).ShouldFailWith("password-check-busy");
        hasher.Calls.ShouldBe(7);
    }

    [Fact]
    public async Task When_every_slot_and_the_queue_are_full_a_check_is_refused_at_once_without_touching_the_hasher()
    {
        using var hasher = new HeldHasher();
        using var gate = new GatedPasswordWork(hasher, Gate(running: 1, waiting: 1), TimeProvider.System);
        var running = Task.Run(async () => await gate.VerifyAsync("p", "h", CancellationToken.None));
        await hasher.EnteredAsync();
        var queued = gate.VerifyAsync("p", "h", CancellationToken.None).AsTask();

        gate.BusyNow.ShouldNotBeNull().Code.ShouldBe("password-check-busy");
        var refused = await gate.HashAsync("p", CancellationToken.None);

        var error = refused.ShouldFailWith("password-check-busy");
        error.Kind.ShouldBe(ErrorKind.Unavailable);
        error.Details![DomainError.RetryAfterDetail].ShouldBe(1);
        hasher.Calls.ShouldBe(1);
        queued.IsCompleted.ShouldBeFalse();

        hasher.Release();
        (await running).ShouldSucceed().ShouldBeTrue();
        (await queued).ShouldSucceed().ShouldBeTrue();
        hasher.Calls.ShouldBe(2);
        gate.BusyNow.ShouldBeNull();
    }

    [Fact]
    public async Task A_check_that_waits_longer_than_the_queue_timeout_is_refused()
    {
        using var hasher = new HeldHasher();
        using var gate = new GatedPasswordWork(hasher, Gate(running: 1, waiting: 4, timeout: TimeSpan.FromMilliseconds(50)), TimeProvider.System);
        var running = Task.Run(async () => await gate.VerifyAsync("p", "h", CancellationToken.None));
        await hasher.EnteredAsync();

        var waited = await gate.VerifyAsync("p", "h", CancellationToken.None);

        waited.ShouldFailWith("password-check-busy");
        hasher.Release();
        (await running).ShouldSucceed().ShouldBeTrue();
    }

    [Fact]
    public async Task Below_the_limit_checks_run_side_by_side_and_a_freed_slot_is_used_again()
    {
        using var hasher = new HeldHasher();
        using var gate = new GatedPasswordWork(hasher, Gate(running: 2, waiting: 0), TimeProvider.System);
        var first = Task.Run(async () => await gate.VerifyAsync("p", "h", CancellationToken.None));
        var second = Task.Run(async () => await gate.VerifyAsync("p", "h", CancellationToken.None));
        await hasher.EnteredAsync();
        await hasher.EnteredAsync();

        (await gate.VerifyAsync("p", "h", CancellationToken.None)).ShouldFailWith("password-check-busy");
        hasher.Release();
        (await first).ShouldSucceed().ShouldBeTrue();
        (await second).ShouldSucceed().ShouldBeTrue();

        (await gate.HashAsync("p", CancellationToken.None)).ShouldSucceed().ShouldBe("hash");
    }

    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 30)]
    [InlineData(6, 60)]
    [InlineData(7, 120)]
    [InlineData(30, 3600)]
    public void The_lockout_starts_at_the_limit_and_doubles_with_each_further_failure_up_to_the_maximum(int failures, int seconds)
    {
        var lockout = new LockoutSettings { Failures = 5, FirstLockout = TimeSpan.FromSeconds(30) };

        lockout.LockoutAfter(failures, TimeSpan.FromHours(1)).ShouldBe(TimeSpan.FromSeconds(seconds));
    }
}
