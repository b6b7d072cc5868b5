using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;

namespace Seo.Infrastructure.Identity;

/// <summary>
/// Runs the password hasher through a bounded gate: <see cref="PasswordGateSettings.MaxConcurrent"/>
/// checks at once, <see cref="PasswordGateSettings.QueueLimit"/> waiting at most
/// <see cref="PasswordGateSettings.QueueTimeout"/>; any more are refused at once with
/// <c>password-check-busy</c>, so a flood of guesses cannot take every core.
/// </summary>
public sealed class GatedPasswordWork : IPasswordWork, IDisposable
{
    private readonly IPasswordHasher _hasher;
    private readonly PasswordGateSettings _settings;
    private readonly SemaphoreSlim _running;
    private int _admitted;

    public GatedPasswordWork(IPasswordHasher hasher, PasswordGateSettings settings)
    {
        _hasher = hasher ?? throw new ArgumentNullException(nameof(hasher));
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _running = new SemaphoreSlim(settings.MaxConcurrent, settings.MaxConcurrent);
    }

    public DomainError? BusyNow =>
        Volatile.Read(ref _admitted) >= _settings.MaxConcurrent + _settings.QueueLimit ? AccountErrors.PasswordCheckBusy(_settings.RetryAfter) : null;

    public ValueTask<Result<bool>> VerifyAsync(string password, string hash, CancellationToken cancellationToken) =>
        RunAsync(() => _hasher.Verify(password, hash), cancellationToken);

    public ValueTask<Result<string>> HashAsync(string password, CancellationToken cancellationToken) =>
        RunAsync(() => _hasher.Hash(password), cancellationToken);

    public void Dispose() => _running.Dispose();

    private async ValueTask<Result<T>> RunAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        // Running plus waiting never exceeds the two limits together: the rest are refused unseen.
        if (Interlocked.Increment(ref _admitted) > _settings.MaxConcurrent + _settings.QueueLimit)
        {
            Interlocked.Decrement(ref _admitted);
            return AccountErrors.PasswordCheckBusy(_settings.RetryAfter);
        }

        try
        {
            if (!await _running.WaitAsync(_settings.QueueTimeout, cancellationToken))
            {
                return AccountErrors.PasswordCheckBusy(_settings.RetryAfter);
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
}
