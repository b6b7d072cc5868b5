using NSubstitute;
using Seo.Application.Common.Behaviours;
using Seo.Application.Common.Ports;
using Seo.Application.Crossings.CountCrossingsPerDay;
using Seo.Application.Crossings.SearchCrossings;
using Seo.Domain.Common;
using Seo.Domain.Devices;
using Seo.Tests.Shared;

namespace Seo.Application.Tests.Crossings;

public sealed class SearchCrossingsTests
{
    private static DomainError? ErrorOf(SearchCrossings query)
    {
        var failures = new SearchCrossingsValidator().Validate(query).Errors;
        return failures.Count == 0 ? null : ValidationBehavior<SearchCrossings, Result>.ToDomainError(failures);
    }

    [Theory]
    [InlineData("plate", "#$%", "invalid-plate")]
    [InlineData("plateMatch", "soundex", "invalid-plate-match")]
    [InlineData("vin", "TOO-LONG-VIN-NUMBER-123", "invalid-vin")]
    [InlineData("checkpoint", "NOT A CODE", "invalid-checkpoint-code")]
    [InlineData("direction", "sideways", "invalid-direction")]
    [InlineData("matched", "maybe", "invalid-matched")]
    [InlineData("from", "2026-11-25T09:00:00", "invalid-date")]
    [InlineData("from", "yesterday", "invalid-date")]
    [InlineData("to", "2026-11-25", "invalid-date")]
    [InlineData("sort", "random", "invalid-sort")]
    [InlineData("page", "0", "invalid-page")]
    [InlineData("page", "two", "invalid-page")]
    [InlineData("pageSize", "201", "invalid-page-size")]
    [InlineData("pageSize", "0", "invalid-page-size")]
    public void Each_bad_parameter_is_named_with_its_code(string field, string value, string code)
    {
        var query = field switch
        {
            "plate" => new SearchCrossings(Plate: value),
            "plateMatch" => new SearchCrossings(Plate: "A1", PlateMatch: value),
            "vin" => new SearchCrossings(Vin: value),
            "checkpoint" => new SearchCrossings(Checkpoint: value),
            "direction" => new SearchCrossings(Direction: value),
            "matched" => new SearchCrossings(Matched: value),
            "from" => new SearchCrossings(From: value),
            "to" => new SearchCrossings(To: value),
            "sort" => new SearchCrossings(Sort: value),
            "page" => new SearchCrossings(Page: value),
            "pageSize" => new SearchCrossings(PageSize: value),
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };

        var error = ErrorOf(query).ShouldNotBeNull();

        error.Code.ShouldBe(code);
        error.Errors.ShouldNotBeNull().Keys.ShouldBe([field]);
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_invalid() =>
        ErrorOf(new SearchCrossings(From: "2026-11-25T00:00:00+05:00", To: "2026-11-24T00:00:00+05:00")).ShouldNotBeNull().Code.ShouldBe("invalid-period");

    [Fact]
    public void Paging_deeper_than_the_search_window_is_refused() =>
        ErrorOf(new SearchCrossings(Page: "51", PageSize: "200")).ShouldNotBeNull().Code.ShouldBe("invalid-page");

    [Fact]
    public void A_plate_match_without_a_plate_is_refused() =>
        ErrorOf(new SearchCrossings(PlateMatch: "fuzzy")).ShouldNotBeNull().Code.ShouldBe("invalid-plate-match");

    [Fact]
    public async Task The_search_normalises_the_plate_and_turns_the_page_into_skip_and_take()
    {
        var log = Substitute.For<ICrossingLog>();
        log.SearchAsync(Arg.Any<CrossingQuery>(), Arg.Any<CancellationToken>()).Returns(new CrossingPage([], 45));
        var query = new SearchCrossings(
            Plate: "а 123-вс", PlateMatch: "Prefix", Checkpoint: "dostyk", Direction: "entry", Matched: "false",
            From: "2026-11-25T00:00:00+05:00", To: "2026-11-26T00:00:00Z", Sort: "oldest", Page: "3", PageSize: "20");
        ErrorOf(query).ShouldBeNull();

        var result = (await new SearchCrossingsHandler(log).Handle(query, CancellationToken.None)).ShouldSucceed();

        await log.Received(1).SearchAsync(
            new CrossingQuery("A123BC", PlateMatch.Prefix, null, null, "DOSTYK", CrossingDirection.Entry, false,
                new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.FromHours(5)), new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero),
                CrossingSort.OldestFirst, Skip: 40, Take: 20),
            Arg.Any<CancellationToken>());
        (result.Total, result.Page, result.PageSize, result.TotalPages).ShouldBe((45L, 3, 20, 3L));
    }
}

public sealed class CountCrossingsPerDayTests
{
    private static DomainError? ErrorOf(CountCrossingsPerDay query)
    {
        var failures = new CountCrossingsPerDayValidator().Validate(query).Errors;
        return failures.Count == 0 ? null : ValidationBehavior<CountCrossingsPerDay, Result>.ToDomainError(failures);
    }

    [Fact]
    public void A_year_and_a_day_is_the_longest_period_Elasticsearch_s_bucket_limit_allows()
    {
        ErrorOf(new CountCrossingsPerDay("2026-01-01T00:00:00+05:00", "2027-01-02T00:00:00+05:00", null)).ShouldBeNull();

        var error = ErrorOf(new CountCrossingsPerDay("2026-01-01T00:00:00+05:00", "2027-01-02T00:00:01+05:00", null)).ShouldNotBeNull();

        error.Code.ShouldBe("invalid-period");
        error.Errors.ShouldNotBeNull()["to"].ShouldHaveSingleItem().ShouldContain("366 days");
    }

    [Theory]
    [InlineData(null, "2026-11-26T00:00:00+05:00", "from")]
    [InlineData("2026-11-25T00:00:00+05:00", null, "to")]
    [InlineData("2026-11-25", "2026-11-26T00:00:00+05:00", "from")]
    public void Both_ends_are_required_with_an_offset(string? from, string? to, string field) =>
        ErrorOf(new CountCrossingsPerDay(from, to, null)).ShouldNotBeNull().Errors.ShouldNotBeNull().Keys.ShouldBe([field]);
}
