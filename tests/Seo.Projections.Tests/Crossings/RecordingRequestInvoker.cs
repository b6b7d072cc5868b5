using System.Net;
using System.Text;
using Elastic.Transport;

namespace Seo.Projections.Tests.Crossings;

/// <summary>
/// Answers the client's requests from a queue of canned responses, one per call, and records
/// each request's method, path and body. <see cref="InMemoryRequestInvoker"/> answers every call
/// alike, so this one builds a fresh one per call: that is how a 429 can come before a 200.
/// </summary>
internal sealed class RecordingRequestInvoker : IRequestInvoker
{
    // The 9.x client refuses answers that do not say they come from Elasticsearch.
    private static readonly Dictionary<string, IEnumerable<string>> ProductHeader = new() { ["x-elastic-product"] = ["Elasticsearch"] };

    private readonly Queue<(int Status, string Body)> answers = new();
    private readonly InMemoryRequestInvoker factorySource = new();

    public List<RecordedRequest> Requests { get; } = [];

    public ResponseFactory ResponseFactory => factorySource.ResponseFactory;

    public RecordingRequestInvoker Answer(string body, int status = (int)HttpStatusCode.OK)
    {
        answers.Enqueue((status, body));
        return this;
    }

    public async Task<TResponse> RequestAsync<TResponse>(Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData, CancellationToken cancellationToken)
        where TResponse : TransportResponse, new()
    {
        using var invoker = Next();
        var response = await ((IRequestInvoker)invoker).RequestAsync<TResponse>(endpoint, boundConfiguration, postData, cancellationToken);
        return Recorded(endpoint, response);
    }

    public TResponse Request<TResponse>(Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData)
        where TResponse : TransportResponse, new()
    {
        using var invoker = Next();
        return Recorded(endpoint, ((IRequestInvoker)invoker).Request<TResponse>(endpoint, boundConfiguration, postData));
    }

    public void Dispose() => ((IDisposable)factorySource).Dispose();

    private InMemoryRequestInvoker Next()
    {
        if (!answers.TryDequeue(out var answer))
        {
            throw new InvalidOperationException("The client sent a request no canned answer was queued for.");
        }

        return new InMemoryRequestInvoker(Encoding.UTF8.GetBytes(answer.Body), answer.Status, null, "application/json", ProductHeader);
    }

    private TResponse Recorded<TResponse>(Endpoint endpoint, TResponse response)
        where TResponse : TransportResponse
    {
        var body = response.ApiCallDetails.RequestBodyInBytes is { } bytes ? Encoding.UTF8.GetString(bytes) : null;
        Requests.Add(new RecordedRequest(endpoint.Method.ToString(), endpoint.PathAndQuery, body));
        return response;
    }
}
