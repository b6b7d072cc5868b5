namespace Seo.WebApi.Throttling;

/// <summary>
/// Request budgets (<c>Seo:RateLimits</c>), each a fixed window per caller: a signed-in account
/// (its token's <c>sub</c>), a camera (its device key) or, for anonymous requests, the client
/// address. The defaults are far above what a carrier, an officer or a camera does by hand or by
/// integration; they stop floods, not work.
/// </summary>
internal sealed class RateLimitOptions
{
    public const string Section = "Seo:RateLimits";

    /// <summary>Off only for a test stand that floods on purpose.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Requests from this machine (loopback) are not counted — for the load driver and the
    /// checkpoint simulator on a developer's machine (appsettings.Development.json sets it). Off by
    /// default: behind a proxy on the same machine every caller would look like loopback.
    /// </summary>
    public bool ExemptLoopback { get; set; }

    /// <summary>POST /api/v1/auth/token per client address.</summary>
    public RateBudget SignIn { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };

    /// <summary>POST /api/v1/accounts per client address.</summary>
    public RateBudget Registration { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromHours(1) };

    /// <summary>Every other POST, PUT, PATCH and DELETE (bookings above all) per account, device or address.</summary>
    public RateBudget Writes { get; set; } = new() { PermitLimit = 300, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Every GET per account, device or address.</summary>
    public RateBudget Reads { get; set; } = new() { PermitLimit = 1200, Window = TimeSpan.FromMinutes(1) };

    public RateBudget For(RateLimitBudget budget) => budget switch
    {
        RateLimitBudget.SignIn => SignIn,
        RateLimitBudget.Registration => Registration,
        RateLimitBudget.Writes => Writes,
        _ => Reads,
    };

    public void Validate()
    {
        foreach (var budget in Enum.GetValues<RateLimitBudget>())
        {
            var limit = For(budget);
            if (limit.PermitLimit < 1 || limit.Window <= TimeSpan.Zero)
            {
                throw new InvalidOperationException($"{Section}:{budget}: PermitLimit must be at least 1 and Window above zero.");
            }
        }
    }
}

/// <summary>At most <see cref="PermitLimit"/> requests in each <see cref="Window"/>.</summary>
internal sealed class RateBudget
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}

/// <summary>The separate budgets; a request spends from exactly one.</summary>
internal enum RateLimitBudget
{
    SignIn,
    Registration,
    Writes,
    Reads,
}

/// <summary>Puts an endpoint in a budget of its own rather than the one its method implies.</summary>
internal sealed record RateLimitBudgetMetadata(RateLimitBudget Budget);
