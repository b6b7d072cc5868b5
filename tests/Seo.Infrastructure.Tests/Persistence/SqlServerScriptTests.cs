using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Seo.Infrastructure.Persistence.Configurations;
using Seo.Infrastructure.Persistence.Providers;

namespace Seo.Infrastructure.Tests.Persistence;

/// <summary>
/// No SQL Server runs on the build machine, so what can be checked here is checked here: the
/// SQL Server migrations are rendered to T-SQL (no connection is opened) and read by Microsoft's
/// own T-SQL parser, which must accept every batch and find the objects the Rules depend on.
/// The same migrations are applied to a real SQL Server 2022 by the pipeline's integration stage.
/// </summary>
public sealed class SqlServerScriptTests
{
    private static readonly string[] Tables =
        ["Accounts", "Bookings", "Checkpoints", "CapacityDays", "CapacitySlots", "OutboxMessages", "IdempotencyRecords", "__EFMigrationsHistory"];

    public static TheoryData<MigrationsSqlGenerationOptions> ScriptKinds => new(
        MigrationsSqlGenerationOptions.Default, MigrationsSqlGenerationOptions.Idempotent);

    private static string Script(MigrationsSqlGenerationOptions options)
    {
        using var db = WriteStore.CreateContext(StoreProvider.SqlServer, ModelSnapshotTests.Placeholder(StoreProvider.SqlServer));
        return db.GetService<IMigrator>().GenerateScript(options: options);
    }

    private static TSqlFragment Parse(string script, out IList<ParseError> errors)
    {
        using var reader = new StringReader(script);
        return new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out errors);
    }

    private static List<T> All<T>(TSqlFragment fragment)
        where T : TSqlFragment
    {
        var collector = new Collector<T>();
        fragment.Accept(collector);
        return collector.Found;
    }

    [Theory]
    [MemberData(nameof(ScriptKinds))]
    public void The_SQL_Server_migration_script_parses_as_T_SQL_without_errors(MigrationsSqlGenerationOptions options)
    {
        var script = Script(options);

        Parse(script, out var errors);

        errors.ShouldBeEmpty(string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}: {e.Message}")));
        script.ShouldContain("GO");
    }

    [Fact]
    public void The_parser_reports_broken_T_SQL_so_a_clean_parse_means_something()
    {
        Parse("CREATE TABLE [Broken] ([Id] int NOT NULL,\nGO\n", out var errors);

        errors.ShouldNotBeEmpty();
    }

    [Fact]
    public void The_script_creates_every_table_of_the_write_store()
    {
        var tree = Parse(Script(MigrationsSqlGenerationOptions.Default), out _);

        var created = All<CreateTableStatement>(tree).Select(t => t.SchemaObjectName.BaseIdentifier.Value).ToList();

        foreach (var table in Tables)
        {
            created.Count(name => name == table).ShouldBe(1, table);
        }
    }

    [Fact]
    public void The_script_creates_Quartz_s_job_store_so_the_clustered_scheduler_finds_it()
    {
        var tree = Parse(Script(MigrationsSqlGenerationOptions.Default), out _);

        var created = All<CreateTableStatement>(tree).ToDictionary(t => t.SchemaObjectName.BaseIdentifier.Value);

        foreach (var table in new[]
        {
            "job_details", "triggers", "simple_triggers", "cron_triggers", "simprop_triggers", "blob_triggers", "calendars",
            "paused_trigger_grps", "paused_job_grps", "fired_triggers", "scheduler_state", "locks",
        })
        {
            created.ShouldContainKey($"qrtz_{table}");
        }

        // Cluster coordination: one row per lock name and per node, keyed by scheduler.
        created["qrtz_locks"].Definition.TableConstraints.OfType<UniqueConstraintDefinition>().Single().IsPrimaryKey.ShouldBeTrue();
        created["qrtz_scheduler_state"].Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value)
            .ShouldContain("last_checkin_time");
    }

    [Fact]
    public void R21_the_active_VIN_and_plate_are_unique_only_among_active_bookings()
    {
        var tree = Parse(Script(MigrationsSqlGenerationOptions.Default), out _);

        // A later migration may drop an index and create it again under its name: the last one stands.
        var indexes = All<CreateIndexStatement>(tree).GroupBy(i => i.Name.Value).ToDictionary(g => g.Key, g => g.Last());

        foreach (var (name, column) in new[] { (BookingConfiguration.ActiveVinIndex, "ActiveVin"), (BookingConfiguration.ActivePlateIndex, "ActivePlate") })
        {
            var index = indexes[name];
            index.Unique.ShouldBeTrue(name);
            index.OnName.BaseIdentifier.Value.ShouldBe("Bookings");
            index.Columns.Select(c => c.Column.MultiPartIdentifier.Identifiers.Last().Value).ShouldBe([column]);
            // A filtered index: cancelled, expired and used bookings (NULL) never collide.
            var filter = index.FilterPredicate.ShouldBeOfType<BooleanIsNullExpression>();
            filter.IsNot.ShouldBeTrue();
            ((ColumnReferenceExpression)filter.Expression).MultiPartIdentifier.Identifiers.Last().Value.ShouldBe(column);
        }
    }

    [Fact]
    public void Idempotency_keys_compare_byte_for_byte_as_on_the_other_stores()
    {
        var tree = Parse(Script(MigrationsSqlGenerationOptions.Default), out _);

        var records = All<CreateTableStatement>(tree).Single(t => t.SchemaObjectName.BaseIdentifier.Value == "IdempotencyRecords");

        foreach (var column in new[] { "Scope", "Key" })
        {
            records.Definition.ColumnDefinitions.Single(c => c.ColumnIdentifier.Value == column)
                .Collation.ShouldNotBeNull(column).Value.ShouldBe(SqlServerSeoDbContext.BinaryCollation);
        }
    }

    [Fact]
    public void The_outbox_is_ordered_by_an_identity_sequence_with_a_unique_event_id()
    {
        var tree = Parse(Script(MigrationsSqlGenerationOptions.Default), out _);

        var outbox = All<CreateTableStatement>(tree).Single(t => t.SchemaObjectName.BaseIdentifier.Value == "OutboxMessages");
        var sequence = outbox.Definition.ColumnDefinitions.Single(c => c.ColumnIdentifier.Value == "Sequence");
        sequence.IdentityOptions.ShouldNotBeNull();
        sequence.DataType.Name.BaseIdentifier.Value.ShouldBe("bigint", StringCompareShould.IgnoreCase);
        outbox.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value)
            .ShouldBe(["Sequence", "EventId", "Type", "AggregateType", "AggregateId", "Payload", "OccurredAt", "ProcessedAt", "Attempts", "LastError", "NextAttemptAt"], ignoreOrder: true);
        All<CreateIndexStatement>(tree).Single(i => i.Name.Value == "IX_OutboxMessages_EventId").Unique.ShouldBeTrue();
    }

    private sealed class Collector<T> : TSqlFragmentVisitor
        where T : TSqlFragment
    {
        public List<T> Found { get; } = [];

        public override void Visit(TSqlFragment fragment)
        {
            if (fragment is T match)
            {
                Found.Add(match);
            }
        }
    }
}
