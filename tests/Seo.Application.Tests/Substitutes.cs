using Ardalis.Specification;
using NSubstitute;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Capacity;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Verification;

namespace Seo.Application.Tests;

/// <summary>Port substitutes with the behaviour most tests need; each test overrides what it is about.</summary>
internal static class Substitutes
{
    /// <summary>
    /// A repository substitute over <paramref name="items"/> that answers each specification by
    /// evaluating it in memory, so a wrong specification (another owner, an inactive booking)
    /// changes the answer. <see cref="IRepository{T}.AddAsync"/> appends to the list.
    /// </summary>
    public static IRepository<T> Repository<T>(List<T> items)
        where T : class
    {
        var repository = Substitute.For<IRepository<T>>();
        repository.AddAsync(Arg.Any<T>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                items.Add(call.Arg<T>());
                return Task.CompletedTask;
            });
        repository.FirstOrDefaultAsync(Arg.Any<ISpecification<T>>(), Arg.Any<CancellationToken>())
            .Returns(call => call.Arg<ISpecification<T>>().Evaluate(items).FirstOrDefault());
        repository.ListAsync(Arg.Any<ISpecification<T>>(), Arg.Any<CancellationToken>())
            .Returns(call => call.Arg<ISpecification<T>>().Evaluate(items).ToList());
        repository.AnyAsync(Arg.Any<ISpecification<T>>(), Arg.Any<CancellationToken>())
            .Returns(call => items.Any(call.Arg<ISpecification<T>>().IsSatisfiedBy));
        repository.CountAsync(Arg.Any<ISpecification<T>>(), Arg.Any<CancellationToken>())
            .Returns(call => items.Count(call.Arg<ISpecification<T>>().IsSatisfiedBy));
        return repository;
    }

    public static ICurrentUser CurrentUser(AccountId? id, Role role = Role.User)
    {
        var user = Substitute.For<ICurrentUser>();
        user.AccountId.Returns(id);
        user.Role.Returns(id is null ? null : role);
        return user;
    }

    /// <summary>A ledger with room everywhere: sequence numbers 1, 2, 3, … and no full interval.</summary>
    public static ICapacityLedger Ledger()
    {
        var ledger = Substitute.For<ICapacityLedger>();
        var next = 0;
        ledger.TryReserveAsync(Arg.Any<Checkpoint>(), Arg.Any<BookedInterval>(), Arg.Any<bool>(), Arg.Any<CancellationToken>())
            .Returns(_ => Result<int>.Success(++next));
        ledger.FullIntervalsAsync(Arg.Any<CheckpointCode>(), Arg.Any<DateOnly>(), Arg.Any<DateOnly>(), Arg.Any<CancellationToken>())
            .Returns(new HashSet<(DateOnly Date, TimeOnly Start)>());
        return ledger;
    }

    public static Result<int> SlotFull => CapacityErrors.SlotFull;

    /// <summary>A verification port that answers every requirement with <paramref name="verdictFor"/> (passed by default).</summary>
    public static IVehicleVerification Verification(Func<RegistryCheck, CheckVerdict>? verdictFor = null)
    {
        var verification = Substitute.For<IVehicleVerification>();
        verification.VerifyAsync(Arg.Any<VerificationSubject>(), Arg.Any<IReadOnlyList<CheckRequirement>>(), Arg.Any<CancellationToken>())
            .Returns(call => Answer(call.Arg<IReadOnlyList<CheckRequirement>>(), verdictFor ?? (_ => CheckVerdict.Passed)));
        return verification;
    }

    public static IReadOnlyList<CheckOutcome> Answer(IReadOnlyList<CheckRequirement> requirements, Func<RegistryCheck, CheckVerdict> verdictFor) =>
        [.. requirements.Select(r =>
        {
            var verdict = verdictFor(r.Check);
            return new CheckOutcome(r.Check, verdict, "test registry", verdict == CheckVerdict.Failed ? $"{r.Check} failed" : null, null, TestData.Now);
        })];
}
