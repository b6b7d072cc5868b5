using Ardalis.Specification;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using NSubstitute.Core;
using System.Reflection;
using Seo.Application.Checkpoints;
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
        SubstitutionContext.Current.GetCallRouterFor(repository).RegisterCustomCallHandlerFactory(_ => new ProjectionQueries<T>(items));
        return repository;
    }

    /// <summary>
    /// Answers a repository's projection queries (a specification with a selector, for any result
    /// type, which a configured return cannot name) by evaluating them in memory over the items.
    /// </summary>
    private sealed class ProjectionQueries<T>(List<T> items) : ICallHandler
        where T : class
    {
        public RouteAction Handle(ICall call)
        {
            var method = call.GetMethodInfo();
            if (!method.IsGenericMethod || method.Name is not (nameof(IRepository<>.ListAsync) or nameof(IRepository<>.FirstOrDefaultAsync)))
            {
                return RouteAction.Continue();
            }

            var answer = typeof(ProjectionQueries<T>)
                .GetMethod(method.Name == nameof(IRepository<>.ListAsync) ? nameof(List) : nameof(First), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(method.GetGenericArguments())
                .Invoke(null, [call.GetArguments()[0], items]);
            return RouteAction.Return(answer);
        }

        private static Task<List<TResult>> List<TResult>(ISpecification<T, TResult> specification, List<T> items) =>
            Task.FromResult(specification.Evaluate(items).ToList());

        private static Task<TResult?> First<TResult>(ISpecification<T, TResult> specification, List<T> items) =>
            Task.FromResult(specification.Evaluate(items).FirstOrDefault());
    }

    /// <summary>The per-account caps turned off, over the given bookings (their own suite turns them on).</summary>
    public static Seo.Application.Bookings.Caps.BookingCapPolicy NoCaps(IRepository<Booking> bookings) =>
        new(bookings, Repository(new List<Seo.Domain.Draws.DrawEntry>()), Substitute.For<IAccountBookingGate>(),
            new Seo.Application.Common.BookingCapOptions { MaxUnpaidHoldsPerAccount = 0, MaxBookingsPerAccountPerCheckpointDay = 0, VehicleCoolDown = TimeSpan.Zero });

    /// <summary>The fair release turned off: every request books first come, first served.</summary>
    public static Seo.Application.Draws.Enter.DayRelease NoDraws(Seo.Application.Verification.Common.VerificationRun run) =>
        new(Repository(new List<Seo.Domain.Draws.DrawEntry>()), Repository(new List<Seo.Domain.Draws.DayDraw>()), Repository(new List<VerificationRecord>()), run,
            new Seo.Application.Draws.Common.DrawWindow(new Seo.Application.Draws.Common.DrawOptions { OpeningWindow = TimeSpan.Zero }));

    /// <summary>
    /// Which bookings <paramref name="user"/> acts on, over the given bookings, dispatcher grants
    /// (none by default) and accounts (the organisations that granted them).
    /// </summary>
    public static Seo.Application.Bookings.Common.BookingAccess Access(
        IRepository<Booking> bookings, ICurrentUser user, List<DispatcherGrant>? grants = null, List<Account>? accounts = null) =>
        new(bookings, Repository(grants ?? []), Repository(accounts ?? []), user);

    public static Seo.Application.Bookings.Common.BookingAccess Access(
        List<Booking> bookings, ICurrentUser user, List<DispatcherGrant>? grants = null, List<Account>? accounts = null) =>
        Access(Repository(bookings), user, grants, accounts);

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

    /// <summary>A read model that holds nothing yet: every interval at full capacity, nothing booked.</summary>
    public static IAvailabilityReadModel ReadModel(params SlotCount[] counts)
    {
        var model = Substitute.For<IAvailabilityReadModel>();
        model.ReadAsync(Arg.Any<string>(), Arg.Any<DateOnly>(), Arg.Any<DateOnly>(), Arg.Any<CancellationToken>())
            .Returns(call => (IReadOnlyList<SlotCount>)[.. counts.Where(c =>
                c.Checkpoint == call.ArgAt<string>(0) && c.Date >= call.ArgAt<DateOnly>(1) && c.Date <= call.ArgAt<DateOnly>(2))]);
        return model;
    }

    /// <summary>Availability over <paramref name="readModel"/>, falling back to <paramref name="writeStore"/> and <paramref name="ledger"/>.</summary>
    public static SlotAvailability Availability(
        IAvailabilityReadModel readModel, ICapacityLedger ledger, ISlotAvailabilityReader? writeStore = null, IMeterFactory? meters = null) =>
        new(readModel, writeStore ?? Substitute.For<ISlotAvailabilityReader>(), ledger, new AvailabilityMetrics(meters ?? new TestMeterFactory()), NullLogger<SlotAvailability>.Instance);

    /// <summary>Meters of their own per test, so a listener sees only its test's measurements.</summary>
    public sealed class TestMeterFactory : IMeterFactory
    {
        private readonly List<Meter> _meters = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
            _meters.Add(meter);
            return meter;
        }

        public void Dispose() => _meters.ForEach(m => m.Dispose());
    }

    /// <summary>A verification port that answers every requirement with <paramref name="verdictFor"/> (passed by default).</summary>
    public static IVehicleVerification Verification(Func<RegistryCheck, CheckVerdict>? verdictFor = null)
    {
        var verification = Substitute.For<IVehicleVerification>();
        verification.VerifyAsync(Arg.Any<VerificationSubject>(), Arg.Any<IReadOnlyList<CheckRequirement>>(), Arg.Any<CancellationToken>())
            .Returns(call => Answer(call.Arg<IReadOnlyList<CheckRequirement>>(), verdictFor ?? (_ => CheckVerdict.Passed)));
        return verification;
    }

    /// <summary>A unit of work whose <see cref="IUnitOfWork.KeepAsync"/> appends to <paramref name="kept"/>, as the store would keep them.</summary>
    public static IUnitOfWork UnitOfWork(List<object> kept)
    {
        var unitOfWork = Substitute.For<IUnitOfWork>();
        unitOfWork.KeepAsync(Arg.Any<object>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                kept.Add(call.Arg<object>());
                return Task.CompletedTask;
            });
        return unitOfWork;
    }

    public static IReadOnlyList<CheckOutcome> Answer(IReadOnlyList<CheckRequirement> requirements, Func<RegistryCheck, CheckVerdict> verdictFor) =>
        [.. requirements.Select(r =>
        {
            var verdict = verdictFor(r.Check);
            return new CheckOutcome(r.Check, verdict, "test registry", verdict == CheckVerdict.Failed ? $"{r.Check} failed" : null, null, TestData.Now);
        })];
}

/// <summary>Password work straight through a hasher, or refused as busy when <paramref name="busy"/> is given (the gate itself is tested on its own).</summary>
internal sealed class FakePasswordWork(IPasswordHasher hasher, DomainError? busy = null) : IPasswordWork
{
    public DomainError? BusyNow => busy;

    public ValueTask<Result<bool>> VerifyAsync(string password, string hash, CancellationToken cancellationToken) =>
        new(busy is null ? Result<bool>.Success(hasher.Verify(password, hash)) : Result<bool>.Failure(busy));

    public ValueTask<Result<string>> HashAsync(string password, CancellationToken cancellationToken) =>
        new(busy is null ? Result<string>.Success(hasher.Hash(password)) : Result<string>.Failure(busy));
}
