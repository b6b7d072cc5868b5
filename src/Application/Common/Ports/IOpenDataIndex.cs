using Seo.Application.OpenData.GetCheckpointDays;

namespace Seo.Application.Common.Ports;

/// <summary>
/// Where analysts read the open data in Kibana (R22, R6): one document per checkpoint and day,
/// replaced whole each time the day's figures are published again. Registered only where the
/// crossing log is in Elasticsearch; the API's own open-data endpoint does not need it.
/// </summary>
public interface IOpenDataIndex
{
    /// <summary>Puts the days (a day already there is replaced); safe to repeat.</summary>
    Task PutAsync(IReadOnlyCollection<OpenDataDay> days, CancellationToken cancellationToken);
}

/// <summary>One checkpoint's figures of one checkpoint-local day.</summary>
public sealed record OpenDataDay(string Checkpoint, CheckpointDayDto Day);
