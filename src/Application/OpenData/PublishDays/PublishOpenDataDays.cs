using Mediator;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Application.OpenData.GetCheckpointDays;

namespace Seo.Application.OpenData.PublishDays;

/// <summary>
/// Publishes every checkpoint's open-data figures of yesterday and today (checkpoint-local) to the
/// analysts' index, from the same query the open-data endpoint answers, so Kibana and the API never
/// disagree. Yesterday is repeated because its late events (a no-show annulled after midnight, a
/// crossing in the small hours) still change it; older days are final. Without an index (the
/// crossing log is not in Elasticsearch) it publishes nothing. Returns how many days it put.
/// </summary>
public sealed record PublishOpenDataDays : IRequest<int>;

public sealed class PublishOpenDataDaysHandler(
    IEnumerable<IOpenDataIndex> indices, CheckpointCatalog checkpoints, ISender sender, TimeProvider clock) : IRequestHandler<PublishOpenDataDays, int>
{
    public async ValueTask<int> Handle(PublishOpenDataDays request, CancellationToken cancellationToken)
    {
        if (indices.FirstOrDefault() is not { } index)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var days = new List<OpenDataDay>();
        foreach (var checkpoint in (await checkpoints.AllAsync(cancellationToken)).OrderBy(c => c.Id.Value, StringComparer.Ordinal))
        {
            var today = checkpoint.DateAt(now);
            var figures = await sender.Send(new GetCheckpointDays.GetCheckpointDays(checkpoint.Id.Value, today.AddDays(-1), today), cancellationToken);
            if (figures.IsSuccess)
            {
                days.AddRange(figures.Value.Days.Select(day => new OpenDataDay(checkpoint.Id.Value, day)));
            }
        }

        await index.PutAsync(days, cancellationToken);
        return days.Count;
    }
}
