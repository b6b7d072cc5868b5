using System.Runtime.CompilerServices;

namespace Seo.Projections.Tests;

/// <summary>
/// On a 2-core runner the thread pool starts with two worker threads and adds more slowly. While
/// the Lucene suites block threads (commits, refreshes), a Redis test sharing the process can wait
/// past StackExchange.Redis's timeout for a thread to read an answer that has already arrived (its
/// timeout message then shows busy workers and queued items). The tests raise the floor; the
/// adapters do not need it in an API, which does not block its threads like this.
/// </summary>
internal static class ThreadPoolWarmUp
{
    [ModuleInitializer]
    internal static void RaiseMinimumThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), Math.Max(io, 32));
    }
}
