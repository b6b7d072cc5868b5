using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;

namespace Seo.Infrastructure.Identity;

/// <summary>
/// Runs the password hasher through a bounded gate: <see cref="PasswordGateSettings.MaxConcurrent"/>
/// checks at once and <see cref="PasswordGateSettings.MaxPerSecond"/> a second,
/// <see cref="PasswordGateSettings.QueueLimit"/> waiting at most
/// <see cref="PasswordGateSettings.QueueTimeout"/>; any more are refused at once with
/// <c>password-check-busy</c>, so a flood of guesses can take neither every core nor all of one.
/// </summary>
public sealed class GatedPasswordWork : IPasswordWork, IDisposable
{
    private readonly IPasswordHasher _hasher;
    private readonly PasswordGateSettings _settings;
    private readonly SemaphoreSlim _running;
    private readonly StartBudget _starts;
    private int _admitted;

    public GatedPasswordWork(IPasswordHasher hasher, PasswordGateSettings settings, TimeProvider clock)
    {
        _hasher = hasher ?? throw new ArgumentNullException(nameof(hasher));
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _running = new SemaphoreSlim(settings.MaxConcurrent, settings.MaxConcurrent);
        _starts = new StartBudget(settings.MaxPerSecond, clock ?? throw new ArgumentNullException(nameof(clock)));
    }

    public DomainError? BusyNow =>
        Volatile.Read(ref _admitted) >= _settings.MaxConcurrent + _settings.QueueLimit || !_starts.Any ? Busy : null;

    private DomainError Busy => AccountErrors.PasswordCheckBusy(_settings.RetryAfter);

    public ValueTask<Result<bool>> VerifyAsync(string password, string hash, CancellationToken cancellationToken) =>
        RunAsync(() => _hasher.Verify(password, hash), cancellationToken);

    public ValueTask<Result<string>> HashAsync(string password, CancellationToken cancellationToken) =>
        RunAsync(() => _hasher.Hash(password), cancellationToken);

    public void Dispose() => _running.Dispose();

    private async ValueTask<Result<T>> RunAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        // Running plus waiting never exceeds the two limits together: the rest are refused unseen.
        if (Interlocked.Increment(ref _admitted) > _settings.MaxConcurrent + _settings.QueueLimit || !_starts.TryTake())
        {
            Interlocked.Decrement(ref _admitted);
            return Busy;
        }

        try
        {
            if (!await _running.WaitAsync(_settings.QueueTimeout, cancellationToken))
            {
                return Busy;
            }

            try
            {
                return work();
            }
            finally
            {
                _running.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _admitted);
        }
    }

    /// <summary>
    /// A token bucket on the app's clock: <c>perSecond</c> starts a second, refilled continuously,
    /// holding at most a second's worth (and at least one), so a quiet gate admits a short burst.
    /// </summary>
    private sealed class StartBudget(double perSecond, TimeProvider clock)
    {
        private readonly Lock _lock = new();
        private readonly double _capacity = Math.Max(1, perSecond);
        private double _tokens = Math.Max(1, perSecond);
        private long _refilledAt = clock.GetTimestamp();

        public bool Any
        {
            get
            {
                lock (_lock)
                {
                    Refill();
                    return _tokens >= 1;
                }
            }
        }

        public bool TryTake()
        {
            lock (_lock)
            {
                Refill();
                if (_tokens < 1)
                {
                    return false;
                }

                _tokens--;
                return true;
            }
        }

        private void Refill()
        {
            var now = clock.GetTimestamp();
            _tokens = Math.Min(_capacity, _tokens + (clock.GetElapsedTime(_refilledAt, now).TotalSeconds * perSecond));
            _refilledAt = now;
        }
    }
}
