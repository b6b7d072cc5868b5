using NSubstitute;
using Seo.Application.Common.Behaviours;
using Seo.Application.Common.Ports;
using Seo.Application.Tests.Behaviours;
using Seo.Application.Verification.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Verification;

namespace Seo.Application.Tests.Verification;

public sealed class RegistryChecksBehaviorTests
{
    private readonly IVehicleVerification _verification = Substitutes.Verification();
    private readonly IUnitOfWork _unitOfWork = Substitute.For<IUnitOfWork>();
    private readonly ITransactionScope _transaction = Substitute.For<ITransactionScope>();
    private readonly IVerificationSubjectReader<CheckedThing> _reader = Substitute.For<IVerificationSubjectReader<CheckedThing>>();
    private readonly VerificationRun _run = new();

    public RegistryChecksBehaviorTests()
    {
        _unitOfWork.BeginAsync(Arg.Any<CancellationToken>()).Returns(_transaction);
        _unitOfWork.RunAsync(Arg.Any<Func<CancellationToken, Task<Result<int>>>>(), Arg.Any<CancellationToken>())
            .Returns(call => call.Arg<Func<CancellationToken, Task<Result<int>>>>()(call.Arg<CancellationToken>()));
        var owner = TestData.User();
        _reader.ReadAsync(Arg.Any<CheckedThing>(), Arg.Any<CancellationToken>()).Returns(new PlannedChecks(
            owner.Id,
            VerificationPurpose.NewBooking,
            null,
            CheckpointCode.Create("DOSTYK").Value,
            new VerificationSubject(owner.AsBookingOwner(), TestData.Truck(), [TestData.Driver()], TestData.BookedDate, Cargo.None, PriorityCategory.None)));
    }

    /// <summary>Registry checks, then the unit of work, then a handler that decides on the report, as the pipeline orders them.</summary>
    private async Task<Result<int>> Send(Func<VerificationReport?, Result<int>> decide)
    {
        var checks = new RegistryChecksBehavior<CheckedThing, Result<int>>(_reader, _verification, _run, _unitOfWork, TestData.Clock(), Microsoft.Extensions.Logging.Abstractions.NullLogger<RegistryChecksBehavior<CheckedThing, Result<int>>>.Instance);
        var transaction = new UnitOfWorkBehavior<CheckedThing, Result<int>>(_unitOfWork);
        return await checks.Handle(
            new CheckedThing(),
            (message, token) => transaction.Handle(message, (_, _) => ValueTask.FromResult(decide(_run.Report)), token),
            CancellationToken.None);
    }

    [Fact]
    public async Task R20_the_registries_answer_before_the_commands_transaction_begins()
    {
        var result = await Send(report => report is null ? VerificationErrors.RegistryUnavailable : 1);

        result.ShouldSucceed();
        Received.InOrder(() =>
        {
            _verification.VerifyAsync(Arg.Any<VerificationSubject>(), Arg.Any<IReadOnlyList<CheckRequirement>>(), Arg.Any<CancellationToken>());
            _unitOfWork.BeginAsync(Arg.Any<CancellationToken>());
            _transaction.CommitAsync(Arg.Any<CancellationToken>());
        });
    }

    [Fact]
    public async Task R20_a_failure_after_the_checks_is_kept_after_the_rollback()
    {
        var result = await Send(_ => BookingErrors.VehicleHasActiveBooking);

        result.ShouldFailWith("vehicle-has-active-booking").Details.ShouldNotBeNull().ShouldContainKey("checkRecordId");
        Received.InOrder(() =>
        {
            _transaction.RollbackAsync(Arg.Any<CancellationToken>());
            _unitOfWork.KeepAsync(Arg.Is<VerificationRecord>(r => r.Decision == VerificationDecision.PassedNotBooked), Arg.Any<CancellationToken>());
        });
    }

    [Fact]
    public async Task R20_checks_that_refused_are_recorded_as_refused_even_when_the_handler_stopped_on_something_else_first()
    {
        _verification.VerifyAsync(Arg.Any<VerificationSubject>(), Arg.Any<IReadOnlyList<CheckRequirement>>(), Arg.Any<CancellationToken>())
            .Returns(call => Substitutes.Answer(call.Arg<IReadOnlyList<CheckRequirement>>(), c => c == RegistryCheck.LiabilityInsurance ? CheckVerdict.Failed : CheckVerdict.Passed));

        // An R21 race: the handler refuses on the vehicle's hold before it looks at the report.
        var result = await Send(_ => BookingErrors.VehicleHasActiveBooking);

        result.ShouldFailWith("vehicle-has-active-booking");
        await _unitOfWork.Received(1).KeepAsync(
            Arg.Is<VerificationRecord>(r => r.Decision == VerificationDecision.Refused && r.DecisionCode == "checks-refused"), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task R20_a_handler_that_throws_after_the_checks_ran_still_keeps_their_record_and_rethrows()
    {
        var thrown = await Should.ThrowAsync<InvalidOperationException>(() => Send(_ => throw new InvalidOperationException("store fault")));

        thrown.Message.ShouldBe("store fault");
        await _unitOfWork.Received(1).KeepAsync(
            Arg.Is<VerificationRecord>(r => r.Decision == VerificationDecision.Failed && r.Outcomes.Count == 18), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task R19_the_registries_are_asked_for_the_owners_residency_subset()
    {
        await Send(_ => 1);

        await _verification.Received(1).VerifyAsync(
            Arg.Any<VerificationSubject>(), Arg.Is<IReadOnlyList<CheckRequirement>>(r => r.Count == 18), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_command_with_nothing_to_check_goes_on_without_asking_any_registry()
    {
        _reader.ReadAsync(Arg.Any<CheckedThing>(), Arg.Any<CancellationToken>()).Returns((PlannedChecks?)null);

        var result = await Send(report => report is null ? 7 : 0);

        result.ShouldSucceed().ShouldBe(7);
        await _verification.DidNotReceiveWithAnyArgs().VerifyAsync(default!, default!, default);
        await _unitOfWork.DidNotReceiveWithAnyArgs().KeepAsync(default!, default);
    }
}
