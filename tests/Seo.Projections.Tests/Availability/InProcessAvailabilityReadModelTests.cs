using Seo.Application.Common.Ports;
using Seo.Projections.Availability;

namespace Seo.Projections.Tests.Availability;

[Trait("ReadModel", "InProcess")]
public sealed class InProcessAvailabilityReadModelTests : AvailabilityReadModelConformance
{
    protected override IAvailabilityReadModel Model { get; } = new InProcessAvailabilityReadModel();
}
