using Elastic.Clients.Elasticsearch.Analysis;
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
            Settings = new IndexSettings
            {
                Analysis = new IndexSettingsAnalysis
                {
                    CharFilters = new CharFilters { { PlateFoldingFilter, PlateFolding() } },
                    Normalizers = new Normalizers
                    {
                        { PlateSkeletonNormalizer, new CustomNormalizer { CharFilter = [PlateFoldingFilter], Filter = ["uppercase"] } },
                    },
                },
            },
            Mappings = new TypeMapping
            {
                Dynamic = DynamicMapping.Strict,
                Properties = Properties(withLookAlikes: true),
            },
        },
    };

    /// <summary>The plate's sub-field that the index folds itself: <c>plate.lookalike</c>.</summary>
    public const string LookAlikeField = "lookalike";

    private const string PlateFoldingFilter = "plate_folding";
    private const string PlateSkeletonNormalizer = "plate_skeleton";

    /// <summary>
    /// <see cref="PlateSkeleton.CharacterFolding"/> as a mapping character filter. A space or tab
    /// is written as its escape: the filter's rules are trimmed around the arrow.
    /// </summary>
    private static MappingCharFilter PlateFolding() => new()
    {
        Mappings = [.. PlateSkeleton.CharacterFolding.Select(mapping => $"{Escaped(mapping.Key)} => {mapping.Value}")],
    };

    private static string Escaped(string character) => character switch
    {
        " " => "\\u0020",
        "\t" => "\\t",
        _ => character,
    };

    /// <summary>
    /// The same fields for the monthly indices that already exist: a template maps only indices
    /// created after it, and a strict index would refuse a document with a field added since (the
    /// current month's index would refuse every read entered by hand until the next month). Adding
    /// fields to an index is allowed; before any index exists there is nothing to update. The
    /// look-alike sub-field is not among them: its normalizer is an analysis setting, which an
    /// open index does not take, so an index made before it has none until it is reindexed
    /// (docs/operations.md); mappings merge, so leaving it out removes it from no index.
    /// </summary>
    public static PutMappingRequest ExistingIndices(ElasticsearchCrossingLogOptions options) => new(options.IndexPattern)
    {
        AllowNoIndices = true,
        Properties = Properties(withLookAlikes: false),
    };

    private static Properties Properties(bool withLookAlikes) => new()
    {
        { F.EventId, new KeywordProperty() },
        { F.Timestamp, new DateProperty() },
        { F.Checkpoint, new KeywordProperty() },
        { F.Point, new KeywordProperty() },
        { F.Direction, new KeywordProperty() },
        // The plate as read, and — where the index has the normalizer — folded by the index, so
        // that a plate typed as seen (Cyrillic look-alikes, lower case, spaces) finds its look-alikes.
        {
            F.Plate, withLookAlikes
                ? new KeywordProperty { Fields = new Properties { { LookAlikeField, new KeywordProperty { Normalizer = PlateSkeletonNormalizer } } } }
                : new KeywordProperty()
        },
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
