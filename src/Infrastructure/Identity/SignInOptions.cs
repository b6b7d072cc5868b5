namespace Seo.Infrastructure.Identity;

/// <summary>
/// Sign-in protection (<c>Seo:SignIn</c>): the lockout of an e-mail or a client address after
/// failed sign-ins, and the gate that bounds how many password checks burn CPU at once.
/// </summary>
public sealed class SignInOptions
{
    public const string Section = "Seo:SignIn";

    public LockoutSettings Account { get; set; } = new() { Failures = 5, FirstLockout = TimeSpan.FromSeconds(30) };

    /// <summary>An address is shared by an office behind one NAT, so it may fail far more often than one e-mail.</summary>
    public LockoutSettings Address { get; set; } = new() { Failures = 50, FirstLockout = TimeSpan.FromMinutes(1) };

    /// <summary>No lockout is ever longer than this.</summary>
    public TimeSpan MaxLockout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Failures older than this are forgotten: the next one counts as the first.</summary>
    public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromDays(1);

    public PasswordGateSettings Gate { get; set; } = new();

    public void Validate()
    {
        if (Account.Failures < 1 || Address.Failures < 1 || Account.FirstLockout <= TimeSpan.Zero || Address.FirstLockout <= TimeSpan.Zero
            || MaxLockout < Account.FirstLockout || MaxLockout < Address.FirstLockout || ForgetAfter <= MaxLockout)
        {
            throw new InvalidOperationException(
                $"{Section}: Failures must be at least 1, FirstLockout above zero and at most MaxLockout, and ForgetAfter longer than MaxLockout.");
        }

        if (Gate.MaxConcurrent < 1 || Gate.QueueLimit < 0 || Gate.QueueTimeout < TimeSpan.Zero || !(Gate.MaxPerSecond > 0))
        {
            throw new InvalidOperationException($"{Section}:Gate: MaxConcurrent must be at least 1, MaxPerSecond above 0, QueueLimit and QueueTimeout not negative.");
        }
    }
}

/// <summary>
/// After <see cref="Failures"/> failures the key is locked for <see cref="FirstLockout"/>; each
/// further failure (possible only once a lockout ends) doubles it, up to <see cref="SignInOptions.MaxLockout"/>.
/// </summary>
public sealed class LockoutSettings
{
    public int Failures { get; set; }

    public TimeSpan FirstLockout { get; set; }

    /// <summary>How long a key with <paramref name="failures"/> failures is locked, or zero below the limit.</summary>
    public TimeSpan LockoutAfter(int failures, TimeSpan max)
    {
        if (failures < Failures)
        {
            return TimeSpan.Zero;
        }

        var doublings = Math.Min(failures - Failures, 30);
        var ticks = Math.Min((double)FirstLockout.Ticks * Math.Pow(2, doublings), max.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}

/// <summary>
/// At most <see cref="MaxConcurrent"/> password checks at once and <see cref="MaxPerSecond"/> a
/// second; up to <see cref="QueueLimit"/> wait at most <see cref="QueueTimeout"/>.
/// </summary>
public sealed class PasswordGateSettings
{
    /// <summary>Half the cores by default (at least one), so the rest keep serving everyone else.</summary>
    public int MaxConcurrent { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    public int QueueLimit { get; set; } = Math.Max(1, Environment.ProcessorCount / 2) * 4;

    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Checks started a second, at most (a second's worth may start at once). The concurrency limit
    /// alone still lets a flood keep its cores hashing all the time, and on two cores that one busy
    /// core was enough to double other users' p95 (docs/performance.md); three a second per core
    /// keeps hashing to about a fifth of the machine here (a check costs some 65 ms of one core).
    /// Sign-ins are rare besides: a session lives on refresh tokens, which hash nothing.
    /// </summary>
    public double MaxPerSecond { get; set; } = Environment.ProcessorCount * 3;

    /// <summary>What a refused caller is told to wait.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(1);
}
