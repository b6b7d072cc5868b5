using Seo.Application.Common.Ports;
using Seo.Projections.Live;

namespace Seo.Projections.Tests.Live;

[Trait("ReadModel", "InProcess")]
public sealed class InProcessCheckpointLiveReadModelTests : CheckpointLiveReadModelConformance
{
    protected override ICheckpointLiveReadModel Model { get; } = new InProcessCheckpointLiveReadModel(replayBuffer: Buffer);
}
