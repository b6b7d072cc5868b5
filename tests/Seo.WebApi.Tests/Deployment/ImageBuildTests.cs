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

    [GeneratedRegex(@"^COPY\s+(?!--from)(?<source>\S+)\s", RegexOptions.Multiline)]
    private static partial Regex CopySource();
}
