using Seo.Domain.Bookings;
using Seo.Domain.Common;
using Seo.Domain.Verification;

namespace Seo.Application.Verification.Common;

/// <summary>
/// The registry checks of the command being handled (one per scope): asked before its
/// transaction by <c>RegistryChecksBehavior</c>, decided by its handler inside it (R20), and
/// recorded either way.
/// </summary>
public sealed class VerificationRun
{
    private PlannedChecks? _planned;

    /// <summary>The registries' answers, or null when none were asked for this command.</summary>
    public VerificationReport? Report { get; private set; }

    public void Complete(PlannedChecks planned, VerificationReport report)
    {
        _planned = planned ?? throw new ArgumentNullException(nameof(planned));
        Report = report ?? throw new ArgumentNullException(nameof(report));
    }

    /// <summary>The audit record of checks that let <paramref name="booking"/> be issued or moved; stored with it.</summary>
    public VerificationRecord Booked(BookingId booking, DateTimeOffset now) =>
        VerificationRecord.Booked(Planned.ToCheckedRequest(), Report!.Outcomes, booking, now);

    /// <summary>The audit record of a request that <paramref name="error"/> stopped after its checks ran.</summary>
    public VerificationRecord NotBooked(DomainError error, DateTimeOffset now) =>
        VerificationRecord.NotBooked(Planned.ToCheckedRequest(), Report!.Outcomes, error, now);

    private PlannedChecks Planned => _planned ?? throw new InvalidOperationException("No registry checks ran for this command.");
}
