using System.Security.Cryptography;
using Seo.Domain.Draws;

namespace Seo.Domain.Tests;

public sealed class FairDrawTests
{
    private sealed record Entry(Guid Id, Guid Account);

    private static string Seed(int n) => Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(n)));

    private static List<Entry> Entries(Guid account, int count) => [.. Enumerable.Range(0, count).Select(_ => new Entry(Guid.NewGuid(), account))];

    private static IReadOnlyList<Entry> Order(string seed, IEnumerable<Entry> entries) =>
        FairDraw.Order(seed, entries, e => e.Id, e => FairDraw.Applicant(seed, e.Account));

    [Fact]
    public void The_commitment_is_the_sha256_of_the_seed_bytes_in_lower_case_hex()
    {
        var seed = Seed(1);

        FairDraw.Commitment(seed).ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Convert.FromHexString(seed))));
        FairDraw.Commitment(seed).ShouldNotBe(FairDraw.Commitment(Seed(2)));
    }

    [Fact]
    public void The_order_is_reproducible_from_the_seed_whatever_order_the_entries_came_in()
    {
        var entries = Enumerable.Range(0, 5).SelectMany(_ => Entries(Guid.NewGuid(), 7)).ToList();
        var seed = Seed(3);

        var first = Order(seed, entries);
        var again = Order(seed, Enumerable.Reverse(entries).ToList());

        again.ShouldBe(first);
        Order(Seed(4), entries).ShouldNotBe(first);
    }

    [Fact]
    public void Every_applicant_has_its_first_chance_before_any_applicant_has_a_second()
    {
        var greedy = Entries(Guid.NewGuid(), 100);
        var fair = Enumerable.Range(0, 4).Select(_ => Entries(Guid.NewGuid(), 2)).ToList();

        var order = Order(Seed(5), greedy.Concat(fair.SelectMany(f => f)));

        order.Take(5).Select(e => e.Account).Distinct().Count().ShouldBe(5);
        order.Skip(5).Take(5).Select(e => e.Account).Distinct().Count().ShouldBe(5);
        order.Skip(10).ShouldAllBe(e => greedy.Contains(e));
    }

    [Fact]
    public void A_greedy_applicant_with_100_times_the_entries_never_gets_more_than_its_share_of_the_places_over_many_seeds()
    {
        var greedyAccount = Guid.NewGuid();
        var fairAccounts = Enumerable.Range(0, 9).Select(_ => Guid.NewGuid()).ToList();
        var entries = Entries(greedyAccount, 1000).Concat(fairAccounts.SelectMany(a => Entries(a, 10))).ToList();
        const int places = 48;
        var share = (int)Math.Ceiling(places / 10.0);
        var greedyFirstRoundPositions = new List<int>();

        for (var s = 0; s < 200; s++)
        {
            var order = Order(Seed(100 + s), entries);
            var winners = order.Take(places).ToList();

            winners.Count(e => e.Account == greedyAccount).ShouldBeLessThanOrEqualTo(share);
            fairAccounts.ShouldAllBe(a => winners.Count(e => e.Account == a) >= places / 10);
            greedyFirstRoundPositions.Add(order.Take(10).ToList().FindIndex(e => e.Account == greedyAccount));
        }

        // Within a round the applicants' order is the seed's: the greedy applicant comes first no more often than 1 in 10.
        greedyFirstRoundPositions.Count(p => p == 0).ShouldBeLessThan(40);
        greedyFirstRoundPositions.Average().ShouldBeInRange(3.5, 5.5);
    }

    [Fact]
    public void The_applicant_pseudonym_is_the_same_for_one_account_within_a_draw_and_differs_between_draws()
    {
        var account = Guid.NewGuid();

        FairDraw.Applicant(Seed(6), account).ShouldBe(FairDraw.Applicant(Seed(6), account));
        FairDraw.Applicant(Seed(6), account).ShouldNotBe(FairDraw.Applicant(Seed(7), account));
        FairDraw.Applicant(Seed(6), account).Length.ShouldBe(64);
    }

    [Fact]
    public void A_draw_reveals_its_seed_only_once_drawn_and_not_before_its_window_closes()
    {
        var opens = new DateTimeOffset(2026, 11, 25, 19, 0, 0, TimeSpan.Zero);
        var draw = DayDraw.Open("DOSTYK", new DateOnly(2027, 2, 23), opens, opens.AddMinutes(30), RandomNumberGenerator.GetBytes(32), opens);

        draw.RevealedSeed.ShouldBeNull();
        draw.Commitment.ShouldBe(FairDraw.Commitment(draw.Seed));
        draw.Complete(opens.AddMinutes(29)).Error!.Code.ShouldBe("draw-window-open");
        draw.Complete(opens.AddMinutes(30)).IsSuccess.ShouldBeTrue();
        draw.RevealedSeed.ShouldBe(draw.Seed);
    }
}
