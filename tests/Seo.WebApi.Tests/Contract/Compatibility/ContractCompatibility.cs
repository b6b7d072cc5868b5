using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Seo.WebApi.Tests.Contract.Compatibility;

/// <summary>
/// What a client built against the released contract would trip over in the current one. A request
/// the released contract allowed must still be allowed (no new required member or parameter, no
/// narrower type, enum, format or bound); an answer must hold no surprise (no member gone, no new
/// null, no new enum value, no new success status), because generated clients refuse what their
/// types do not know. Additions that the released client can ignore are not breaking.
/// </summary>
internal sealed partial class ContractCompatibility
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    private readonly JsonObject released;
    private readonly JsonObject current;
    private readonly List<string> breaking = [];
    private readonly HashSet<string> compared = [];

    private ContractCompatibility(JsonObject released, JsonObject current)
    {
        this.released = released;
        this.current = current;
    }

    private enum Direction
    {
        /// <summary>What the client sends: the current contract must accept all the released one did.</summary>
        Request,

        /// <summary>What the client receives: the current contract must promise no more than the released one did.</summary>
        Response,
    }

    /// <summary>Each breaking change, as "where: what"; empty when a released client keeps working.</summary>
    public static IReadOnlyList<string> BreakingChanges(JsonObject released, JsonObject current)
    {
        ArgumentNullException.ThrowIfNull(released);
        ArgumentNullException.ThrowIfNull(current);
        var check = new ContractCompatibility(released, current);
        check.ComparePaths();
        return check.breaking;
    }

    private void ComparePaths()
    {
        // A path parameter's name is not part of what the client calls: /bookings/{id} is /bookings/{bookingId}.
        var currentPaths = (current["paths"]?.AsObject() ?? []).ToDictionary(p => Template(p.Key), p => p.Value!.AsObject());
        foreach (var (path, releasedItem) in released["paths"]?.AsObject() ?? [])
        {
            currentPaths.TryGetValue(Template(path), out var currentItem);
            foreach (var method in Methods)
            {
                if (releasedItem?[method] is not JsonObject releasedOperation)
                {
                    continue;
                }

                var where = $"{method.ToUpperInvariant()} {path}";
                if (currentItem?[method] is not JsonObject currentOperation)
                {
                    breaking.Add($"{where}: the operation is gone");
                    continue;
                }

                CompareParameters(where, releasedOperation, currentOperation);
                CompareRequestBody(where, releasedOperation["requestBody"] as JsonObject, currentOperation["requestBody"] as JsonObject);
                CompareResponses(where, releasedOperation["responses"]?.AsObject() ?? [], currentOperation["responses"]?.AsObject() ?? []);
            }
        }
    }

    private void CompareParameters(string where, JsonObject releasedOperation, JsonObject currentOperation)
    {
        var releasedParameters = Parameters(releasedOperation);
        var currentParameters = Parameters(currentOperation);
        foreach (var (key, parameter) in currentParameters)
        {
            var required = parameter["required"]?.GetValue<bool>() == true;
            var wasRequired = releasedParameters.TryGetValue(key, out var before) && before["required"]?.GetValue<bool>() == true;
            if (required && !wasRequired && !key.StartsWith("path ", StringComparison.Ordinal))
            {
                breaking.Add($"{where}: the {key} parameter is now required");
            }
        }

        foreach (var (key, parameter) in releasedParameters)
        {
            if (!currentParameters.TryGetValue(key, out var now))
            {
                // A client still sends it; the server no longer reads it, so the request means something else.
                breaking.Add($"{where}: the {key} parameter is gone");
                continue;
            }

            CompareSchema($"{where} {key} parameter", parameter["schema"] as JsonObject, now["schema"] as JsonObject, Direction.Request);
        }
    }

    /// <summary>Parameters by where and name; a path parameter by position, since its name is not sent.</summary>
    private static Dictionary<string, JsonObject> Parameters(JsonObject operation)
    {
        var pathIndex = 0;
        var byKey = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var parameter in operation["parameters"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            var location = parameter["in"]!.GetValue<string>();
            var name = parameter["name"]!.GetValue<string>();
            var key = location switch
            {
                "path" => $"path #{++pathIndex}",

                // Header names are case-insensitive on the wire.
                "header" => $"header {name.ToUpperInvariant()}",
                _ => $"{location} {name}",
            };
            byKey[key] = parameter;
        }

        return byKey;
    }

    private void CompareRequestBody(string where, JsonObject? releasedBody, JsonObject? currentBody)
    {
        if (currentBody is null)
        {
            return;
        }

        if (currentBody["required"]?.GetValue<bool>() == true && releasedBody?["required"]?.GetValue<bool>() != true)
        {
            breaking.Add($"{where}: a request body is now required");
        }

        foreach (var (mediaType, content) in releasedBody?["content"]?.AsObject() ?? [])
        {
            if (currentBody["content"]?[mediaType] is not JsonObject now)
            {
                breaking.Add($"{where}: a {mediaType} request body is no longer accepted");
                continue;
            }

            CompareSchema($"{where} request {mediaType}", content?["schema"] as JsonObject, now["schema"] as JsonObject, Direction.Request);
        }
    }

    private void CompareResponses(string where, JsonObject releasedResponses, JsonObject currentResponses)
    {
        foreach (var (status, _) in currentResponses)
        {
            if (status.StartsWith('2') && !releasedResponses.ContainsKey(status))
            {
                breaking.Add($"{where}: succeeds with {status}, which the released contract does not name");
            }
        }

        foreach (var (status, releasedNode) in releasedResponses)
        {
            if (currentResponses[status] is not JsonObject currentResponse || releasedNode is not JsonObject releasedResponse)
            {
                // An answer the server no longer gives breaks no client.
                continue;
            }

            foreach (var (header, definition) in releasedResponse["headers"]?.AsObject() ?? [])
            {
                var wasRequired = Resolve(released, definition as JsonObject)?["required"]?.GetValue<bool>() == true;
                if (wasRequired && currentResponse["headers"]?[header] is null)
                {
                    breaking.Add($"{where} {status}: the {header} header is gone");
                }
            }

            foreach (var (mediaType, content) in releasedResponse["content"]?.AsObject() ?? [])
            {
                if (currentResponse["content"]?[mediaType] is not JsonObject now)
                {
                    breaking.Add($"{where} {status}: no longer answers {mediaType}");
                    continue;
                }

                CompareSchema($"{where} {status} {mediaType}", content?["schema"] as JsonObject, now["schema"] as JsonObject, Direction.Response);
            }
        }
    }

    private void CompareSchema(string where, JsonObject? releasedSchema, JsonObject? currentSchema, Direction direction)
    {
        if (releasedSchema is null || currentSchema is null)
        {
            return;
        }

        var before = Shape.Of(released, releasedSchema);
        var after = Shape.Of(current, currentSchema);

        // Named schemas refer to each other in cycles; each pair of names is compared once per direction,
        // where it is first met, which is where a change is reported.
        if (before.Name is not null && after.Name is not null)
        {
            if (!compared.Add($"{direction} {before.Name} {after.Name}"))
            {
                return;
            }

            // A change to a named schema is the same change wherever it is used: it is named by the schema.
            where = $"{direction.ToString().ToLowerInvariant()} {after.Name[(after.Name.LastIndexOf('/') + 1)..]}";
        }
        if (direction == Direction.Request)
        {
            CompareRequestShape(where, before, after);
        }
        else
        {
            CompareResponseShape(where, before, after);
        }

        CompareProperties(where, before, after, direction);
        CompareSchema($"{where}[]", before.Items, after.Items, direction);
        CompareSchema($"{where}{{}}", before.AdditionalProperties, after.AdditionalProperties, direction);
        if (before.Choices.Count != after.Choices.Count)
        {
            breaking.Add($"{where}: the choice of {before.Choices.Count} shapes is now one of {after.Choices.Count}");
            return;
        }

        for (var i = 0; i < before.Choices.Count; i++)
        {
            CompareSchema($"{where} (choice {i + 1})", before.Choices[i], after.Choices[i], direction);
        }
    }

    private void CompareRequestShape(string where, Shape before, Shape after)
    {
        // A wider type, enum or bound accepts what it did; a narrower one refuses what a client sends.
        foreach (var type in before.Types ?? Enumerable.Empty<string>())
        {
            if (after.Types is not null && !after.Types.Contains(type) && !(type == "integer" && after.Types.Contains("number")))
            {
                breaking.Add($"{where}: no longer accepts {type}");
            }
        }

        if (after.Enum is not null)
        {
            foreach (var value in before.Enum is null ? ["any value"] : before.Enum.Except(after.Enum))
            {
                breaking.Add($"{where}: no longer accepts {value}");
            }
        }

        if (after.Format is not null && after.Format != before.Format)
        {
            breaking.Add($"{where}: must now be of format {after.Format}");
        }

        if (after.Pattern is not null && after.Pattern != before.Pattern)
        {
            breaking.Add($"{where}: must now match {after.Pattern}");
        }

        foreach (var (bound, then, now) in before.Bounds.Zip(after.Bounds, (b, a) => (b.Name, b.Value, a.Value)))
        {
            if (now is { } limit && (then is not { } was || (bound.StartsWith("min", StringComparison.Ordinal) ? limit > was : limit < was)))
            {
                breaking.Add($"{where}: {bound} is now {limit}");
            }
        }
    }

    private void CompareResponseShape(string where, Shape before, Shape after)
    {
        // Whatever the answer may now hold, the released client must already know how to read.
        foreach (var type in after.Types ?? Enumerable.Empty<string>())
        {
            if (before.Types is not null && !before.Types.Contains(type) && !(type == "integer" && before.Types.Contains("number")))
            {
                breaking.Add(type == "null" ? $"{where}: may now be null" : $"{where}: may now be {type}");
            }
        }

        if (before.Enum is not null)
        {
            foreach (var value in after.Enum is null ? ["any value"] : after.Enum.Except(before.Enum))
            {
                breaking.Add($"{where}: may now be {value}, which the released enum does not name");
            }
        }

        if (before.Format is not null && after.Format != before.Format)
        {
            breaking.Add($"{where}: is no longer of format {before.Format}");
        }
    }

    private void CompareProperties(string where, Shape before, Shape after, Direction direction)
    {
        if (direction == Direction.Request)
        {
            foreach (var name in after.Required.Except(before.Required))
            {
                breaking.Add($"{where}.{name}: is now required");
            }

            if (after.ClosedToOthers)
            {
                foreach (var name in before.Properties.Keys.Except(after.Properties.Keys))
                {
                    breaking.Add($"{where}.{name}: is no longer accepted");
                }
            }
        }
        else
        {
            foreach (var name in before.Properties.Keys.Except(after.Properties.Keys))
            {
                breaking.Add($"{where}.{name}: is gone");
            }

            foreach (var name in before.Required.Except(after.Required).Where(after.Properties.ContainsKey))
            {
                breaking.Add($"{where}.{name}: may now be missing");
            }
        }

        foreach (var (name, schema) in before.Properties)
        {
            if (after.Properties.TryGetValue(name, out var now))
            {
                CompareSchema($"{where}.{name}", schema, now, direction);
            }
        }
    }

    private static JsonObject? Resolve(JsonObject document, JsonObject? node)
    {
        for (var hops = 0; node?["$ref"] is JsonValue reference && hops < 16; hops++)
        {
            var pointer = reference.GetValue<string>().TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries);
            JsonNode? target = document;
            foreach (var segment in pointer)
            {
                target = target?[segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
            }

            node = target as JsonObject;
        }

        return node;
    }

    private static string Template(string path) => PathParameter().Replace(path, "{}");

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex PathParameter();

    /// <summary>One schema as the comparison sees it: its $ref followed, nullability folded into its types.</summary>
    private sealed record Shape(
        string? Name,
        IReadOnlySet<string>? Types,
        IReadOnlySet<string>? Enum,
        string? Format,
        string? Pattern,
        IReadOnlyList<(string Name, decimal? Value)> Bounds,
        IReadOnlyDictionary<string, JsonObject> Properties,
        IReadOnlySet<string> Required,
        bool ClosedToOthers,
        JsonObject? Items,
        JsonObject? AdditionalProperties,
        IReadOnlyList<JsonObject> Choices)
    {
        private static readonly string[] BoundNames = ["minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems"];

        public static Shape Of(JsonObject document, JsonObject schema)
        {
            var resolved = Resolve(document, schema) ?? [];
            HashSet<string>? types = resolved["type"] switch
            {
                JsonValue single => [single.GetValue<string>()],
                JsonArray many => [.. many.Select(t => t!.GetValue<string>())],
                _ => null,
            };

            // oneOf [null, X] is X that may be null: the one shape and its nullability, not a choice.
            var choices = new List<JsonObject>();
            foreach (var choice in resolved["oneOf"]?.AsArray().OfType<JsonObject>() ?? [])
            {
                if (choice["type"] is JsonValue type && type.GetValue<string>() == "null")
                {
                    types ??= [];
                    types.Add("null");
                }
                else
                {
                    choices.Add(choice);
                }
            }

            if (choices.Count == 1 && resolved["properties"] is null)
            {
                var inner = Of(document, choices[0]);
                return inner with { Types = types is null ? inner.Types : inner.Types is null ? null : inner.Types.Union(types).ToHashSet() };
            }

            return new Shape(
                schema["$ref"]?.GetValue<string>(),
                types,
                resolved["enum"] is JsonArray values ? values.Select(v => v?.ToJsonString() ?? "null").ToHashSet() : null,
                resolved["format"]?.GetValue<string>(),
                resolved["pattern"]?.GetValue<string>(),
                [.. BoundNames.Select(name => (name, resolved[name] is JsonValue value ? decimal.Parse(value.ToJsonString(), CultureInfo.InvariantCulture) : (decimal?)null))],
                (resolved["properties"]?.AsObject() ?? []).Where(p => p.Value is JsonObject).ToDictionary(p => p.Key, p => p.Value!.AsObject()),
                (resolved["required"]?.AsArray() ?? []).Select(r => r!.GetValue<string>()).ToHashSet(),
                resolved["additionalProperties"] is JsonValue closed && !closed.GetValue<bool>(),
                resolved["items"] as JsonObject,
                resolved["additionalProperties"] as JsonObject,
                choices);
        }
    }
}
