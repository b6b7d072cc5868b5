using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Draws.Common;
using Seo.Domain.Common;
using Seo.Domain.Draws;

namespace Seo.Application.Draws.GetDraw;

/// <summary>
/// The public record of a checkpoint-day's draw (anonymous): the commitment from the start; after
/// the draw the seed and every entry in draw order with its pseudonymous applicant and outcome,
/// so that anyone can recompute the order (docs/fair-release.md). Before the draw only the count
/// of entries is shown.
/// </summary>
public sealed record GetDayDraw(string Checkpoint, DateOnly Date) : IQuery<Result<DayDrawDto>>;

public sealed record DayDrawDto(
    string Checkpoint,
    DateOnly Date,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    string Commitment,
    DateTimeOffset CommittedAt,
    string? Seed,
    DateTimeOffset? DrawnAt,
    int EntryCount,
    IReadOnlyList<DrawnEntryDto> Entries);

/// <summary>One entry as published: its id (the applicant's own reference), the applicant's pseudonym, its place in the order and what it came to.</summary>
public sealed record DrawnEntryDto(Guid EntryId, string Applicant, string EntryKey, int Position, string? RequestedStart, DrawOutcome Outcome, string? Start);

public sealed class GetDayDrawHandler(IRepository<DayDraw> draws, IRepository<DrawEntry> entries) : IQueryHandler<GetDayDraw, Result<DayDrawDto>>
{
    public async ValueTask<Result<DayDrawDto>> Handle(GetDayDraw query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var code = query.Checkpoint.Trim().ToUpperInvariant();
        var draw = await draws.FirstOrDefaultAsync(new DayDrawSpec(code, query.Date, readOnly: true), cancellationToken);
        if (draw is null)
        {
            return DrawErrors.NotFound;
        }

        // Before the draw only the count is shown: the store counts, and no entry is read.
        var count = await entries.CountAsync(new EntriesOfDaySpec(code, query.Date), cancellationToken);
        var published = draw.RevealedSeed is { } seed
            ? (await entries.ListAsync(new DrawnEntriesOfDaySpec(code, query.Date), cancellationToken)).Select(e => new DrawnEntryDto(
                e.Id, e.Applicant, FairDraw.EntryKey(seed, e.Id), e.Position, Time(e.Start), e.Outcome, Time(e.WonStart))).ToList()
            : [];
        return new DayDrawDto(
            draw.Checkpoint, draw.Date, draw.OpensAt, draw.ClosesAt, draw.Commitment, draw.CommittedAt, draw.RevealedSeed, draw.DrawnAt, count, published);
    }

    private static string? Time(TimeOnly? time) => time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
