namespace Seo.Projections.Tests.Crossings;

/// <summary>What the Elasticsearch client sent: the method, the path with its query string, the body.</summary>
internal sealed record RecordedRequest(string Method, string PathAndQuery, string? Body);
