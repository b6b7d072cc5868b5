using FluentValidation;
using Mediator;
using Seo.Application.Bookings.Common;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Application.Bookings.AlternativeCheckpoints;

/// <summary>
/// R22: the owner (or its dispatcher, R15) allows a capacity cut to move the booking to other
/// checkpoints of the same border, in order of preference, when one of them has a place nearer in
/// time than its own; an empty list withdraws the permission. The replaced list is the whole answer.
/// </summary>
public sealed record AllowAlternativeCheckpoints(Guid BookingId, IReadOnlyList<string>? Checkpoints) : ICommand<Result<BookingDto>>;

public sealed class AllowAlternativeCheckpointsValidator : AbstractValidator<AllowAlternativeCheckpoints>
{
    public AllowAlternativeCheckpointsValidator()
    {
        RuleFor(c => c.Checkpoints).Required()
            .Must(codes => codes!.Count <= Booking.MaxAlternativeCheckpoints).WithMessage($"At most {Booking.MaxAlternativeCheckpoints} checkpoints.");
        RuleForEach(c => c.Checkpoints).MustBe(CheckpointCode.Create);
    }
}

public sealed class AllowAlternativeCheckpointsHandler(BookingAccess access, IRepository<Checkpoint> checkpoints)
    : ICommandHandler<AllowAlternativeCheckpoints, Result<BookingDto>>
{
    public async ValueTask<Result<BookingDto>> Handle(AllowAlternativeCheckpoints command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var booking = await access.ActionableAsync(command.BookingId, cancellationToken);
        if (booking is null)
        {
            return BookingErrors.NotFound;
        }

        var own = await checkpoints.FirstOrDefaultAsync(new CheckpointByCodeSpec(booking.Checkpoint), cancellationToken);
        if (own is null)
        {
            return CheckpointErrors.NotFound;
        }

        var alternatives = new List<Checkpoint>();
        foreach (var code in command.Checkpoints!)
        {
            var alternative = await checkpoints.FirstOrDefaultAsync(new CheckpointByCodeSpec(CheckpointCode.Create(code).Value), cancellationToken);
            if (alternative is null)
            {
                return BookingErrors.AlternativeNotNearby(own, Booking.MaxAlternativeCheckpoints);
            }

            alternatives.Add(alternative);
        }

        var allowed = booking.AllowAlternativeCheckpoints(own, alternatives);
        return allowed.IsSuccess ? booking.ToDto() : allowed.Error;
    }
}
