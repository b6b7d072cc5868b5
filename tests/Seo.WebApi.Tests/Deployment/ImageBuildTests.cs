using System.Text.RegularExpressions;
using System.Xml.Linq;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Deployment;

/// <summary>
/// The image (deploy/api.Dockerfile) is built where Docker runs, not here: what can be held here is
/// that it copies every file the API's build reads, so that its publish does what this one does.
/// </summary>
public sealed partial class ImageBuildTests
{
    [Fact]
    public void The_image_copies_every_file_outside_src_that_the_API_builds_in()
    {
        var project = XDocument.Load(Path.Combine(RepositoryRoot.Path, "src", "WebApi", "Seo.WebApi.csproj"));
        var dockerfile = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "deploy", "api.Dockerfile"));
        var copied = CopySource().Matches(dockerfile).Select(m => m.Groups["source"].Value).ToList();

        var outside = project.Descendants()
            .Select(item => item.Attribute("Include")?.Value)
            .OfType<string>()
            .Select(include => include.Replace('\\', '/'))
            .Where(include => include.StartsWith("../../", StringComparison.Ordinal) && !include.StartsWith("../../src/", StringComparison.Ordinal))
            .Select(include => include["../../".Length..])
            .ToList();

        outside.ShouldNotBeEmpty();
        outside.ShouldAllBe(file => copied.Any(source => file == source || file.StartsWith(source.TrimEnd('/') + "/", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_restore_layer_copies_every_project_the_API_references()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "deploy", "api.Dockerfile"));
        var beforeRestore = dockerfile[..dockerfile.IndexOf("RUN dotnet restore", StringComparison.Ordinal)];
        var copied = CopySource().Matches(beforeRestore).Select(m => m.Groups["source"].Value).ToHashSet(StringComparer.Ordinal);

        var projects = ReferencedProjects("src/WebApi/Seo.WebApi.csproj");

        // The worker too: the API references it so that its publish output carries it (compose's `projections`).
        projects.ShouldContain("src/Worker/Seo.Worker.csproj");
        projects.Where(project => !copied.Contains(project)).ShouldBeEmpty("the restore runs before `COPY src/`: a project it cannot see fails it");
    }

    /// <summary>The project and every project it references, directly or not, relative to the repository.</summary>
    private static HashSet<string> ReferencedProjects(string project)
    {
        var found = new HashSet<string>(StringComparer.Ordinal) { project };
        var pending = new Queue<string>([project]);
        while (pending.TryDequeue(out var current))
        {
            var directory = Path.GetDirectoryName(Path.Combine(RepositoryRoot.Path, current))!;
            foreach (var include in XDocument.Load(Path.Combine(RepositoryRoot.Path, current)).Descendants("ProjectReference").Select(r => r.Attribute("Include")!.Value))
            {
                var referenced = Path.GetRelativePath(RepositoryRoot.Path, Path.GetFullPath(Path.Combine(directory, include.Replace('\\', '/')))).Replace('\\', '/');
                if (found.Add(referenced))
                {
                    pending.Enqueue(referenced);
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"^COPY\s+(?!--from)(?<source>\S+)\s", RegexOptions.Multiline)]
    private static partial Regex CopySource();
}
