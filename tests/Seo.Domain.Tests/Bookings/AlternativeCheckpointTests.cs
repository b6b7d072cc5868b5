using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Events;
using Seo.Domain.Capacity;
using Seo.Domain.Checkpoints;

namespace Seo.Domain.Tests;

/// <summary>R22: a capacity cut may move a booking to another checkpoint of the same border, only one its owner allowed.</summary>
public sealed class AlternativeCheckpointTests
{
    private static readonly DateTimeOffset Now = TestData.Now.AddHours(1);
    private static readonly DateTimeOffset RespondBy = Now.AddHours(24);
    private readonly Checkpoint _dostyk = TestData.Dostyk();
    private readonly Checkpoint _nurZholy = Checkpoint.Create(
        TestData.Code("NUR_ZHOLY"), "Нур Жолы", "Nur Zholy", "CN", "Область Жетісу", "Zhetysu Region", "Asia/Almaty", CapacitySchedule.Default);
    private readonly Checkpoint _bakhty = Checkpoint.Create(
        TestData.Code("BAKHTY"), "Бахты", "Bakhty", "CN", "Область Абай", "Abai Region", "Asia/Almaty", CapacitySchedule.Default);
    private readonly Checkpoint _aksai = Checkpoint.Create(
        TestData.Code("AKSAI"), "Аксай", "Aksai", "RU", "Западно-Казахстанская область", "West Kazakhstan Region", "Asia/Almaty", CapacitySchedule.Default);

    [Fact]
    public void R22_the_owner_allows_checkpoints_of_the_same_border_in_order_and_may_withdraw_them()
    {
        var booking = TestData.Confirmed(_dostyk);

        booking.AllowAlternativeCheckpoints(_dostyk, [_nurZholy, _bakhty]).ShouldSucceed();
        booking.AlternativeCheckpoints.ShouldBe([_nurZholy.Id, _bakhty.Id]);

        booking.AllowAlternativeCheckpoints(_dostyk, []).ShouldSucceed();
        booking.AlternativeCheckpoints.ShouldBeEmpty();
    }

    [Fact]
    public void R22_another_border_its_own_checkpoint_a_repeat_or_too_many_are_refused_and_change_nothing()
    {
        var booking = TestData.Confirmed(_dostyk);
        booking.AllowAlternativeCheckpoints(_dostyk, [_nurZholy]).ShouldSucceed();

        booking.AllowAlternativeCheckpoints(_dostyk, [_aksai]).ShouldFailWith("alternative-checkpoint-not-nearby");
        booking.AllowAlternativeCheckpoints(_dostyk, [_dostyk]).ShouldFailWith("alternative-checkpoint-not-nearby");
        booking.AllowAlternativeCheckpoints(_dostyk, [_bakhty, _bakhty]).ShouldFailWith("alternative-checkpoint-not-nearby");
        var fourth = Checkpoint.Create(TestData.Code("KOLZHAT"), "Кольжат", "Kolzhat", "CN", "Алматинская область", "Almaty Region", "Asia/Almaty", CapacitySchedule.Default);
        var fifth = Checkpoint.Create(TestData.Code("MAIKAPCHAGAI"), "Майкапчагай", "Maikapchagai", "CN", "ВКО", "East Kazakhstan Region", "Asia/Almaty", CapacitySchedule.Default);
        booking.AllowAlternativeCheckpoints(_dostyk, [_nurZholy, _bakhty, fourth, fifth]).ShouldFailWith("alternative-checkpoint-not-nearby");

        booking.AlternativeCheckpoints.ShouldBe([_nurZholy.Id]);
    }

    [Fact]
    public void R22_R28_a_cut_moves_a_booking_to_an_allowed_checkpoint_whose_number_follows_it_and_gives_back_the_old_place_there()
    {
        var booking = TestData.Confirmed(_dostyk);
        booking.AllowAlternativeCheckpoints(_dostyk, [_nurZholy]).ShouldSucceed();
        var from = booking.Interval;
        booking.ClearDomainEvents();

        booking.MoveForCapacityCut(TestData.IntervalAt(_nurZholy), 3, RespondBy, Now, _nurZholy.Id).ShouldSucceed();

        booking.Checkpoint.ShouldBe(_nurZholy.Id);
        booking.Number.ShouldStartWith("NUR_ZHOLY-");
        booking.ReschedulesUsed.ShouldBe(0);
        var moved = booking.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<BookingMovedByCapacityCut>();
        moved.Checkpoint.ShouldBe(_dostyk.Id);
        moved.From.ShouldBe(from);
        moved.ToCheckpoint.ShouldBe(_nurZholy.Id);
    }

    [Fact]
    public void R22_R36_a_cut_never_moves_a_booking_to_a_checkpoint_its_owner_did_not_allow()
    {
        var booking = TestData.Confirmed(_dostyk);

        booking.MoveForCapacityCut(TestData.IntervalAt(_bakhty), 3, RespondBy, Now, _bakhty.Id).ShouldFailWith("booking-not-reschedulable");

        booking.Checkpoint.ShouldBe(_dostyk.Id);
    }

    [Fact]
    public void R22_R34_alternatives_are_not_changed_for_a_called_or_ended_booking()
    {
        var cancelled = TestData.Confirmed(_dostyk);
        cancelled.Cancel(Now).ShouldSucceed();

        cancelled.AllowAlternativeCheckpoints(_dostyk, [_nurZholy]).ShouldFailWith("booking-not-reschedulable");
    }
}
