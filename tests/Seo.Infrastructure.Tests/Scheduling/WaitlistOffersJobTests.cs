using Mediator;
using Microsoft.Extensions.Logging;
using NSubstitute;
using Quartz;
using Seo.Application.Waitlist.OfferPlaces;
using Seo.Domain.Common;
using Seo.Infrastructure.Scheduling;

namespace Seo.Infrastructure.Tests.Scheduling;

public sealed class WaitlistOffersJobTests
{
    private readonly IMediator _mediator = Substitute.For<IMediator>();
    private readonly RecordingLogger<WaitlistOffersJob> _logger = new();

    private Task RunAsync() =>
        new WaitlistOffersJob(_mediator, _logger).Execute(Substitute.For<IJobExecutionContext>(), CancellationToken.None).AsTask();

    [Fact]
    public async Task Each_firing_ends_the_lapsed_offers_first_then_offers_the_free_places_so_a_lapsed_place_goes_on_at_once()
    {
        _mediator.Send(Arg.Any<EndWaitlistOffers>(), Arg.Any<CancellationToken>()).Returns(Result<int>.Success(1));
        _mediator.Send(Arg.Any<OfferWaitlistPlaces>(), Arg.Any<CancellationToken>()).Returns(Result<int>.Success(2));

        await RunAsync();

        Received.InOrder(async () =>
        {
            await _mediator.Send(Arg.Any<EndWaitlistOffers>(), Arg.Any<CancellationToken>());
            await _mediator.Send(Arg.Any<OfferWaitlistPlaces>(), Arg.Any<CancellationToken>());
        });
        _logger.Entries.ShouldHaveSingleItem().ShouldBe((LogLevel.Information, "Waitlist: 3 offer(s) ended or made", null));
    }

    [Fact]
    public async Task A_quiet_firing_says_nothing_and_a_refused_end_offers_nothing_until_the_next_firing()
    {
        _mediator.Send(Arg.Any<EndWaitlistOffers>(), Arg.Any<CancellationToken>()).Returns(Result<int>.Success(0));
        _mediator.Send(Arg.Any<OfferWaitlistPlaces>(), Arg.Any<CancellationToken>()).Returns(Result<int>.Success(0));
        await RunAsync();
        _logger.Entries.ShouldBeEmpty();

        _mediator.ClearReceivedCalls();
        _mediator.Send(Arg.Any<EndWaitlistOffers>(), Arg.Any<CancellationToken>())
            .Returns(Result<int>.Failure(new DomainError("concurrent-change", "Changed meanwhile")));
        await RunAsync();

        await _mediator.DidNotReceive().Send(Arg.Any<OfferWaitlistPlaces>(), Arg.Any<CancellationToken>());
        _logger.Entries.ShouldHaveSingleItem().Level.ShouldBe(LogLevel.Warning);
    }
}
