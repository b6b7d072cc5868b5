using System.Collections.Concurrent;
using Polly.CircuitBreaker;
using Seo.Domain.Verification;

namespace Seo.Infrastructure.Verification.Gateway;

/// <summary>
/// The circuit of each registry check the gateway has been asked (one per check: one registry down
/// does not silence the others), as the readiness page reports them.
/// </summary>
internal sealed class RegistryGatewayCircuits
{
    private readonly ConcurrentDictionary<string, CircuitBreakerStateProvider> circuits = new(StringComparer.Ordinal);

    /// <summary>The state provider of the pipeline for <paramref name="path"/> (a check's URL path, the pipeline's key).</summary>
    public CircuitBreakerStateProvider For(string path) => circuits.GetOrAdd(path, _ => new CircuitBreakerStateProvider());

    /// <summary>The checks whose circuit is not closed, by name, with the state it is in.</summary>
    public IReadOnlyDictionary<string, CircuitState> NotClosed() =>
        circuits.Where(c => c.Value.CircuitState != CircuitState.Closed)
            .ToDictionary(c => CheckName(c.Key), c => c.Value.CircuitState, StringComparer.Ordinal);

    public int Count => circuits.Count;

    /// <summary>"/checks/4" is the check numbered 4; any other path is named as it is.</summary>
    private static string CheckName(string path) =>
        int.TryParse(path[(path.LastIndexOf('/') + 1)..], out var number) && Enum.IsDefined((RegistryCheck)number)
            ? ((RegistryCheck)number).ToString()
            : path;
}
