using Mediator;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Seo.Application.Common.Behaviours;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Domain.Common;

namespace Seo.Application.Tests.Behaviours;

public sealed class UnitOfWorkBehaviorTests
{
    private readonly IUnitOfWork _unitOfWork = Substitute.For<IUnitOfWork>();
    private readonly ITransactionScope _transaction = Substitute.For<ITransactionScope>();
    private readonly UnitOfWorkBehavior<DoSomething, Result<int>> _behavior;

    public UnitOfWorkBehaviorTests()
    {
        _unitOfWork.BeginAsync(Arg.Any<CancellationToken>()).Returns(_transaction);
        RunsOperationOnce<Result<int>>();
        RunsOperationOnce<Result>();
        _behavior = new UnitOfWorkBehavior<DoSomething, Result<int>>(_unitOfWork);
    }

    /// <summary>The store's retry unit, as the write store runs it when nothing fails transiently.</summary>
    private void RunsOperationOnce<T>() =>
        _unitOfWork.RunAsync(Arg.Any<Func<CancellationToken, Task<T>>>(), Arg.Any<CancellationToken>())
            .Returns(call => call.Arg<Func<CancellationToken, Task<T>>>()(call.Arg<CancellationToken>()));

    private static MessageHandlerDelegate<DoSomething, Result<int>> Answer(Result<int> response) => (_, _) => ValueTask.FromResult(response);

    [Fact]
    public async Task A_retried_attempt_runs_the_handler_again_in_a_new_transaction()
    {
        // The write store's execution strategy re-runs the unit after a transient failure.
        _unitOfWork.RunAsync(Arg.Any<Func<CancellationToken, Task<Result<int>>>>(), Arg.Any<CancellationToken>())
            .Returns(async call =>
            {
                var attempt = call.Arg<Func<CancellationToken, Task<Result<int>>>>();
                await attempt(CancellationToken.None);
                return await attempt(CancellationToken.None);
            });
        var handled = 0;

        var result = await _behavior.Handle(new DoSomething(null), (_, _) => ValueTask.FromResult(Result<int>.Success(++handled)), CancellationToken.None);

        result.ShouldSucceed().ShouldBe(2);
        await _unitOfWork.Received(2).BeginAsync(Arg.Any<CancellationToken>());
        await _transaction.Received(2).CommitAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Success_saves_then_commits()
    {
        var result = await _behavior.Handle(new DoSomething(null), Answer(7), CancellationToken.None);

        result.ShouldSucceed().ShouldBe(7);
        Received.InOrder(() =>
        {
            _unitOfWork.BeginAsync(Arg.Any<CancellationToken>());
            _unitOfWork.SaveChangesAsync(Arg.Any<CancellationToken>());
            _transaction.CommitAsync(Arg.Any<CancellationToken>());
        });
        await _transaction.DidNotReceiveWithAnyArgs().RollbackAsync(default);
        await _transaction.Received(1).DisposeAsync();
    }

    [Fact]
    public async Task A_failed_result_rolls_back_without_saving_anything()
    {
        var result = await _behavior.Handle(new DoSomething(null), Answer(BookingErrors.VehicleHasActiveBooking), CancellationToken.None);

        result.ShouldFailWith("vehicle-has-active-booking");
        await _transaction.Received(1).RollbackAsync(Arg.Any<CancellationToken>());
        await _unitOfWork.DidNotReceiveWithAnyArgs().SaveChangesAsync(default);
        await _transaction.DidNotReceiveWithAnyArgs().CommitAsync(default);
        await _transaction.Received(1).DisposeAsync();
    }

    [Fact]
    public async Task R21_a_unique_index_conflict_on_save_becomes_a_failed_result_after_rollback()
    {
        _unitOfWork.SaveChangesAsync(Arg.Any<CancellationToken>())
            .ThrowsAsync(new PersistenceConflictException(BookingErrors.VehicleHasActiveBooking));

        var result = await _behavior.Handle(new DoSomething(null), Answer(1), CancellationToken.None);

        result.ShouldFailWith("vehicle-has-active-booking").Rule.ShouldBe("R21");
        Received.InOrder(() =>
        {
            _unitOfWork.SaveChangesAsync(Arg.Any<CancellationToken>());
            _transaction.RollbackAsync(Arg.Any<CancellationToken>());
        });
        await _transaction.DidNotReceiveWithAnyArgs().CommitAsync(default);
    }

    [Fact]
    public async Task A_conflict_while_the_handler_runs_also_rolls_back()
    {
        MessageHandlerDelegate<DoSomething, Result<int>> conflicting = (_, _) => throw new PersistenceConflictException();

        var result = await _behavior.Handle(new DoSomething(null), conflicting, CancellationToken.None);

        result.ShouldFailWith("concurrent-change");
        await _transaction.Received(1).RollbackAsync(Arg.Any<CancellationToken>());
        await _unitOfWork.DidNotReceiveWithAnyArgs().SaveChangesAsync(default);
    }

    [Fact]
    public async Task An_unexpected_exception_rolls_back_and_propagates()
    {
        MessageHandlerDelegate<DoSomething, Result<int>> crashing = (_, _) => throw new InvalidOperationException("boom");

        await Should.ThrowAsync<InvalidOperationException>(async () => await _behavior.Handle(new DoSomething(null), crashing, CancellationToken.None));

        await _transaction.Received(1).RollbackAsync(Arg.Any<CancellationToken>());
        await _transaction.DidNotReceiveWithAnyArgs().CommitAsync(default);
        await _unitOfWork.DidNotReceiveWithAnyArgs().SaveChangesAsync(default);
    }

    [Fact]
    public async Task A_plain_result_failure_also_rolls_back()
    {
        var behavior = new UnitOfWorkBehavior<DoSomethingPlain, Result>(_unitOfWork);

        var result = await behavior.Handle(new DoSomethingPlain(), (_, _) => ValueTask.FromResult(Result.Failure(BookingErrors.NotTransferable)), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.NotTransferable);
        await _transaction.Received(1).RollbackAsync(Arg.Any<CancellationToken>());
        await _unitOfWork.DidNotReceiveWithAnyArgs().SaveChangesAsync(default);
    }
}
