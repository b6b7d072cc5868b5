using Mediator;
using Microsoft.Extensions.Logging;
using NSubstitute;
using Quartz;
using Seo.Application.OpenData.PublishDays;
using Seo.Infrastructure.Scheduling;

namespace Seo.Infrastructure.Tests.Scheduling;

public sealed class PublishOpenDataJobTests
{
    private readonly IMediator _mediator = Substitute.For<IMediator>();
    private readonly RecordingLogger<PublishOpenDataJob> _logger = new();

    private Task RunAsync() =>
        new PublishOpenDataJob(_mediator, _logger).Execute(Substitute.For<IJobExecutionContext>(), CancellationToken.None).AsTask();

    [Fact]
    public async Task R22_a_firing_publishes_the_days_and_says_how_many()
    {
        _mediator.Send(Arg.Any<PublishOpenDataDays>(), Arg.Any<CancellationToken>()).Returns(82);

        await RunAsync();

        _logger.Entries.ShouldHaveSingleItem().ShouldBe((LogLevel.Information, "Open-data publication: 82 checkpoint day(s) published", null));
    }

    [Fact]
    public async Task An_index_that_refuses_is_logged_and_the_next_firing_publishes_again()
    {
        _mediator.Send(Arg.Any<PublishOpenDataDays>(), Arg.Any<CancellationToken>())
            .Returns<int>(_ => throw new InvalidOperationException("Elasticsearch refused"));

        await RunAsync();

        _logger.Entries.ShouldHaveSingleItem().Level.ShouldBe(LogLevel.Error);
    }
}
