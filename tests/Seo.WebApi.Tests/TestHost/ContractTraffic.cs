using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Seo.WebApi.OpenApi;

namespace Seo.WebApi.Tests.TestHost;

/// <summary>
/// Holds every test's traffic to the committed contract (contracts/openapi.v1.json): each JSON
/// answer's status must be one its operation declares, its body must match that answer's schema,
/// and its required headers must be there; a JSON request that succeeded must match the request
/// schema. An answer that breaks the contract is replaced by <c>500 contract-violation</c>
/// naming what broke, so the test that made it fails where it looks at the answer.
/// </summary>
internal sealed partial class ContractTraffic : IStartupFilter
{
    public const string ViolationCode = "contract-violation";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(CheckAsync);
        next(app);
    };

    private static async Task CheckAsync(HttpContext context, RequestDelegate next)
    {
        var operation = Contract.Instance.Find(context.Request.Method, context.Request.Path.Value ?? string.Empty);
        if (operation is null || context.Request.Path.Value!.EndsWith("/events", StringComparison.Ordinal))
        {
            // Not the contract's (health, pages, the reference), or a stream that must not be held back.
            await next(context);
            return;
        }

        var requestBody = await ReadJsonRequestAsync(context.Request);
        var original = context.Response.Body;
        await using var answer = new MemoryStream();
        context.Response.Body = answer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        // Only an answer of the operation itself is the operation's: not a 404 for a route that is
        // not mapped in this mode, nor the HTTPS redirect of a plain-HTTP request. An exception's
        // problem is the operation's too, though the exception handler took the endpoint off the
        // request to answer it, and so is the 415 routing answers for the operation's path when
        // the body is not JSON (its endpoint is routing's own).
        var endpoint = context.GetEndpoint() ?? context.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        var answered = (endpoint is RouteEndpoint || context.Response.StatusCode == StatusCodes.Status415UnsupportedMediaType)
            && context.Response.StatusCode is not (307 or 308);
        var violations = answered ? Contract.Instance.Check(operation, context.Response, answer.ToArray(), requestBody) : [];
        if (violations.Count == 0)
        {
            if (answered && ExampleRecorder.Enabled)
            {
                RecordExamples(operation, context.Response, answer.ToArray(), requestBody);
            }

            answer.Position = 0;
            await answer.CopyToAsync(original, context.RequestAborted);
            return;
        }

        var detail = $"{context.Request.Method} {context.Request.Path} answered {context.Response.StatusCode}, which breaks contracts/openapi.v1.json: "
            + string.Join("; ", violations);
        Contract.Violations.Enqueue(detail);
        await Console.Error.WriteLineAsync("CONTRACT VIOLATION " + detail);
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        context.Response.ContentType = "application/problem+json";
        await context.Response.WriteAsync(
            new JsonObject { ["status"] = 500, ["code"] = ViolationCode, ["detail"] = detail }.ToJsonString(), context.RequestAborted);
    }

    /// <summary>A request that succeeded and its JSON answer, both as the contract check passed them, as examples.</summary>
    private static void RecordExamples(JsonObject operation, HttpResponse response, byte[] answer, JsonElement? request)
    {
        var id = operation["operationId"]!.GetValue<string>();
        if (request is { } sent && response.StatusCode is >= 200 and < 300)
        {
            ExampleRecorder.Record(id, "request", sent);
        }

        var status = response.StatusCode.ToString(CultureInfo.InvariantCulture);
        var mediaType = response.ContentType?.Split(';')[0].Trim();
        if (response.StatusCode is >= 200 and < 300 && mediaType == "application/json" && answer.Length > 0)
        {
            ExampleRecorder.Record(id, status, JsonDocument.Parse(answer).RootElement);
        }

        // A problem's shape is one schema for all: one example per status, shared by every
        // operation (ExamplesTransformer refers to it), rather than one per operation that would
        // double the contract.
        if (mediaType == "application/problem+json" && answer.Length > 0)
        {
            ExampleRecorder.Record(ExamplesTransformer.ProblemsEntry, status, JsonDocument.Parse(answer).RootElement);
        }
    }

    private static async Task<JsonElement?> ReadJsonRequestAsync(HttpRequest request)
    {
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, Encoding.UTF8, leaveOpen: true);
        var text = await reader.ReadToEndAsync();
        request.Body.Position = 0;
        try
        {
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            // Malformed on purpose: the API's answer to it is what is checked.
            return null;
        }
    }

    /// <summary>The committed document, its operations by path template, and a schema per answer.</summary>
    internal sealed partial class Contract
    {
        public static readonly Contract Instance = new(Path.Combine(RepositoryRoot.Path, "contracts", "openapi.v1.json"));
        public static readonly ConcurrentQueue<string> Violations = new();

        private readonly JsonObject _document;
        private readonly string _definitions;
        private readonly List<(Regex Pattern, int Literals, string Template)> _paths;
        private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);
        private readonly HashSet<string> _problemCodes;
        private int _built;

        private Contract(string path)
        {
            _document = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            _definitions = RefsToDefinitions(_document["components"]!["schemas"]!.ToJsonString());
            _problemCodes = [.. (_document["components"]!["schemas"]!["ProblemDetails"]!["properties"]!["code"]!["x-extensible-enum"]?.AsArray() ?? [])
                .Select(code => code!.GetValue<string>())];
            _paths = _document["paths"]!.AsObject()
                .Select(p => (
                    new Regex("^" + TemplateParameter().Replace(Regex.Escape(p.Key), "[^/]+") + "$", RegexOptions.CultureInvariant),
                    p.Key.Split('/').Count(segment => !segment.StartsWith('{')),
                    p.Key))
                .ToList();
        }

        public JsonObject? Find(string method, string path) =>
            _paths.Where(p => p.Pattern.IsMatch(path))
                .OrderByDescending(p => p.Literals)
                .Select(p => _document["paths"]![p.Template]![method.ToLowerInvariant()] as JsonObject)
                .FirstOrDefault(operation => operation is not null);

        public List<string> Check(JsonObject operation, HttpResponse response, byte[] body, JsonElement? request)
        {
            var violations = new List<string>();
            var status = response.StatusCode.ToString(CultureInfo.InvariantCulture);
            // A fault is a fault: the contract does not promise a shape for it, and the test will see it.
            if (response.StatusCode >= 500 && response.StatusCode != 503)
            {
                return violations;
            }

            if (operation["responses"]?[status] is not JsonObject declared)
            {
                violations.Add($"status {status} is not declared (declared: {string.Join(", ", operation["responses"]!.AsObject().Select(r => r.Key))})");
                return violations;
            }

            foreach (var (name, header) in declared["headers"]?.AsObject() ?? [])
            {
                if (header?["required"]?.GetValue<bool>() == true && !response.Headers.ContainsKey(name))
                {
                    violations.Add($"required header {name} is missing");
                }
            }

            var mediaType = response.ContentType?.Split(';')[0].Trim();
            if (mediaType is "application/json" or "application/problem+json" && body.Length > 0)
            {
                var content = declared["content"]?.AsObject();
                if (content?[mediaType] is not JsonObject media)
                {
                    violations.Add($"{mediaType} is not a declared content type");
                }
                else if (media["schema"] is { } schema)
                {
                    violations.AddRange(Validate(schema, JsonDocument.Parse(body).RootElement, "answer"));
                }

                if (mediaType == "application/problem+json" && JsonNode.Parse(body) is { } problem)
                {
                    // The list of codes is open (x-extensible-enum), so the schema does not hold a problem to it: this does.
                    if (problem["code"] is JsonValue code && code.TryGetValue<string>(out var name) && !_problemCodes.Contains(name))
                    {
                        violations.Add($"problem code {name} is not in the contract's list of codes (contracts/error-codes.v1.json)");
                    }

                    violations.AddRange(ProblemWords.Untranslated(problem, response.Headers.ContentLanguage.ToString()));
                }
            }

            if (request is { } sent && response.StatusCode is >= 200 and < 300
                && operation["requestBody"]?["content"]?["application/json"]?["schema"] is { } requestSchema)
            {
                violations.AddRange(Validate(requestSchema, sent, "request"));
            }

            return violations;
        }

        /// <summary>Why <paramref name="instance"/> does not match <paramref name="schema"/> (a schema of the committed document); empty when it does.</summary>
        public List<string> Mismatches(JsonNode schema, JsonNode instance, string what) =>
            [.. Validate(schema, JsonDocument.Parse(instance.ToJsonString()).RootElement, what)];

        private IEnumerable<string> Validate(JsonNode schema, JsonElement instance, string what)
        {
            var text = RefsToDefinitions(schema.ToJsonString());
            var built = _schemas.GetOrAdd(text, Build);
            // Formats too (uuid, date-time, uri-reference…): a value of the wrong form breaks a generated client as surely as a wrong type.
            var result = built.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
            if (result.IsValid)
            {
                return [];
            }

            return (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{what} {d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"))
                .DefaultIfEmpty($"{what} does not match {schema.ToJsonString()}")
                .Take(5);
        }

        /// <summary>The schema with every component beside it, so that its references resolve within itself.</summary>
        private JsonSchema Build(string schema)
        {
            var root = JsonNode.Parse(schema)!.AsObject();
            var document = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$defs"] = JsonNode.Parse(_definitions),
            };
            var wrapped = root.ContainsKey("$ref") ? new JsonObject { ["allOf"] = new JsonArray(root) } : root;
            foreach (var (key, value) in wrapped.ToList())
            {
                wrapped.Remove(key);
                document[key] = value;
            }

            var id = Interlocked.Increment(ref _built);
            return JsonSchema.FromText(document.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri($"https://seo.test/contract/{id}"));
        }

        private static string RefsToDefinitions(string json) => json.Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);

        [GeneratedRegex(@"\\\{[^}]+}")]
        private static partial Regex TemplateParameter();
    }
}
