using System.Reflection;

namespace Seo.WebApi.Startup;

/// <summary>
/// What the API's command line asks for, read before anything starts: <c>--help</c> and
/// <c>--version</c> answer and exit without opening a store or bootstrapping the registrar, and a
/// word that is neither a command nor a setting is refused, so a typo never starts a server. Settings
/// are the host's own: <c>--key value</c>, <c>--key=value</c> and <c>key=value</c>.
/// </summary>
public static class CommandLine
{
    public const string Migrate = "migrate";
    public const string VerifyAudit = "verify-audit";

    /// <summary>The exit code when the command line was wrong (as <c>sysexits.h</c>'s EX_USAGE).</summary>
    public const int UsageError = 64;

    private static readonly string[] Commands = [Migrate, VerifyAudit];

    public const string Usage = """
        Seo — the electronic queue for trucks leaving Kazakhstan through road border checkpoints (API).

        Usage: Seo.WebApi [command] [settings]
               dotnet run --project src/WebApi -- [command] [settings]

        Commands (none: run the API):
          migrate        apply the store's migrations, seed the checkpoints and tariffs, then exit
          verify-audit   walk the audit trail's hash chain; exit 2 naming the first bad entry
        Options:
          --help, -h     show this and exit
          --version      show the version and exit
        Settings: any configuration key, e.g. --urls http://0.0.0.0:8080 or
          Persistence:Provider=PostgreSql (README.md lists them; environment variables use __).
        """;

    /// <summary>The exit code when the command line is answered here (help, version, a mistake); null when the host should start.</summary>
    public static int? Answer(IReadOnlyList<string> args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (args.Any(a => a is "--help" or "-h" or "-?"))
        {
            output.WriteLine(Usage);
            return 0;
        }

        if (args.Contains("--version", StringComparer.Ordinal))
        {
            output.WriteLine($"Seo.WebApi {Version}");
            return 0;
        }

        var unknown = Words(args).Where(word => !Commands.Contains(word, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0 || Words(args).Count() > 1)
        {
            output.WriteLine(unknown.Count > 0 ? $"Unknown command: {unknown[0]}" : "One command at a time.");
            output.WriteLine();
            output.WriteLine(Usage);
            return UsageError;
        }

        return null;
    }

    /// <summary>The product's version, as the build stamped it.</summary>
    public static string Version =>
        typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CommandLine).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>The bare words of the command line: not a switch, not a switch's value, not a key=value setting.</summary>
    private static IEnumerable<string> Words(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith('-'))
            {
                // --key value: the next argument is the value, unless given as --key=value.
                if (!arg.Contains('=', StringComparison.Ordinal))
                {
                    i++;
                }

                continue;
            }

            if (!arg.Contains('=', StringComparison.Ordinal))
            {
                yield return arg;
            }
        }
    }
}
