using Mediator;
using Seo.Application.Bookings.AnnulNoShows;
using Seo.Application.Bookings.CallVehicles;
using Seo.Application.Bookings.ExpireHolds;
using Seo.Application.Bookings.RemindBookings;
using Seo.Application.Messaging.Common;
using Seo.Application.Messaging.Deliver;
using Seo.Application.Sandbox.Common;
using Seo.Domain.Common;

namespace Seo.Application.Sandbox.AdvanceClock;

/// <summary>The sandbox clock's reading, and what the sweeps run after a move changed.</summary>
public sealed record SandboxClockDto(DateTimeOffset Now, TimeSpan Offset, SandboxSweepCounts? Swept);

/// <summary>How many holds expired, bookings were reminded (R29), vehicles called (R34), bookings annulled (R35, R28) and messages delivered (or failed) by the move.</summary>
public sealed record SandboxSweepCounts(int HoldsExpired, int Reminded, int Called, int Annulled, int MessagesDelivered);

/// <summary>
/// The sandbox's registrar moves the clock forward, then the clock-driven sweeps and the message delivery run at once: a
/// jump must not leave expiry, reminders, calls and no-shows to the scheduler's next firing, or a
/// simulated day would depend on how fast the real one passes. Each sweep is the same idempotent
/// command the scheduler sends, in its own transaction, repeated until a batch comes back short.
/// Not a mediator command: the unit-of-work behaviour would wrap the sweeps' transactions in its own.
/// </summary>
public sealed class SandboxClockAdvance(ISandboxClock clock, ISender sender, MessageDelivery delivery, MessagingOptions messaging, Seo.Application.Common.Ports.IAuditTrail audit)
{
    /// <summary>The longest single move: a year is more than the 90-day booking horizon of R22 needs.</summary>
    public static readonly TimeSpan LongestMove = TimeSpan.FromDays(366);

    public static readonly DomainError NotAhead = new(
        "sandbox-clock-not-ahead", "The sandbox clock only moves forward: 'to' must be later than its reading (GET /api/v1/sandbox/clock).");

    public static readonly DomainError MissingTarget = DomainError.Validation(
        "invalid-clock-target", "'to' is required: the moment, ISO 8601 with offset, to move the sandbox clock to.",
        new Dictionary<string, string[]> { ["to"] = ["'to' is required."] });

    public static readonly DomainError TooFar = DomainError.Validation(
        "invalid-clock-target", $"The sandbox clock moves at most {LongestMove.TotalDays:0} days at a time.",
        new Dictionary<string, string[]> { ["to"] = [$"At most {LongestMove.TotalDays:0} days ahead of the clock."] });

    public SandboxClockDto Read() => new(clock.Now, clock.Offset, null);

    /// <param name="annulNoShows">False leaves the R35 sweep to a later move, as a scheduler firing that comes after a late truck's read would.</param>
    public async Task<Result<SandboxClockDto>> AdvanceToAsync(DateTimeOffset? to, bool annulNoShows, CancellationToken cancellationToken)
    {
        if (to is not { } target)
        {
            return MissingTarget;
        }

        if (target - clock.Now > LongestMove)
        {
            return TooFar;
        }

        if (!clock.TryAdvanceTo(target))
        {
            return NotAhead;
        }

        // The move is the sandbox change; the sweeps it runs record their own effects.
        await audit.WriteAsync(new Seo.Application.Common.Ports.AuditRecord(Seo.Application.Audit.AuditActions.SandboxChanged, "clock", new { operation = "move-clock", to = target, annulNoShows }), cancellationToken);
        var swept = new SandboxSweepCounts(
            await SweepAsync(new ExpireHolds(), c => c.BatchSize, cancellationToken),
            await SweepAsync(new RemindBookings(), c => c.BatchSize, cancellationToken),
            await SweepAsync(new CallVehicles(), c => c.BatchSize, cancellationToken),
            annulNoShows ? await SweepAsync(new AnnulNoShows(), c => c.BatchSize, cancellationToken) : 0,
            await DeliverAsync(cancellationToken));
        return new SandboxClockDto(clock.Now, clock.Offset, swept);
    }

    /// <summary>Sends what is due, the messages of earlier moves included: those of this one are made from its events after it commits.</summary>
    private async Task<int> DeliverAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        int run;
        do
        {
            run = await delivery.RunAsync(cancellationToken);
            total += run;
        }
        while (run >= messaging.BatchSize);
        return total;
    }

    private async Task<int> SweepAsync<TCommand>(TCommand command, Func<TCommand, int> batchSize, CancellationToken cancellationToken)
        where TCommand : ICommand<Result<int>>
    {
        var total = 0;
        while (true)
        {
            var result = await sender.Send(command, cancellationToken);
            if (!result.IsSuccess)
            {
                // A sweep refused (e.g. a concurrent one holds its rows) is left to the scheduler's next firing.
                return total;
            }

            total += result.Value;
            if (result.Value < batchSize(command))
            {
                return total;
            }
        }
    }
}
