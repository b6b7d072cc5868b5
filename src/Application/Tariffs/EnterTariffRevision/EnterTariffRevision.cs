using FluentValidation;
using Mediator;
using Seo.Application.Audit;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;
using Seo.Domain.Payments;

namespace Seo.Application.Tariffs.EnterTariffRevision;

/// <summary>
/// The registrar enters a fee in MRP or the MRP's value in tenge from a day still to come (R25, R26),
/// as the order No. 538 or the budget law sets it; the entry becomes the tariff's next version.
/// </summary>
public sealed record EnterTariffRevision(TariffItem? Item, decimal? Value, DateOnly? EffectiveFrom, string? Reason)
    : ICommand<Result<TariffRevisionDto>>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        new(AuditActions.TariffEntered, (answer as TariffRevisionDto)?.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new { item = Item?.ToString(), value = Value, effectiveFrom = EffectiveFrom, reason = Reason });
}

public sealed class EnterTariffRevisionValidator : AbstractValidator<EnterTariffRevision>
{
    public EnterTariffRevisionValidator()
    {
        RuleFor(c => c.Item).NotNull().IsInEnum();
        RuleFor(c => c.Value).NotNull();
        RuleFor(c => c.EffectiveFrom).NotNull();
        RuleFor(c => c.Reason).NotEmpty();
    }
}

public sealed class EnterTariffRevisionHandler(IRepository<TariffRevision> revisions, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<EnterTariffRevision, Result<TariffRevisionDto>>
{
    public async ValueTask<Result<TariffRevisionDto>> Handle(EnterTariffRevision command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var registrar = currentUser.AccountId ?? throw new InvalidOperationException("Only a signed-in registrar enters tariffs.");
        var last = await revisions.FirstOrDefaultAsync(new LastTariffRevisionSpec(), cancellationToken);

        // Two registrars entering at once take the same number: the unique index lets one commit
        // and the other is answered 409 concurrent-change, to enter again on the new version.
        var revision = TariffRevision.Enter(
            (last?.Number ?? 0) + 1, command.Item!.Value, command.Value!.Value, command.EffectiveFrom!.Value, command.Reason, registrar, clock.GetUtcNow());
        if (!revision.IsSuccess)
        {
            return revision.Error;
        }

        await revisions.AddAsync(revision.Value, cancellationToken);
        return TariffRevisionDto.From(revision.Value);
    }
}
