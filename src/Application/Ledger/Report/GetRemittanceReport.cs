using Mediator;
using Seo.Application.Common.Mapping;
using Seo.Application.Common.Ports;
using Seo.Application.Ledger.Common;
using Seo.Domain.Common;
using Seo.Domain.Ledger;

namespace Seo.Application.Ledger.Report;

/// <summary>R24, for the registrar: per Kazakhstan day, what was received, given back and remitted, and what is still to remit.</summary>
public sealed record GetRemittanceReport(DateOnly? From, DateOnly? To) : IQuery<Result<RemittanceReportDto>>;

public sealed record RemittanceReportDto(DateOnly From, DateOnly To, IReadOnlyList<RemittanceDayDto> Days, OverdueRemittance? Overdue);

/// <summary>
/// One day: money in (payments, debt settlements), money out (refunds, reversals), the day's batch, what of the day's
/// money is not remitted, and the last day R24 allows for remitting it.
/// </summary>
public sealed record RemittanceDayDto(DateOnly Day, MoneyDto Received, MoneyDto Refunded, MoneyDto Reversed, RemittanceDto? Remittance, string Unremitted, DateOnly DueBy);

public sealed class GetRemittanceReportHandler(ILedgerReader ledger, IRepository<Remittance> remittances, RemittanceDeadline deadline, TimeProvider clock)
    : IQueryHandler<GetRemittanceReport, Result<RemittanceReportDto>>
{
    public const int MaxDays = 92;

    public static readonly DomainError InvalidRange = DomainError.Validation("invalid-report-range", $"The report covers from ≤ to, at most {MaxDays} days.");

    public async ValueTask<Result<RemittanceReportDto>> Handle(GetRemittanceReport query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var today = KazakhstanTime.DayOf(clock.GetUtcNow());
        var to = query.To ?? today;
        var from = query.From ?? to.AddDays(-6);
        if (from > to || to.DayNumber - from.DayNumber >= MaxDays)
        {
            return InvalidRange;
        }

        var movements = await ledger.CashMovementsAsync(KazakhstanTime.StartOf(from), KazakhstanTime.StartOf(to.AddDays(1)), cancellationToken);
        var batches = await remittances.ListAsync(new RemittancesBetweenSpec(from, to), cancellationToken);
        var days = new List<RemittanceDayDto>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var ofDay = movements.Where(m => KazakhstanTime.DayOf(m.PostedAt) == day && m.Kind != JournalEntryKind.Remittance).ToList();
            days.Add(new RemittanceDayDto(
                day,
                TiynText.Money(ofDay.Where(m => m.CollectionTiyn > 0).Sum(m => m.CollectionTiyn)),
                TiynText.Money(ofDay.Where(m => m.Kind == JournalEntryKind.Refund).Sum(m => m.CollectionTiyn)),
                TiynText.Money(ofDay.Where(m => m.Kind == JournalEntryKind.Reversal).Sum(m => m.CollectionTiyn)),
                batches.FirstOrDefault(b => b.Day == day),
                TiynText.Signed(ofDay.Where(m => m.RemittanceId is null).Sum(m => m.CollectionTiyn)),
                deadline.DueBy(day)));
        }

        return new RemittanceReportDto(from, to, days, await deadline.OverdueAsync(cancellationToken));
    }
}
