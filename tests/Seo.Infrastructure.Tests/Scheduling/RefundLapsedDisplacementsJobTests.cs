using Mediator;
using Microsoft.Extensions.Logging;
using NSubstitute;
using Quartz;
using Seo.Application.Bookings.RefundLapsedDisplacements;
using Seo.Domain.Common;
using Seo.Infrastructure.Scheduling;

namespace Seo.Infrastructure.Tests.Scheduling;

public sealed class RefundLapsedDisplacementsJobTests
{
    private readonly IMediator _mediator = Substitute.For<IMediator>();
    private readonly RecordingLogger<RefundLapsedDisplacementsJob> _logger = new();

    private Task RunAsync() =>
        new RefundLapsedDisplacementsJob(_mediator, _logger).Execute(Substitute.For<IJobExecutionContext>(), CancellationToken.None).AsTask();

    [Fact]
    public async Task R22_R28_a_firing_refunds_the_lapsed_displacements_and_says_how_many()
    {
        _mediator.Send(Arg.Any<RefundLapsedDisplacements>(), Arg.Any<CancellationToken>()).Returns(Result<int>.Success(2));

        await RunAsync();

        await _mediator.Received(1).Send(Arg.Any<RefundLapsedDisplacements>(), Arg.Any<CancellationToken>());
        _logger.Entries.ShouldHaveSingleItem().ShouldBe((LogLevel.Information, "Lapsed displacement refunds: 2 displaced booking(s) refunded", null));
    }

    [Fact]
    public async Task A_quiet_firing_says_nothing_and_a_refused_one_warns()
    {
        _mediator.Send(Arg.Any<RefundLapsedDisplacements>(), Arg.Any<CancellationToken>()).Returns(Result<int>.Success(0));
        await RunAsync();
        _logger.Entries.ShouldBeEmpty();

        _mediator.Send(Arg.Any<RefundLapsedDisplacements>(), Arg.Any<CancellationToken>())
            .Returns(Result<int>.Failure(new DomainError("concurrent-change", "Changed meanwhile")));
        await RunAsync();

        _logger.Entries.ShouldHaveSingleItem().Level.ShouldBe(LogLevel.Warning);
    }
}
