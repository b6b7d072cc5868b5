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

    /// <summary>
    /// The audit record of checks that let <paramref name="booking"/> be issued or moved on
    /// <paramref name="bookedDate"/>; stored with it. The booked date, not the first day a
    /// first-free search looked at, is the one the documents were held to.
    /// </summary>
    public VerificationRecord Booked(BookingId booking, DateOnly bookedDate, DateTimeOffset now) =>
        VerificationRecord.Booked(Planned.ToCheckedRequest() with { CheckedDate = bookedDate }, Report!.Outcomes, booking, now);

    /// <summary>
    /// The audit record of a request that <paramref name="error"/> stopped after its checks ran.
    /// When the checks themselves refused (or could not decide), that is the decision recorded,
    /// even if the handler stopped on something else first (e.g. an R21 race).
    /// </summary>
    public VerificationRecord NotBooked(DomainError error, DateTimeOffset now)
    {
        var decided = Report!.Decide();
        return VerificationRecord.NotBooked(Planned.ToCheckedRequest(), Report.Outcomes, decided.IsSuccess ? error : decided.Error, now);
    }

    /// <summary>The audit record of a request whose handler failed unexpectedly after its checks ran.</summary>
    public VerificationRecord Failed(DateTimeOffset now) =>
        VerificationRecord.Failed(Planned.ToCheckedRequest(), Report!.Outcomes, now);

    private PlannedChecks Planned => _planned ?? throw new InvalidOperationException("No registry checks ran for this command.");
}
