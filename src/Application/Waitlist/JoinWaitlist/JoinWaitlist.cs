using FluentValidation;
using Mediator;
using Seo.Application.Bookings.Common;
using Seo.Application.Bookings.Create;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Application.Waitlist.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Waitlist;

namespace Seo.Application.Waitlist.JoinWaitlist;

/// <summary>
/// A paid booking waits for an earlier interval at its checkpoint (R22, R28): intervals starting
/// on a checkpoint-local date from <see cref="From"/> to <see cref="To"/>, at a time from
/// <see cref="EarliestStart"/> to <see cref="LatestStart"/> (the whole day by default). A booking
/// already waiting keeps its place in the queue with the new window; one whose wait ended joins at the back.
/// </summary>
public sealed record JoinWaitlist(Guid BookingId, DateOnly? From, DateOnly? To, string? EarliestStart, string? LatestStart)
    : ICommand<Result<WaitlistEntryDto>>;

public sealed class JoinWaitlistValidator : AbstractValidator<JoinWaitlist>
{
    public JoinWaitlistValidator()
    {
        RuleFor(c => c.From).Required().PlausibleDate();
        RuleFor(c => c.To).Required().PlausibleDate();
        RuleFor(c => c.To).GreaterThanOrEqualTo(c => c.From).When(c => c.From is not null && c.To is not null)
            .WithErrorCode("invalid-waitlist-window").WithMessage("'to' is on or after 'from'.");
        RuleFor(c => c.EarliestStart).Must(BeLocalTime).WithErrorCode("invalid-start").WithMessage("'earliestStart' is a checkpoint-local time HH:mm, e.g. 08:00.");
        RuleFor(c => c.LatestStart).Must(BeLocalTime).WithErrorCode("invalid-start").WithMessage("'latestStart' is a checkpoint-local time HH:mm, e.g. 18:00.");
        RuleFor(c => c).Must(c => EarliestOf(c) <= LatestOf(c)).When(c => BeLocalTime(c.EarliestStart) && BeLocalTime(c.LatestStart))
            .WithName("latestStart").WithErrorCode("invalid-waitlist-window").WithMessage("'latestStart' is not before 'earliestStart'.");
    }

    public static TimeOnly EarliestOf(JoinWaitlist command) => command!.EarliestStart is null ? TimeOnly.MinValue : CreateBookingValidator.ParseStart(command.EarliestStart);

    public static TimeOnly LatestOf(JoinWaitlist command) => command!.LatestStart is null ? TimeOnly.MaxValue : CreateBookingValidator.ParseStart(command.LatestStart);

    private static bool BeLocalTime(string? time) => time is null || CreateBookingValidator.TryParseStart(time, out _);
}

public sealed class JoinWaitlistHandler(
    BookingAccess access, IRepository<WaitlistEntry> entries, CheckpointCatalog checkpoints, TimeProvider clock)
    : ICommandHandler<JoinWaitlist, Result<WaitlistEntryDto>>
{
    public async ValueTask<Result<WaitlistEntryDto>> Handle(JoinWaitlist command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var booking = await access.ActionableAsync(command.BookingId, cancellationToken);
        if (booking is null)
        {
            return BookingErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        var checkpoint = await checkpoints.FindAsync(booking.Checkpoint, cancellationToken);
        if (checkpoint is not null && command.From < checkpoint.DateAt(now))
        {
            return DomainError.Validation(
                "waitlist-window-in-the-past", "The window cannot begin before today (checkpoint-local).", new Dictionary<string, string[]> { ["from"] = ["Today or later."] });
        }

        var window = new WaitlistWindow(command.From!.Value, command.To!.Value, JoinWaitlistValidator.EarliestOf(command), JoinWaitlistValidator.LatestOf(command));
        var entry = await entries.FirstOrDefaultAsync(new WaitlistEntryOfBookingSpec(command.BookingId), cancellationToken);
        if (entry is null)
        {
            var joined = WaitlistEntry.Join(booking, window, now);
            if (!joined.IsSuccess)
            {
                return joined.Error;
            }

            entry = joined.Value;
            await entries.AddAsync(entry, cancellationToken);
        }
        else
        {
            var changed = entry.ChangeWindow(booking, window, now);
            if (!changed.IsSuccess)
            {
                return changed.Error;
            }
        }

        return entry.ToDto(await entries.CountAsync(new WaitingAheadSpec(entry), cancellationToken) + 1);
    }
}
