using Mediator;
using Microsoft.Extensions.Logging;
using NSubstitute;
using Quartz;
using Seo.Application.Barriers.Sweep;
using Seo.Domain.Common;
using Seo.Infrastructure.Scheduling;

namespace Seo.Infrastructure.Tests.Scheduling;

public sealed class SweepBarrierCommandsJobTests
{
    private readonly IMediator _mediator = Substitute.For<IMediator>();
    private readonly RecordingLogger<SweepBarrierCommandsJob> _logger = new();

    private Task RunAsync() =>
        new SweepBarrierCommandsJob(_mediator, _logger).Execute(Substitute.For<IJobExecutionContext>(), CancellationToken.None).AsTask();

    [Fact]
    public async Task R11_each_firing_sends_one_SweepBarrierCommands_and_logs_what_it_changed()
    {
        _mediator.Send(Arg.Any<SweepBarrierCommands>(), Arg.Any<CancellationToken>()).Returns(Result<int>.Success(2));

        await RunAsync();

        await _mediator.Received(1).Send(Arg.Any<SweepBarrierCommands>(), Arg.Any<CancellationToken>());
        _logger.Entries.ShouldHaveSingleItem().ShouldBe(
            (LogLevel.Information, "Barrier command retry: 2 unacknowledged barrier command(s) requeued or failed", null));
    }

    [Fact]
    public async Task R11_a_failing_sweep_is_logged_and_not_thrown_so_the_next_firing_retries()
    {
        var failure = new InvalidOperationException("database unavailable");
        _mediator.Send(Arg.Any<SweepBarrierCommands>(), Arg.Any<CancellationToken>()).Returns<Result<int>>(_ => throw failure);

        await RunAsync();

        _logger.Entries.ShouldHaveSingleItem().Exception.ShouldBeSameAs(failure);
    }
}
