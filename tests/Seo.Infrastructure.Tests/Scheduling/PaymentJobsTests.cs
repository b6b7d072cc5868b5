using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using Quartz;
using Seo.Application.Common.Ports;
using Seo.Application.Ledger.Common;
using Seo.Application.Ledger.Remit;
using Seo.Application.Payments.Reconcile;
using Seo.Domain.Common;
using Seo.Infrastructure.Scheduling;

namespace Seo.Infrastructure.Tests.Scheduling;

public sealed class PaymentJobsTests
{
    private static readonly TimeSpan Kazakhstan = TimeSpan.FromHours(5);
    private readonly IMediator _mediator = Substitute.For<IMediator>();
    private readonly ILedgerReader _ledger = Substitute.For<ILedgerReader>();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 0, 30, 0, Kazakhstan));

    private Task RemitAsync(RecordingLogger<RemitReceivedMoneyJob> logger) =>
        new RemitReceivedMoneyJob(_mediator, new RemittanceDeadline(_ledger, new RemittanceOptions(), _clock), logger)
            .Execute(Substitute.For<IJobExecutionContext>(), CancellationToken.None).AsTask();

    [Fact]
    public async Task R23_each_reconciliation_firing_reports_what_it_settled_closed_and_refunded()
    {
        var logger = new RecordingLogger<ReconcilePaymentsJob>();
        _mediator.Send(Arg.Any<ReconcilePayments>(), Arg.Any<CancellationToken>()).Returns(new ReconciliationReport(5, 2, 1, 1, 1));

        await new ReconcilePaymentsJob(_mediator, logger).Execute(Substitute.For<IJobExecutionContext>(), CancellationToken.None);

        await _mediator.Received(1).Send(Arg.Any<ReconcilePayments>(), Arg.Any<CancellationToken>());
        logger.Entries.ShouldHaveSingleItem().ShouldBe((LogLevel.Information, "Payment reconciliation: 4 payment(s) settled, closed or refunded", null));
    }

    [Fact]
    public async Task R24_on_day_3_money_received_on_day_1_is_remitted_and_no_alert_is_raised()
    {
        var logger = new RecordingLogger<RemitReceivedMoneyJob>();
        _mediator.Send(Arg.Any<RunRemittance>(), Arg.Any<CancellationToken>()).Returns(Result<RemittanceDto?>.Success(null));
        _ledger.OldestUnremittedAsync(Arg.Any<CancellationToken>()).Returns(new DateTimeOffset(2026, 11, 25, 9, 0, 0, Kazakhstan));

        await RemitAsync(logger);

        await _mediator.Received(1).Send(Arg.Any<RunRemittance>(), Arg.Any<CancellationToken>());
        logger.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task R24_on_day_4_money_still_unremitted_raises_a_critical_alert_naming_the_day_and_the_limit()
    {
        var logger = new RecordingLogger<RemitReceivedMoneyJob>();
        _clock.Advance(TimeSpan.FromDays(1));
        _mediator.Send(Arg.Any<RunRemittance>(), Arg.Any<CancellationToken>())
            .Returns(Result<RemittanceDto?>.Failure(new DomainError("concurrent-change", "Changed meanwhile")));
        _ledger.OldestUnremittedAsync(Arg.Any<CancellationToken>()).Returns(new DateTimeOffset(2026, 11, 25, 9, 0, 0, Kazakhstan));

        await RemitAsync(logger);

        logger.Entries.ShouldContain(entry => entry.Level == LogLevel.Critical
            && entry.Message == "R24 breached: money received on 2026-11-25 was due at the budget by 2026-11-27 and is 1 day(s) late");
        logger.Entries.ShouldContain(entry => entry.Level == LogLevel.Warning);
    }
}
