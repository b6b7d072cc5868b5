using Npgsql;
using Seo.Infrastructure;

namespace Seo.Infrastructure.Tests.Persistence;

/// <summary>
/// A pooled PostgreSQL connection is handed back without <c>DISCARD ALL</c> and keeps its prepared
/// statements, unless the operator's connection string says otherwise.
/// </summary>
public sealed class PostgreSqlConnectionStringTests
{
    private static NpgsqlConnectionStringBuilder Configured(string connectionString) =>
        new(new PersistenceOptions { Provider = "PostgreSql" }.ConnectionString(connectionString));

    [Fact]
    public void Without_a_word_on_them_connections_are_not_reset_and_repeated_statements_are_prepared()
    {
        var configured = Configured("Host=db.example.kz;Database=seo;Username=seo");

        configured.NoResetOnClose.ShouldBeTrue();
        configured.MaxAutoPrepare.ShouldBeGreaterThan(0);
        configured.Host.ShouldBe("db.example.kz");
        configured.Database.ShouldBe("seo");
    }

    [Theory]
    [InlineData("Host=db;No Reset On Close=false;Max Auto Prepare=0")]
    [InlineData("Host=db;noresetonclose=false;MAXAUTOPREPARE=0")]
    public void What_the_operator_set_is_kept(string connectionString)
    {
        var configured = Configured(connectionString);

        configured.NoResetOnClose.ShouldBeFalse();
        configured.MaxAutoPrepare.ShouldBe(0);
    }
}
