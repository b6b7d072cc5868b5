namespace Seo.Application.Common.Ports;

/// <summary>How many crossings one checkpoint's cameras read on one Kazakhstan (UTC+5) day.</summary>
/// <param name="Checkpoint">The checkpoint's code.</param>
/// <param name="Day">The calendar day in UTC+5.</param>
/// <param name="Count">The number of crossings read that day.</param>
public sealed record CrossingsPerDay(string Checkpoint, DateOnly Day, long Count);
