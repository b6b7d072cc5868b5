using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Seo.Infrastructure.Scheduling.QuartzSchema;

namespace Seo.Infrastructure.Tests.Scheduling;

public sealed class QuartzSchemaModelTests
{
    private static readonly string[] Tables =
    [
        "job_details", "triggers", "simple_triggers", "cron_triggers", "simprop_triggers", "blob_triggers", "calendars",
        "paused_trigger_grps", "paused_job_grps", "fired_triggers", "scheduler_state", "locks",
        "execution_history", "misfire_history", "job_status",
    ];

    private static readonly string[] Indexes =
    [
        "j_g_n", "t_j", "t_g_n", "t_c", "t_nft_st", "ft_inst_job_req_rcvry", "ft_j_g", "ft_t_g",
        "eh_fired_time", "eh_inst", "eh_job_time", "eh_fire_inst", "eh_trig_time", "mh_misfire_time", "mh_inst",
    ];

    private static string PostgreSqlScript()
    {
        using var context = QuartzSchemaContext.PostgreSql();
        return context.Database.GenerateCreateScript();
    }

    private static string SqlServerScript()
    {
        using var context = QuartzSchemaContext.SqlServer();
        return context.Database.GenerateCreateScript();
    }

    /// <summary>The Quartz tables of the model: lower-case name without the prefix, and their columns.</summary>
    private static Dictionary<string, IProperty[]> ModelTables()
    {
        using var context = QuartzSchemaContext.PostgreSql();
        return context.Model.GetEntityTypes().ToDictionary(
            entity => entity.GetTableName()!["qrtz_".Length..],
            entity => entity.GetProperties().ToArray());
    }

    [Fact]
    public void PostgreSql_creates_every_table_with_the_types_its_delegate_reads_and_writes()
    {
        var script = PostgreSqlScript();

        foreach (var table in Tables)
        {
            script.ShouldContain($"CREATE TABLE qrtz_{table} (");
        }

        script.ShouldContain("CONSTRAINT pk_qrtz_triggers PRIMARY KEY (sched_name, trigger_name, trigger_group)");
        script.ShouldContain("sched_name character varying(120) NOT NULL");
        script.ShouldContain("is_durable boolean NOT NULL");
        script.ShouldContain("preferred_node_auto boolean NOT NULL DEFAULT FALSE");
        script.ShouldContain("next_fire_time bigint,");
        script.ShouldContain("start_time bigint NOT NULL");
        script.ShouldContain("job_data bytea,");
        script.ShouldContain("calendar bytea NOT NULL");
        script.ShouldContain("dec_prop_1 numeric(13,4)");
        script.ShouldContain("execution_log text");
        script.ShouldContain(
            "CONSTRAINT fk_qrtz_triggers_qrtz_job_details FOREIGN KEY (sched_name, job_name, job_group) REFERENCES qrtz_job_details (sched_name, job_name, job_group)\n");
        CountOf(script, "REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE").ShouldBe(4);
        foreach (var index in Indexes)
        {
            script.ShouldContain($"CREATE INDEX idx_qrtz_{index} ON ");
        }

        script.ShouldContain("ON qrtz_triggers (sched_name, trigger_state, next_fire_time, priority DESC, misfire_instr)");
    }

    [Fact]
    public void SqlServer_creates_every_table_with_the_types_its_delegate_reads_and_writes()
    {
        var script = SqlServerScript();

        foreach (var table in Tables)
        {
            script.ShouldContain($"CREATE TABLE [qrtz_{table}] (");
        }

        script.ShouldContain("CONSTRAINT [pk_qrtz_triggers] PRIMARY KEY ([sched_name], [trigger_name], [trigger_group])");
        script.ShouldContain("[sched_name] nvarchar(120) NOT NULL");
        script.ShouldContain("[is_durable] bit NOT NULL");
        script.ShouldContain("[preferred_node_auto] bit NOT NULL DEFAULT CAST(0 AS bit)");
        script.ShouldContain("[next_fire_time] bigint NULL");
        script.ShouldContain("[job_data] varbinary(max) NULL");
        script.ShouldContain("[calendar] varbinary(max) NOT NULL");
        script.ShouldContain("[dec_prop_1] decimal(13,4) NULL");
        script.ShouldContain("[execution_log] nvarchar(max) NULL");
        script.ShouldContain(
            "REFERENCES [qrtz_job_details] ([sched_name], [job_name], [job_group])\n");
        CountOf(script, "REFERENCES [qrtz_triggers] ([sched_name], [trigger_name], [trigger_group]) ON DELETE CASCADE").ShouldBe(4);
        foreach (var index in Indexes)
        {
            script.ShouldContain($"CREATE INDEX [idx_qrtz_{index}] ON ");
        }
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlServer")]
    public void The_model_has_exactly_the_tables_and_columns_Quartz_creates_for_itself(string dialect)
    {
        var shipped = QuartzShippedSchema.Read(dialect);
        var model = ModelTables();

        model.Keys.Order().ShouldBe(shipped.Keys.Order());
        foreach (var (table, columns) in shipped)
        {
            model[table].Select(p => p.GetColumnName()).Order().ShouldBe(columns.Select(c => c.Name).Order(), $"columns of {table}");
        }
    }

    [Fact]
    public void Columns_may_be_null_where_PostgreSQLs_script_allows_it()
    {
        var model = ModelTables();
        foreach (var (table, columns) in QuartzShippedSchema.Read("postgres"))
        {
            foreach (var column in columns)
            {
                Column(model, table, column.Name).IsNullable.ShouldBe(column.Nullable, $"{table}.{column.Name}");
            }
        }
    }

    [Fact]
    public void Text_is_as_long_as_SQL_Servers_script_allows()
    {
        var model = ModelTables();
        foreach (var (table, columns) in QuartzShippedSchema.Read("sqlServer"))
        {
            foreach (var column in columns.Where(c => c.Type.StartsWith("nvarchar", StringComparison.Ordinal)))
            {
                int? length = column.Type == "nvarchar(max)" ? null : int.Parse(column.Type["nvarchar(".Length..^1], System.Globalization.CultureInfo.InvariantCulture);
                Column(model, table, column.Name).GetMaxLength().ShouldBe(length, $"{table}.{column.Name}");
            }
        }
    }

    /// <summary>
    /// Quartz binds booleans, numbers, text and bytes as such, and a flag in a number column (or the
    /// reverse) fails on PostgreSQL; it converts whatever number it reads, so the width may differ.
    /// </summary>
    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlServer")]
    public void Each_column_holds_the_kind_of_value_Quartzs_script_declares(string dialect)
    {
        var model = ModelTables();
        foreach (var (table, columns) in QuartzShippedSchema.Read(dialect))
        {
            foreach (var column in columns)
            {
                KindOf(Column(model, table, column.Name).ClrType).ShouldBe(KindOf(column.Type), $"{table}.{column.Name} ({column.Type})");
            }
        }
    }

    [Fact]
    public void The_prefix_is_used_lower_case()
    {
        var builder = new ModelBuilder();

        QuartzSchemaModel.Configure(builder, "SEO_QRTZ_");

        var triggers = builder.Model.FindEntityType("seo_qrtz_triggers").ShouldNotBeNull();
        triggers.GetTableName().ShouldBe("seo_qrtz_triggers");
        triggers.GetIndexes().Select(i => i.GetDatabaseName()).ShouldContain("idx_seo_qrtz_t_j");
    }

    [Fact]
    public void A_schema_qualified_prefix_is_refused() =>
        Should.Throw<ArgumentException>(() => QuartzSchemaModel.Configure(new ModelBuilder(), "quartz.QRTZ_"));

    private static IProperty Column(Dictionary<string, IProperty[]> model, string table, string column) =>
        model[table].SingleOrDefault(p => p.GetColumnName() == column).ShouldNotBeNull($"{table}.{column}");

    private static int CountOf(string text, string value) => text.Split(value).Length - 1;

    private static string KindOf(Type clrType) => (Nullable.GetUnderlyingType(clrType) ?? clrType) switch
    {
        var t when t == typeof(string) => "text",
        var t when t == typeof(bool) => "flag",
        var t when t == typeof(short) || t == typeof(int) || t == typeof(long) => "whole number",
        var t when t == typeof(decimal) => "decimal",
        var t when t == typeof(byte[]) => "bytes",
        var t => t.Name,
    };

    private static string KindOf(string scriptType) => scriptType.Split('(')[0] switch
    {
        "text" or "varchar" or "nvarchar" => "text",
        "bool" or "bit" => "flag",
        "smallint" or "integer" or "int" or "bigint" => "whole number",
        "numeric" => "decimal",
        "bytea" or "varbinary" => "bytes",
        var other => other,
    };
}
