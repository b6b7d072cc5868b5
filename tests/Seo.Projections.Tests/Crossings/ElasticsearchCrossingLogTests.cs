using Seo.Application.Common.Ports;

namespace Seo.Projections.Tests.Crossings;

/// <summary>The conformance suite against a real Elasticsearch; see <see cref="ElasticsearchCrossingLogFixture"/>.</summary>
[Trait("ReadModel", "Elasticsearch")]
public sealed class ElasticsearchCrossingLogTests(ElasticsearchCrossingLogFixture fixture) : CrossingLogConformance, IClassFixture<ElasticsearchCrossingLogFixture>
{
    protected override ICrossingLog Log => fixture.Log;
}
