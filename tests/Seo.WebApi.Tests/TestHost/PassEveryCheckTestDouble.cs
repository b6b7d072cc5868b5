using Seo.Application.Common.Ports;
using Seo.Domain.Verification;

namespace Seo.WebApi.Tests.TestHost;

/// <summary>
/// TEST DOUBLE, never in production: answers every required check "passed" without consulting
/// any registry, so tests about booking, paying and rescheduling can use any truck. Tests about
/// the checks run the real simulated registries (<c>SeoApiFactory(simulatedRegistries: true)</c>).
/// </summary>
internal sealed class PassEveryCheckTestDouble(TimeProvider clock) : IVehicleVerification
{
    public const string Source = "test double: passes every check, no registry consulted";

    public Task<IReadOnlyList<CheckOutcome>> VerifyAsync(VerificationSubject subject, IReadOnlyList<CheckRequirement> requirements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        var now = clock.GetUtcNow();
        IReadOnlyList<CheckOutcome> outcomes = [.. requirements.Select(r => new CheckOutcome(r.Check, CheckVerdict.Passed, Source, null, null, now))];
        return Task.FromResult(outcomes);
    }
}
