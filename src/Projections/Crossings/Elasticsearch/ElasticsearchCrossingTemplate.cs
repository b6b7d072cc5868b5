using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.Mapping;
using F = Seo.Projections.Crossings.Elasticsearch.ElasticsearchCrossingFields;

namespace Seo.Projections.Crossings.Elasticsearch;

/// <summary>
/// The index template of the monthly crossing indices. Mappings are explicit and strict: every
/// searchable value is a keyword (compared whole, as plates and codes are), and a document with
/// an unknown field is refused rather than mapped by guesswork. The same template is committed
/// as <c>deploy/kibana/index-template.json</c>; a test keeps the two equal.
/// </summary>
internal static class ElasticsearchCrossingTemplate
{
    public static PutIndexTemplateRequest Request(ElasticsearchCrossingLogOptions options) => new(options.TemplateName)
    {
        IndexPatterns = options.IndexPattern,
        Priority = 100,
        Template = new IndexTemplateMapping
        {
            Mappings = new TypeMapping
            {
                Dynamic = DynamicMapping.Strict,
                Properties = Properties(),
            },
        },
    };

    /// <summary>
    /// The same fields for the monthly indices that already exist: a template maps only indices
    /// created after it, and a strict index would refuse a document with a field added since (the
    /// current month's index would refuse every read entered by hand until the next month). Adding
    /// fields to an index is allowed; before any index exists there is nothing to update.
    /// </summary>
    public static PutMappingRequest ExistingIndices(ElasticsearchCrossingLogOptions options) => new(options.IndexPattern)
    {
        AllowNoIndices = true,
        Properties = Properties(),
    };

    private static Properties Properties() => new()
    {
        { F.EventId, new KeywordProperty() },
        { F.Timestamp, new DateProperty() },
        { F.Checkpoint, new KeywordProperty() },
        { F.Point, new KeywordProperty() },
        { F.Direction, new KeywordProperty() },
        { F.Plate, new KeywordProperty() },
        { F.PlateSkeleton, new KeywordProperty() },
        { F.Vin, new KeywordProperty() },
        { F.BookingNumber, new KeywordProperty() },
        { F.BookingId, new KeywordProperty() },
        { F.Matched, new BooleanProperty() },
        { F.Confidence, new FloatNumberProperty() },
        { F.CameraId, new KeywordProperty() },
        // Shown with a crossing, never searched: kept in _source only.
        { F.ImageReference, new KeywordProperty { Index = false, DocValues = false } },
        // R10: who entered a read by hand is searchable in Kibana (an audit of one officer's entries); why is only shown.
        { F.EnteredBy, new KeywordProperty() },
        { F.ManualReason, new KeywordProperty { Index = false, DocValues = false } },
    };
}
