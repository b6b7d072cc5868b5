using Mediator;
using Microsoft.Extensions.Logging;
using NSubstitute;
using Quartz;
using Seo.Application.Bookings.AnnulNoShows;
using Seo.Domain.Common;
using Seo.Infrastructure.Scheduling;

namespace Seo.Infrastructure.Tests.Scheduling;

public sealed class AnnulNoShowsJobTests
{
    private readonly IMediator _mediator = Substitute.For<IMediator>();
    private readonly RecordingLogger<AnnulNoShowsJob> _logger = new();

    private Task RunAsync(CancellationToken cancellationToken = default) =>
        new AnnulNoShowsJob(_mediator, _logger).Execute(Substitute.For<IJobExecutionContext>(), cancellationToken).AsTask();

    [Fact]
    public async Task Each_firing_sends_one_AnnulNoShows()
    {
        _mediator.Send(Arg.Any<AnnulNoShows>(), Arg.Any<CancellationToken>()).Returns(Result<int>.Success(3));

        await RunAsync();

        await _mediator.Received(1).Send(Arg.Any<AnnulNoShows>(), Arg.Any<CancellationToken>());
        _logger.Entries.ShouldHaveSingleItem().ShouldBe((LogLevel.Information, "No-show annulment: 3 no-show(s) annulled", null));
    }

    [Fact]
    public async Task A_sweep_that_finds_nothing_says_nothing()
    {
        _mediator.Send(Arg.Any<AnnulNoShows>(), Arg.Any<CancellationToken>()).Returns(Result<int>.Success(0));

        await RunAsync();

        _logger.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_failing_command_is_logged_and_not_thrown_so_the_next_firing_retries()
    {
        var failure = new InvalidOperationException("database unavailable");
        _mediator.Send(Arg.Any<AnnulNoShows>(), Arg.Any<CancellationToken>()).Returns<Result<int>>(_ => throw failure);

        await RunAsync();

        var entry = _logger.Entries.ShouldHaveSingleItem();
        entry.Level.ShouldBe(LogLevel.Error);
        entry.Exception.ShouldBeSameAs(failure);
    }

    [Fact]
    public async Task A_refused_command_is_logged_as_a_warning()
    {
        _mediator.Send(Arg.Any<AnnulNoShows>(), Arg.Any<CancellationToken>())
            .Returns(Result<int>.Failure(new DomainError("concurrent-change", "Changed meanwhile")));

        await RunAsync();

        _logger.Entries.ShouldHaveSingleItem().Level.ShouldBe(LogLevel.Warning);
    }

    [Fact]
    public async Task A_shutdown_cancels_the_firing_instead_of_reporting_a_failure()
    {
        using var shutdown = new CancellationTokenSource();
        await shutdown.CancelAsync();
        _mediator.Send(Arg.Any<AnnulNoShows>(), Arg.Any<CancellationToken>())
            .Returns<Result<int>>(_ => throw new OperationCanceledException(shutdown.Token));

        await Should.ThrowAsync<OperationCanceledException>(() => RunAsync(shutdown.Token));
        _logger.Entries.ShouldBeEmpty();
    }
}
