using Seo.Domain.Draws;

namespace Seo.Application.Draws.Common;

/// <summary>
/// A booking request taken as a draw entry (202): the entry's id is the applicant's reference in
/// the published draw; the draw runs at <see cref="DrawAt"/>, and the result is told in the cabinet
/// and by message.
/// </summary>
public sealed record DrawEntryDto(Guid EntryId, string Checkpoint, DateOnly Date, string? Start, DateTimeOffset DrawAt, string? Commitment, DrawOutcome Outcome, Guid? BookingId);
