using Seo.Projections.Crossings.Lucene;

namespace Seo.Projections.Tests.Crossings;

/// <summary>One on-disk Lucene index per test class, in a temporary folder removed afterwards.</summary>
public sealed class LuceneCrossingLogFixture : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "seo-crossings-" + Guid.NewGuid().ToString("N"));

    public LuceneCrossingLogFixture() => Log = new LuceneCrossingLog(directory);

    public LuceneCrossingLog Log { get; }

    public void Dispose()
    {
        Log.Dispose();
        Directory.Delete(directory, recursive: true);
    }
}
