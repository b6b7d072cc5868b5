using System.Reflection;
using Seo.Domain.Audit;

namespace Seo.Domain.Tests;

public sealed class AuditChainTests
{
    private static List<AuditEntry> Chain(int count)
    {
        var entries = new List<AuditEntry>();
        var previous = AuditEntry.Genesis;
        for (var n = 1; n <= count; n++)
        {
            var entry = AuditEntry.Draft(TestData.Now.AddMinutes(n), "actor-" + n, "account.disabled", "target-" + n, $$"""{"n":{{n}}}""");
            entry.Chain(n, previous);
            previous = entry.Hash;
            entries.Add(entry);
        }

        return entries;
    }

    /// <summary>What an editor with write access to the table could do: change a stored column.</summary>
    private static void Tamper(AuditEntry entry, string property, object value) =>
        typeof(AuditEntry).GetProperty(property)!.SetValue(entry, value);

    [Fact]
    public void An_untouched_chain_verifies_to_its_end()
    {
        var verification = AuditChainVerifier.Verify(Chain(5), headSequence: 5);

        verification.IsIntact.ShouldBeTrue(verification.Problem);
        verification.Entries.ShouldBe(5);
    }

    [Fact]
    public void Each_entry_carries_the_hash_of_the_one_before()
    {
        var entries = Chain(3);

        entries[0].PreviousHash.ShouldBe(AuditEntry.Genesis);
        entries[1].PreviousHash.ShouldBe(entries[0].Hash);
        entries[2].PreviousHash.ShouldBe(entries[1].Hash);
        entries.Select(e => e.Hash).Distinct().Count().ShouldBe(3);
    }

    [Theory]
    [InlineData("Details", """{"n":99}""")]
    [InlineData("Actor", "someone-else")]
    [InlineData("Action", "account.enabled")]
    [InlineData("Target", "another")]
    public void An_edited_entry_is_named_as_the_first_bad_one(string property, string value)
    {
        var entries = Chain(5);
        Tamper(entries[2], property, value);

        var verification = AuditChainVerifier.Verify(entries, 5);

        verification.IsIntact.ShouldBeFalse();
        verification.FirstBadSequence.ShouldBe(3);
        verification.Problem.ShouldNotBeNull().ShouldContain("altered");
    }

    [Fact]
    public void An_edited_time_is_found()
    {
        var entries = Chain(3);
        Tamper(entries[1], "At", entries[1].At.AddSeconds(1));

        AuditChainVerifier.Verify(entries, 3).FirstBadSequence.ShouldBe(2);
    }

    [Fact]
    public void An_edit_that_also_recomputes_the_entry_hash_breaks_the_next_link()
    {
        var entries = Chain(4);
        Tamper(entries[1], "Details", """{"n":"forged"}""");
        Tamper(entries[1], "Hash", entries[1].ComputeHash());

        var verification = AuditChainVerifier.Verify(entries, 4);

        verification.FirstBadSequence.ShouldBe(3);
        verification.Problem.ShouldNotBeNull().ShouldContain("does not follow");
    }

    [Fact]
    public void A_deleted_entry_is_found_as_a_gap()
    {
        var entries = Chain(5);
        entries.RemoveAt(1);

        var verification = AuditChainVerifier.Verify(entries, 5);

        verification.FirstBadSequence.ShouldBe(2);
        verification.Problem.ShouldNotBeNull().ShouldContain("missing");
    }

    [Fact]
    public void Entries_cut_off_the_end_are_found_against_the_head()
    {
        var entries = Chain(5);
        entries.RemoveRange(3, 2);

        var verification = AuditChainVerifier.Verify(entries, headSequence: 5);

        verification.FirstBadSequence.ShouldBe(4);
        verification.Problem.ShouldNotBeNull().ShouldContain("missing from the end");
    }

    [Fact]
    public void Reordered_entries_are_found()
    {
        var entries = Chain(5);
        // Two rows swap their places (their sequence numbers), as an UPDATE of the key would.
        Tamper(entries[1], "Sequence", 3L);
        Tamper(entries[2], "Sequence", 2L);
        var stored = entries.OrderBy(e => e.Sequence).ToList();

        var verification = AuditChainVerifier.Verify(stored, 5);

        verification.FirstBadSequence.ShouldBe(2);
    }

    [Fact]
    public void The_encoding_keeps_field_boundaries_so_moving_text_between_fields_changes_the_hash()
    {
        var a = AuditEntry.Draft(TestData.Now, "ab", "c", null, "{}");
        var b = AuditEntry.Draft(TestData.Now, "a", "bc", null, "{}");
        a.Chain(1, AuditEntry.Genesis);
        b.Chain(1, AuditEntry.Genesis);

        a.Hash.ShouldNotBe(b.Hash);
    }

    [Fact]
    public void Times_are_kept_to_the_millisecond_so_every_store_round_trips_them()
    {
        var entry = AuditEntry.Draft(TestData.Now.AddTicks(12_345), "a", "b", null, "{}");

        (entry.At.UtcTicks % TimeSpan.TicksPerMillisecond).ShouldBe(0);
    }

    [Fact]
    public void An_entry_is_chained_once()
    {
        var entry = Chain(1)[0];

        Should.Throw<InvalidOperationException>(() => entry.Chain(2, AuditEntry.Genesis));
    }
}
