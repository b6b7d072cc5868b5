namespace Seo.Infrastructure;

/// <summary>Which write store to use (section <c>Persistence</c>).</summary>
public sealed class PersistenceOptions
{
    public const string Section = "Persistence";

    /// <summary>Sqlite, the embedded default. Server providers come with their own migrations.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Where the embedded default keeps its database file when no connection string is given.</summary>
    public string DataDirectory { get; set; } = "data";
}
