namespace Seo.Application.Draws.Common;

/// <summary>The fair release of new days (section <c>Seo:Draws</c>, docs/fair-release.md).</summary>
public sealed class DrawOptions
{
    public const string Section = "Seo:Draws";

    /// <summary>
    /// How long after a day enters the 90-day horizon (R22; checkpoint-local midnight) booking
    /// requests for it are collected as draw entries; zero turns the draw off (first come, first served).
    /// </summary>
    public TimeSpan OpeningWindow { get; set; } = TimeSpan.FromMinutes(30);
}
