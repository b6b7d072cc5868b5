namespace Seo.WebApi.Tests.TestHost;

/// <summary>The clone the tests run from: where Seo.sln and the committed contract are.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Seo.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Seo.sln above {AppContext.BaseDirectory}.");
    }
}
