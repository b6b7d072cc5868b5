using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Seo.WebApi.Tests.TestHost;

/// <summary>
/// With <c>SEO_RECORD_EXAMPLES=1</c>, keeps one real body per operation and answer from the tests'
/// traffic — only traffic the contract check passed — and, when the test process ends, adds those
/// not yet there to <c>contracts/examples.v1.json</c>, which the served document takes its
/// examples from. Examples already recorded are kept, so a recording run changes only what was
/// missing; delete an operation's entry to record it again. Secrets the tests sent or got are
/// replaced by placeholders.
/// </summary>
internal static class ExampleRecorder
{
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("SEO_RECORD_EXAMPLES") == "1";

    private static readonly string FilePath = Path.Combine(RepositoryRoot.Path, "contracts", "examples.v1.json");
    private static readonly ConcurrentDictionary<(string Operation, string Key), JsonNode> Recorded = new();
    private static readonly string[] Secrets = ["password", "currentPassword", "newPassword", "generatedPassword", "accessToken", "refreshToken", "secret", "apiKey"];

    static ExampleRecorder()
    {
        if (Enabled)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Write();
        }
    }

    /// <summary>The first body seen for this operation and key (a status, or "request").</summary>
    public static void Record(string operationId, string key, JsonElement body)
    {
        if (Enabled && Scrub(JsonNode.Parse(body.GetRawText())) is { } example)
        {
            Recorded.TryAdd((operationId, key), example);
        }
    }

    private static JsonNode? Scrub(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject members:
                foreach (var name in members.Select(m => m.Key).ToList())
                {
                    members[name] = Secrets.Contains(name, StringComparer.OrdinalIgnoreCase) && members[name] is JsonValue
                        ? JsonValue.Create($"<{name}>")
                        : Scrub(members[name]);
                }

                return members;
            case JsonArray items:
                // Enough to show the shape: a long list is cut to its first three.
                while (items.Count > 3)
                {
                    items.RemoveAt(items.Count - 1);
                }

                for (var i = 0; i < items.Count; i++)
                {
                    items[i] = Scrub(items[i]?.DeepClone());
                }

                return items;
            default:
                return node?.DeepClone();
        }
    }

    private static void Write()
    {
        var file = File.Exists(FilePath) ? JsonNode.Parse(File.ReadAllText(FilePath))!.AsObject() : [];
        foreach (var ((operation, key), body) in Recorded)
        {
            var entry = file[operation] as JsonObject ?? [];
            file[operation] = entry;
            if (entry[key] is null)
            {
                entry[key] = body.DeepClone();
            }
        }

        // Sorted by operation and key, so that a recording run's diff shows only what it added.
        var sorted = new JsonObject();
        foreach (var (operation, entry) in file.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var keys = new JsonObject();
            foreach (var (key, body) in entry!.AsObject().OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                keys[key] = body!.DeepClone();
            }

            sorted[operation] = keys;
        }

        var options = new JsonSerializerOptions { WriteIndented = true, IndentSize = 2, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        File.WriteAllText(FilePath, sorted.ToJsonString(options).ReplaceLineEndings("\n") + "\n");
    }
}
