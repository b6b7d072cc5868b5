using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Seo.Application.Common.Ports;
using Seo.Domain.Verification;

namespace Seo.WebApi.Tests.TestHost;

/// <summary>
/// A scripted stand-in for the state registries: every check passes unless the test says
/// otherwise for a check (a verdict, a reason, a term), and each call is remembered. A test may
/// hold the answers for one plate until it lets them go.
/// </summary>
public sealed class ScriptedRegistries : IVehicleVerification
{
    public const string Source = "scripted registry";

    private readonly ConcurrentDictionary<RegistryCheck, CheckOutcome> _answers = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _held = new();
    private TimeProvider _clock = TimeProvider.System;

    public ConcurrentQueue<VerificationSubject> Asked { get; } = new();

    /// <summary>Signalled when a held plate's checks have begun.</summary>
    public TaskCompletionSource HeldCheckStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Fail(RegistryCheck check, string reason, string? reference = null) =>
        _answers[check] = new CheckOutcome(check, CheckVerdict.Failed, Source, reason, reference, DateTimeOffset.MinValue);

    public void Unavailable(RegistryCheck check) =>
        _answers[check] = new CheckOutcome(check, CheckVerdict.Unavailable, Source, "no answer within 3 s", null, DateTimeOffset.MinValue);

    public void ValidUntil(RegistryCheck check, DateOnly validUntil, string reference) =>
        _answers[check] = new CheckOutcome(check, CheckVerdict.Passed, Source, null, reference, DateTimeOffset.MinValue, validUntil);

    public void PassEverything() => _answers.Clear();

    /// <summary>Checks of <paramref name="plate"/> wait until <see cref="Release"/>.</summary>
    public void Hold(string plate) => _held[plate] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release(string plate)
    {
        if (_held.TryRemove(plate, out var gate))
        {
            gate.TrySetResult();
        }
    }

    public async Task<IReadOnlyList<CheckOutcome>> VerifyAsync(VerificationSubject subject, IReadOnlyList<CheckRequirement> requirements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(requirements);
        Asked.Enqueue(subject);
        if (_held.TryGetValue(subject.Vehicle.Plate.Value, out var gate))
        {
            HeldCheckStarted.TrySetResult();
            await gate.Task.WaitAsync(cancellationToken);
        }

        var now = _clock.GetUtcNow();
        return [.. requirements.Select(r => _answers.TryGetValue(r.Check, out var scripted)
            ? scripted with { CheckedAt = now }
            : new CheckOutcome(r.Check, CheckVerdict.Passed, Source, null, $"REF-{(int)r.Check}", now))];
    }

    /// <summary>Puts these registries in place of the configured adapter.</summary>
    public void Install(IServiceCollection services)
    {
        services.RemoveAll<IVehicleVerification>();
        services.AddSingleton<IVehicleVerification>(provider =>
        {
            // The app's (fake) clock stamps the answers, as a real adapter's would.
            _clock = provider.GetRequiredService<TimeProvider>();
            return this;
        });
    }
}
