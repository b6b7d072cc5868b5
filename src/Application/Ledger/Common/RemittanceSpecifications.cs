using System.Linq.Expressions;
using Ardalis.Specification;
using Seo.Domain.Ledger;

namespace Seo.Application.Ledger.Common;

/// <summary>Entries that moved money through the collection account and are not remitted yet (a remittance entry is its own batch's).</summary>
public static class UnremittedEntries
{
    public static readonly Expression<Func<JournalEntry, bool>> Predicate =
        e => e.RemittanceId == null && e.CollectionTiyn != 0 && e.Kind != JournalEntryKind.Remittance;
}

/// <summary>Unremitted entries posted before an instant.</summary>
public sealed class UnremittedEntriesSpec : Specification<JournalEntry>
{
    public UnremittedEntriesSpec(DateTimeOffset postedBefore) =>
        Query.Where(UnremittedEntries.Predicate).Where(e => e.PostedAt < postedBefore);
}

public sealed class RemittanceOfDaySpec : Specification<Remittance>, ISingleResultSpecification<Remittance>
{
    public RemittanceOfDaySpec(DateOnly day) => Query.Where(r => r.Day == day).AsNoTracking();
}

public sealed class RemittanceByNumberSpec : Specification<Remittance>, ISingleResultSpecification<Remittance>
{
    public RemittanceByNumberSpec(string number) => Query.Where(r => r.Number == number).AsNoTracking();
}

/// <summary>The batches of the days from <c>from</c> to <c>to</c>, by day, selected as DTOs.</summary>
public sealed class RemittancesBetweenSpec : Specification<Remittance, RemittanceDto>
{
    public RemittancesBetweenSpec(DateOnly from, DateOnly to) =>
        Query.Where(r => r.Day >= from && r.Day <= to).OrderBy(r => r.Day).AsNoTracking().Select(RemittanceDto.Projection.Expression);
}
