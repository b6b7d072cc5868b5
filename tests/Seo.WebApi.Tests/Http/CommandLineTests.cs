using Seo.WebApi.Startup;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Http;

/// <summary>The API's command line: help and version answer and exit before anything starts; a mistyped command never starts a server.</summary>
public sealed class CommandLineTests
{
    private static (int? ExitCode, string Output) Answer(params string[] args)
    {
        using var output = new StringWriter();
        var exitCode = CommandLine.Answer(args, output);
        return (exitCode, output.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("migrate", "--help")]
    public void Help_shows_the_commands_and_exits_without_starting(params string[] args)
    {
        var (exitCode, output) = Answer(args);

        exitCode.ShouldBe(0);
        output.ShouldContain("Usage: Seo.WebApi [command] [settings]");
        output.ShouldContain("migrate");
        output.ShouldContain("verify-audit");
    }

    [Fact]
    public void Version_shows_the_products_version_and_exits()
    {
        var (exitCode, output) = Answer("--version");

        exitCode.ShouldBe(0);
        output.Trim().ShouldBe($"Seo.WebApi {CommandLine.Version}");
        CommandLine.Version.ShouldNotBe("unknown");
    }

    [Theory]
    [InlineData("migrat")]
    [InlineData("serve", "--urls", "http://127.0.0.1:5000")]
    [InlineData("migrate", "verify-audit")]
    public void A_word_that_is_no_command_or_two_commands_are_refused_with_the_usage(params string[] args)
    {
        var (exitCode, output) = Answer(args);

        exitCode.ShouldBe(CommandLine.UsageError);
        output.ShouldContain("Usage: Seo.WebApi");
    }

    [Fact]
    public void No_arguments_start_the_host() => Answer().ExitCode.ShouldBeNull();

    [Theory]
    [InlineData("migrate")]
    [InlineData("verify-audit", "--environment", "Production")]
    [InlineData("--urls", "http://127.0.0.1:5000", "Persistence:Provider=PostgreSql", "--contentRoot=/srv/seo")]
    public void A_command_or_settings_alone_start_the_host(params string[] args) => Answer(args).ExitCode.ShouldBeNull();

    [Fact]
    public async Task The_built_API_answers_help_and_a_typo_and_exits_at_once_without_a_registrar_password()
    {
        var environment = new Dictionary<string, string> { ["Seo__Bootstrap__RegistrarPassword"] = "never-printed-secret" };

        var (helpExit, help) = await ApiProcess.RunAsync(["--help"], environment);
        var (typoExit, typo) = await ApiProcess.RunAsync(["migrat"], environment);

        helpExit.ShouldBe(0);
        help.ShouldContain("Commands (none: run the API)");
        typoExit.ShouldBe(CommandLine.UsageError);
        typo.ShouldContain("Unknown command: migrat");
        (help + typo).ShouldNotContain("never-printed-secret");
        (help + typo).ShouldNotContain("Now listening");
    }
}
