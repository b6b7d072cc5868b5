using Ardalis.Specification;
using Seo.Domain.Draws;

namespace Seo.Application.Draws.Common;

public sealed class DayDrawSpec : Specification<DayDraw>, ISingleResultSpecification<DayDraw>
{
    public DayDrawSpec(string checkpoint, DateOnly date, bool readOnly = false)
    {
        Query.Where(d => d.Checkpoint == checkpoint && d.Date == date);
        if (readOnly)
        {
            Query.AsNoTracking();
        }
    }
}

/// <summary>Draws whose window has closed and that have not run, oldest first.</summary>
public sealed class DueDrawsSpec : Specification<DayDraw>
{
    public DueDrawsSpec(DateTimeOffset now, int batchSize) =>
        Query.Where(d => d.DrawnAt == null && d.ClosesAt <= now).OrderBy(d => d.ClosesAt).Take(batchSize).AsNoTracking();
}

/// <summary>Undrawn draws of a checkpoint between two dates: their days are not on sale yet.</summary>
public sealed class UndrawnDaysSpec : Specification<DayDraw, DateOnly>
{
    public UndrawnDaysSpec(string checkpoint, DateOnly firstDate, DateOnly lastDate) =>
        Query.Where(d => d.Checkpoint == checkpoint && d.Date >= firstDate && d.Date <= lastDate && d.DrawnAt == null)
            .AsNoTracking()
            .Select(d => d.Date);
}

public sealed class PendingEntriesOfDaySpec : Specification<DrawEntry>
{
    public PendingEntriesOfDaySpec(string checkpoint, DateOnly date) =>
        Query.Where(e => e.Checkpoint == checkpoint && e.Date == date && e.Outcome == DrawOutcome.Pending);
}

/// <summary>The entries of a checkpoint-day, to count.</summary>
public sealed class EntriesOfDaySpec : Specification<DrawEntry>
{
    public EntriesOfDaySpec(string checkpoint, DateOnly date) =>
        Query.Where(e => e.Checkpoint == checkpoint && e.Date == date).AsNoTracking();
}

/// <summary>The entries of a checkpoint-day that the draw placed, in draw order, with only what the published draw shows.</summary>
public sealed class DrawnEntriesOfDaySpec : Specification<DrawEntry, DrawnEntryRow>
{
    public DrawnEntriesOfDaySpec(string checkpoint, DateOnly date)
    {
        Query.Where(e => e.Checkpoint == checkpoint && e.Date == date && e.Position != null).OrderBy(e => e.Position).AsNoTracking();
        Query.Select(e => new DrawnEntryRow(e.Id, e.Applicant!, e.Position!.Value, e.Start, e.Outcome, e.WonStart));
    }
}

/// <summary>The columns of a placed entry the published draw shows.</summary>
public sealed record DrawnEntryRow(Guid Id, string Applicant, int Position, TimeOnly? Start, DrawOutcome Outcome, TimeOnly? WonStart);

/// <summary>An account's entries still waiting for a draw: they count against its caps like unpaid holds.</summary>
public sealed class PendingEntriesOfAccountSpec : Specification<DrawEntry>
{
    public PendingEntriesOfAccountSpec(Guid account) =>
        Query.Where(e => e.AccountId == account && e.Outcome == DrawOutcome.Pending).AsNoTracking();
}

/// <summary>Whether a vehicle has already entered a day's draw.</summary>
public sealed class EntryOfVehicleSpec : Specification<DrawEntry>
{
    public EntryOfVehicleSpec(string checkpoint, DateOnly date, string vin, string plateKey) =>
        Query.Where(e => e.Checkpoint == checkpoint && e.Date == date && (e.Vin == vin || e.PlateKey == plateKey)).AsNoTracking();
}

/// <summary>The days of an account's entries still waiting for their draw at a checkpoint, one per entry.</summary>
public sealed class PendingEntryDatesOfAccountSpec : Specification<DrawEntry, DateOnly>
{
    public PendingEntryDatesOfAccountSpec(Guid account, string checkpoint, DateOnly firstDate, DateOnly lastDate) =>
        Query.Where(e => e.AccountId == account && e.Checkpoint == checkpoint && e.Date >= firstDate && e.Date <= lastDate && e.Outcome == DrawOutcome.Pending)
            .AsNoTracking()
            .Select(e => e.Date);
}
