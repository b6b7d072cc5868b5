using StackExchange.Redis;

namespace Seo.Projections.Tests.Availability;

/// <summary>
/// The real Redis the Redis suites run against, named by <c>SEO_REDIS_CONNECTION</c>
/// (<c>scripts/services.sh</c> starts one locally; the pipeline has a service container). Without
/// it the suites fail, never skip: a Redis adapter that was not tested must not look tested.
/// </summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    public const string ConnectionVariable = "SEO_REDIS_CONNECTION";

    private ConnectionMultiplexer? _connection;

    public string Configuration { get; } = Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } configured
        ? configured
        : throw new InvalidOperationException(
            $"{ConnectionVariable} is not set, so the Redis read-model suite cannot run (it fails rather than skips). " +
            "Start a Redis with: eval \"$(bash scripts/services.sh start)\" — or set it to a Redis of your own, e.g. 127.0.0.1:56379.");

    public IConnectionMultiplexer Connection => _connection ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        try
        {
            _connection = await ConnectionMultiplexer.ConnectAsync(Configuration);
        }
        catch (RedisConnectionException exception)
        {
            throw new InvalidOperationException($"{ConnectionVariable}={Configuration} does not answer: {exception.Message}", exception);
        }
    }

    /// <summary>Deletes the keys under <paramref name="prefix"/> only: other suites may share the server.</summary>
    public async Task DeleteKeysAsync(string prefix)
    {
        foreach (var server in Connection.GetServers())
        {
            await foreach (var key in server.KeysAsync(pattern: prefix + "*"))
            {
                await Connection.GetDatabase().KeyDeleteAsync(key);
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
