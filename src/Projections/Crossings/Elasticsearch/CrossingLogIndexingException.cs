namespace Seo.Projections.Crossings.Elasticsearch;

/// <summary>
/// Elasticsearch refused crossings for a reason retrying will not cure (a mapping conflict, a
/// closed index, …), or kept answering 429 after every retry. The batch must be delivered again;
/// indexing is idempotent, so the documents it did accept are not doubled.
/// </summary>
public sealed class CrossingLogIndexingException : Exception
{
    /// <summary>Creates the exception with its explanation.</summary>
    public CrossingLogIndexingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its explanation and cause.</summary>
    public CrossingLogIndexingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic explanation.</summary>
    public CrossingLogIndexingException()
        : base("Elasticsearch refused crossings.")
    {
    }
}
