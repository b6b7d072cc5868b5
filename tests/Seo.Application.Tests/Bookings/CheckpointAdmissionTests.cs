using Mediator;
using Seo.Application.Bookings.Admission;
using Seo.Application.Common;

namespace Seo.Application.Tests.Bookings;

/// <summary>
/// A checkpoint's place-taking transactions run a configured number at a time in each instance;
/// the rest wait their turn before their transaction begins, and other checkpoints never wait.
/// </summary>
public sealed class CheckpointAdmissionTests
{
    private static CheckpointAdmission Admission(int perCheckpoint) => new(new BookingOptions { ConcurrentTransactionsPerCheckpoint = perCheckpoint });

    [Fact]
    public async Task A_checkpoint_admits_the_configured_number_and_the_next_waits_until_one_leaves()
    {
        var admission = Admission(2);
        var first = await admission.EnterAsync("DOSTYK", CancellationToken.None);
        var second = await admission.EnterAsync("dostyk", CancellationToken.None);

        var third = admission.EnterAsync("DOSTYK", CancellationToken.None);
        third.IsCompleted.ShouldBeFalse();

        first.Dispose();
        first.Dispose(); // giving a turn back twice frees one place, not two
        (await third).Dispose();
        var fourth = admission.EnterAsync("DOSTYK", CancellationToken.None);
        fourth.IsCompleted.ShouldBeTrue();
        var fifth = admission.EnterAsync("DOSTYK", CancellationToken.None);
        fifth.IsCompleted.ShouldBeFalse();

        second.Dispose();
        (await fifth).Dispose();
        (await fourth).Dispose();
    }

    [Fact]
    public async Task Another_checkpoint_does_not_wait_for_a_busy_one()
    {
        var admission = Admission(1);
        using var busy = await admission.EnterAsync("DOSTYK", CancellationToken.None);

        var other = admission.EnterAsync("KHORGOS", CancellationToken.None);

        other.IsCompleted.ShouldBeTrue();
        (await other).Dispose();
    }

    [Fact]
    public async Task With_no_limit_nobody_waits()
    {
        var admission = Admission(0);
        var turns = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => admission.EnterAsync("DOSTYK", CancellationToken.None)));

        turns.Length.ShouldBe(100);
    }

    [Fact]
    public async Task A_waiting_request_that_is_cancelled_takes_no_turn()
    {
        var admission = Admission(1);
        var busy = await admission.EnterAsync("DOSTYK", CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = admission.EnterAsync("DOSTYK", cancel.Token);
        await cancel.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(waiting);
        busy.Dispose();
        (await admission.EnterAsync("DOSTYK", CancellationToken.None)).Dispose();
    }

    [Fact]
    public async Task The_turn_is_given_back_when_the_command_fails()
    {
        var admission = Admission(1);
        var behavior = new CheckpointAdmissionBehavior<Admitted, int>(admission);

        await Should.ThrowAsync<InvalidOperationException>(behavior.Handle(new Admitted("DOSTYK"), (_, _) => throw new InvalidOperationException("the store went away"), CancellationToken.None).AsTask());

        var next = admission.EnterAsync("DOSTYK", CancellationToken.None);
        next.IsCompleted.ShouldBeTrue();
        (await next).Dispose();
    }

    private sealed record Admitted(string? Checkpoint) : ICommand<int>, ICheckpointAdmitted;
}
