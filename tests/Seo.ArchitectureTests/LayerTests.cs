using System.Reflection;
using NetArchTest.Rules;

namespace Seo.ArchitectureTests;

/// <summary>
/// The dependency rule: Domain ← Application ← {Infrastructure, Projections} ← {WebApi, Worker}. Each rule
/// is checked against the assembly it speaks of; <see cref="The_dependency_check_detects_a_real_dependency"/>
/// proves the check itself can fail.
/// </summary>
public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(Seo.Domain.Common.DomainError).Assembly;
    private static readonly Assembly Application = typeof(Seo.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(Seo.Infrastructure.DependencyInjection).Assembly;
    private static readonly Assembly Projections = Assembly.Load("Seo.Projections");
    private static readonly Assembly WebApi = typeof(Program).Assembly;
    private static readonly Assembly Worker = typeof(Seo.Worker.ProjectionsWorker).Assembly;

    public static TheoryData<string, string[]> ForbiddenDependencies => new()
    {
        { "Domain", ["Seo.Application", "Seo.Infrastructure", "Seo.Projections", "Seo.WebApi", "Microsoft.EntityFrameworkCore", "Mediator", "FluentValidation", "Ardalis", "Microsoft.AspNetCore", "System.Text.Json"] },
        { "Application", ["Seo.Infrastructure", "Seo.Projections", "Seo.WebApi", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "StackExchange.Redis", "Elastic", "Lucene"] },
        { "Infrastructure", ["Seo.Projections", "Seo.WebApi", "Seo.Worker"] },
        // The projections and their adapters never see the write store: the worker composes them with it.
        { "Projections", ["Seo.Infrastructure", "Seo.WebApi", "Seo.Worker", "Microsoft.EntityFrameworkCore"] },
        // Two composition roots, neither of which uses the other: the API carries the worker only to publish it.
        { "WebApi", ["Seo.Worker"] },
        { "Worker", ["Seo.WebApi", "Microsoft.AspNetCore"] },
    };

    [Theory]
    [MemberData(nameof(ForbiddenDependencies))]
    public void Layer_depends_only_inwards(string layer, string[] forbidden)
    {
        var violations = Violations(AssemblyOf(layer), forbidden);

        violations.ShouldBeEmpty($"{layer} must not depend on {string.Join(", ", forbidden)}");
    }

    /// <summary>Provider packages: which store runs is Infrastructure's business alone.</summary>
    private static readonly string[] StoreProviders =
        ["Microsoft.EntityFrameworkCore.Sqlite", "Microsoft.EntityFrameworkCore.SqlServer", "Npgsql", "Microsoft.Data.Sqlite", "Microsoft.Data.SqlClient", "Quartz.Impl.AdoJobStore"];

    [Theory]
    [InlineData("Domain")]
    [InlineData("Application")]
    [InlineData("Projections")]
    [InlineData("WebApi")]
    [InlineData("Worker")]
    public void Nothing_provider_specific_leaks_out_of_Infrastructure(string layer)
    {
        Violations(AssemblyOf(layer), StoreProviders).ShouldBeEmpty($"{layer} must not name a store provider; configuration chooses it");
    }

    [Fact]
    public void The_provider_check_detects_Infrastructure_naming_its_providers()
    {
        Violations(Infrastructure, StoreProviders).ShouldNotBeEmpty();
    }

    [Fact]
    public void The_dependency_check_detects_a_real_dependency()
    {
        // The composition root does depend on Infrastructure: the same check must report it.
        Violations(WebApi, ["Seo.Infrastructure"]).ShouldNotBeEmpty();
        Violations(Worker, ["Seo.Infrastructure", "Seo.Projections"]).ShouldNotBeEmpty();
        Violations(Application, ["Seo.Domain"]).ShouldNotBeEmpty();
    }

    [Fact]
    public void Every_layer_assembly_has_types_to_check()
    {
        foreach (var assembly in new[] { Domain, Application, Infrastructure, Projections, WebApi, Worker })
        {
            Types.InAssembly(assembly).GetTypes().ShouldNotBeEmpty(assembly.GetName().Name);
        }
    }

    private static Assembly AssemblyOf(string layer) => layer switch
    {
        "Domain" => Domain,
        "Application" => Application,
        "Infrastructure" => Infrastructure,
        "Projections" => Projections,
        "WebApi" => WebApi,
        "Worker" => Worker,
        _ => throw new ArgumentOutOfRangeException(nameof(layer)),
    };

    private static IReadOnlyList<string> Violations(Assembly assembly, string[] forbidden)
    {
        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        return result.IsSuccessful ? [] : [.. result.FailingTypes.Select(t => t.FullName)];
    }
}
