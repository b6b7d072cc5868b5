using System.Text.RegularExpressions;
using Quartz;

namespace Seo.Infrastructure.Tests.Scheduling;

/// <summary>
/// The schema Quartz itself creates when asked to provision one, read from the scripts embedded in
/// the Quartz assembly this project references: what the EF model has to agree with, and what a
/// Quartz upgrade that changes it would make these tests point at.
/// </summary>
internal static partial class QuartzShippedSchema
{
    /// <summary>A column as the script declares it: lower-case name, type as written, and whether it may be null.</summary>
    public sealed record Column(string Name, string Type, bool Nullable);

    /// <summary>Tables (lower case, without the prefix) and their columns, for <c>postgres</c> or <c>sqlServer</c>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Column>> Read(string dialect)
    {
        var resource = $"Quartz.Impl.AdoJobStore.Schema.create_{dialect}.sql";
        using var stream = typeof(IJob).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Quartz no longer embeds {resource}: find where its schema moved and compare again.");
        using var reader = new StreamReader(stream);
        var tables = new Dictionary<string, IReadOnlyList<Column>>();
        List<Column>? columns = null;
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (CreateTable().Match(trimmed) is { Success: true } create)
            {
                columns = [];
                tables.Add(create.Groups["table"].Value.ToLowerInvariant(), columns);
            }
            else if (columns is not null && trimmed.StartsWith(')'))
            {
                columns = null;
            }
            else if (columns is not null && ColumnLine().Match(trimmed) is { Success: true } column)
            {
                columns.Add(new Column(
                    column.Groups["name"].Value.ToLowerInvariant(),
                    column.Groups["type"].Value.ToLowerInvariant(),
                    !trimmed.Contains("not null", StringComparison.OrdinalIgnoreCase)));
            }
        }

        return tables;
    }

    [GeneratedRegex(@"^CREATE TABLE (IF NOT EXISTS )?\{0\}(?<table>\w+) \(", RegexOptions.IgnoreCase)]
    private static partial Regex CreateTable();

    // Key and constraint lines start with a keyword, not with a column name followed by a type.
    [GeneratedRegex(@"^(?!(primary|foreign|constraint)\b)(?<name>\w+) (?<type>\w+(\([\w,]+\))?)", RegexOptions.IgnoreCase)]
    private static partial Regex ColumnLine();
}
