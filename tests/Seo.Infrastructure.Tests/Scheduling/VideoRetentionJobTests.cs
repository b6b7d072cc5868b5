using Mediator;
using Microsoft.Extensions.Logging;
using NSubstitute;
using Quartz;
using Seo.Application.Video.Common;
using Seo.Application.Video.Retention;
using Seo.Domain.Common;
using Seo.Infrastructure.Scheduling;

namespace Seo.Infrastructure.Tests.Scheduling;

public sealed class VideoRetentionJobTests
{
    private readonly IMediator _mediator = Substitute.For<IMediator>();
    private readonly RecordingLogger<VideoRetentionJob> _logger = new();

    private Task RunAsync() =>
        new VideoRetentionJob(_mediator, new VideoOptions { RetentionBatchSize = 50 }, _logger).Execute(Substitute.For<IJobExecutionContext>()).AsTask();

    [Fact]
    public async Task R32_each_firing_claims_expired_video_then_deletes_what_is_due_with_the_configured_batch()
    {
        _mediator.Send(Arg.Any<ClaimExpiredVideoSegments>(), Arg.Any<CancellationToken>()).Returns(Result<int>.Success(2));
        _mediator.Send(Arg.Any<DeleteDueVideoSegments>(), Arg.Any<CancellationToken>()).Returns(Result<VideoDeletionRun>.Success(new VideoDeletionRun(2, 1)));

        await RunAsync();

        _mediator.ReceivedCalls().Select(c => c.GetArguments()[0]).ShouldBe([new ClaimExpiredVideoSegments(50), new DeleteDueVideoSegments(50)]);
        _logger.Entries.ShouldHaveSingleItem().Message.ShouldBe("Video retention: 2 segment(s) due, 2 recording(s) deleted, 1 failed (retried next firing)");
    }

    [Fact]
    public async Task R32_a_refused_claim_still_retries_the_deletions_left_due()
    {
        _mediator.Send(Arg.Any<ClaimExpiredVideoSegments>(), Arg.Any<CancellationToken>())
            .Returns(Result<int>.Failure(new DomainError("concurrent-change", "Changed meanwhile")));
        _mediator.Send(Arg.Any<DeleteDueVideoSegments>(), Arg.Any<CancellationToken>()).Returns(Result<VideoDeletionRun>.Success(new VideoDeletionRun(1, 0)));

        await RunAsync();

        await _mediator.Received(1).Send(Arg.Any<DeleteDueVideoSegments>(), Arg.Any<CancellationToken>());
        _logger.Entries.Select(e => e.Level).ShouldBe([LogLevel.Warning, LogLevel.Information]);
    }

    [Fact]
    public async Task R32_a_failing_sweep_is_logged_not_thrown_so_the_next_firing_retries()
    {
        var failure = new InvalidOperationException("database unavailable");
        _mediator.Send(Arg.Any<ClaimExpiredVideoSegments>(), Arg.Any<CancellationToken>()).Returns<Result<int>>(_ => throw failure);

        await RunAsync();

        _logger.Entries.ShouldHaveSingleItem().Exception.ShouldBeSameAs(failure);
    }
}
