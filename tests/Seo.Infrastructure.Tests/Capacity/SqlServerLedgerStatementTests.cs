using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Seo.Domain.Bookings;
using Seo.Infrastructure.Persistence.Providers;
using Seo.Infrastructure.Tests.Persistence;
using Seo.Infrastructure.Tests.Stores;

namespace Seo.Infrastructure.Tests.Capacity;

/// <summary>
/// The capacity ledger is the one place with hand-written SQL per provider. Without a SQL Server
/// on the build machine, its SQL Server statements are captured on their way out (the connection
/// and every command are intercepted; nothing leaves the process) and read by Microsoft's T-SQL
/// parser. The pipeline's SQL Server suite runs the same ledger for real.
/// </summary>
public sealed class SqlServerLedgerStatementTests
{
    [Fact]
    public async Task R22_taking_a_place_on_SQL_Server_sends_only_valid_T_SQL_with_the_atomic_forms()
    {
        var capture = new CapturedCommands();
        await using var db = WriteStore.CreateContext(
            StoreProvider.SqlServer,
            ModelSnapshotTests.Placeholder(StoreProvider.SqlServer),
            options => options.AddInterceptors(capture, new OfflineConnection()));
        var dostyk = TestData.Dostyk();
        var interval = BookedInterval.Create(dostyk, TestData.BookedDate, new TimeOnly(10, 0)).Value;

        var taken = await TestStore.Ledger(db).TryReserveAsync(dostyk, interval, priority: true, CancellationToken.None);

        taken.IsSuccess.ShouldBeTrue();
        taken.Value.ShouldBe(CapturedCommands.SequenceNumber);
        capture.Statements.Count.ShouldBeGreaterThanOrEqualTo(5);
        foreach (var statement in capture.Statements)
        {
            using var reader = new StringReader(statement);
            new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);
            errors.ShouldBeEmpty($"{statement}{Environment.NewLine}{string.Join(Environment.NewLine, errors.Select(e => e.Message))}");
        }

        // The day row: an existence check and insert that cannot race (R20's counter lives there).
        capture.Statements.ShouldContain(s => s.StartsWith("INSERT INTO [CapacityDays]", StringComparison.Ordinal) && s.Contains("WITH (UPDLOCK, HOLDLOCK)", StringComparison.Ordinal));
        // R20: the sequence number is taken and read in one statement.
        capture.Statements.ShouldContain(s => s.StartsWith("UPDATE [CapacityDays]", StringComparison.Ordinal) && s.Contains("OUTPUT inserted.[LastSequenceNumber] AS [Value]", StringComparison.Ordinal));
        // Every change of an interval row raises its version, in the same statement.
        capture.Statements.ShouldContain(s => s.Contains("UPDATE [c]", StringComparison.Ordinal) && s.Contains("[Version] = [c].[Version] + CAST(1 AS bigint)", StringComparison.Ordinal));
        // R22: the place is taken only while one is left.
        capture.Statements.ShouldContain(s => s.Contains("UPDATE [c]", StringComparison.Ordinal) && s.Contains("[c].[Booked] < [c].[Capacity]", StringComparison.Ordinal));
    }

    /// <summary>Pretends the connection opened, so EF goes on to send its commands.</summary>
    private sealed class OfflineConnection : DbConnectionInterceptor
    {
        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
            DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult.Suppress());

        public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            ValueTask.FromResult(InterceptionResult.Suppress());
    }

    /// <summary>Keeps every command's text and answers as an empty store would: no day yet, one row changed.</summary>
    private sealed class CapturedCommands : DbCommandInterceptor
    {
        public const int SequenceNumber = 7;

        public List<string> Statements { get; } = [];

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Statements.Add(command.CommandText);
            return ValueTask.FromResult(InterceptionResult<int>.SuppressWithResult(1));
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Statements.Add(command.CommandText);
            using var table = new DataTable();
            if (command.CommandText.Contains("FROM [CapacitySlots]", StringComparison.Ordinal))
            {
                // The row just taken, read back for its SlotCountChanged event: as many columns as
                // the query selects, in its order.
                foreach (var column in SelectedColumns(command.CommandText))
                {
                    table.Columns.Add(column, column switch { "Checkpoint" => typeof(string), "Version" => typeof(long), _ => typeof(int) });
                }

                table.Rows.Add([.. table.Columns.Cast<DataColumn>().Select(c => c.DataType == typeof(string) ? "DOSTYK" : c.DataType == typeof(long) ? 1L : (object)1)]);
            }
            else if (command.CommandText.Contains("FROM [CheckpointVisits]", StringComparison.Ordinal))
            {
                // R6: the recent days' crossings, for the new day's priority limit: no history yet.
                table.Columns.Add("Date", typeof(DateTime));
                table.Columns.Add("Crossed", typeof(bool));
            }
            else if (command.CommandText.Contains("OUTPUT", StringComparison.Ordinal))
            {
                table.Columns.Add("Value", typeof(int));
                table.Rows.Add(SequenceNumber);
            }
            else
            {
                // The "is the day open yet?" check: not yet.
                table.Columns.Add("Value", typeof(bool));
                table.Rows.Add(false);
            }

            return ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(table.CreateDataReader()));
        }

        private static IEnumerable<string> SelectedColumns(string sql)
        {
            var list = sql[..sql.IndexOf("FROM [CapacitySlots]", StringComparison.Ordinal)];
            return System.Text.RegularExpressions.Regex.Matches(list, @"\[c\]\.\[(\w+)\]").Select(m => m.Groups[1].Value);
        }
    }
}
