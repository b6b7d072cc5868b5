using System.Diagnostics;

namespace Seo.WebApi.Tests.TestHost;

/// <summary>Waits for what a background process brings about, instead of sleeping a guessed time.</summary>
public static class Poll
{
    /// <summary>Asks <paramref name="condition"/> every 100 ms until it holds; fails with <paramref name="failure"/> after <paramref name="timeout"/> (60 s by default).</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string failure, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var limit = timeout ?? TimeSpan.FromSeconds(60);
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            waited.Elapsed.ShouldBeLessThan(limit, failure);
            await Task.Delay(100);
        }
    }
}
