using Seo.Application.Common.Ports;
using Seo.Application.Live;
using Seo.Application.Live.Boards;
using static Seo.Projections.Tests.Live.LiveEntries;

namespace Seo.Projections.Tests.Live;

/// <summary>R12, R32: what reaches a public board — masked plates, no control or bidi characters, no owner or booking identity.</summary>
public sealed class BoardTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.CreateCustomTimeZone("UTC+05", Kazakhstan, "UTC+05", "UTC+05");

    [Theory]
    [InlineData(PlateMask.None, "123ABC02", "123ABC02")]
    [InlineData(PlateMask.Middle, "123ABC02", "12****02")]
    [InlineData(PlateMask.Middle, "AB12", "**12")]
    [InlineData(PlateMask.AllButLast3, "123ABC02", "*****C02")]
    [InlineData(PlateMask.AllButLast3, "A12", "**2")]
    public void R12_plates_are_masked_as_configured(PlateMask mask, string plate, string shown) =>
        PlateMasking.Mask(plate, mask).ShouldBe(shown);

    [Fact]
    public void R12_the_default_mask_keeps_only_the_last_three_characters() =>
        new BoardOptions().PlateMask.ShouldBe(PlateMask.AllButLast3);

    [Theory]
    [InlineData("\u202E20CBA321", "20CBA321")]          // right-to-left override
    [InlineData("123\u2066ABC\u2069 02", "123ABC 02")]  // isolates
    [InlineData("\u200E123ABC02\u200F", "123ABC02")]    // marks
    [InlineData("123\u061CABC02", "123ABC02")]          // Arabic letter mark
    [InlineData("123\u200BABC\uFEFF02", "123ABC02")]     // zero-width space, BOM
    [InlineData("123\u001B[2JABC\r\n02\u2028", "123[2JABC02")] // escape, CR LF, line separator
    public void R12_control_and_bidi_characters_never_reach_a_board(string text, string clean)
    {
        var cleaned = BoardText.Clean(text);

        cleaned.ShouldBe(clean);
        cleaned.ShouldAllBe(c => !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format);
    }

    [Fact]
    public void R12_a_lone_surrogate_never_reaches_a_board() =>
        BoardText.Clean(string.Concat("12", char.ConvertFromUtf32(0x1F600).AsSpan(0, 1), "AB")).ShouldBe("12AB");

    [Fact]
    public void R12_a_board_shows_masked_clean_plates_in_queue_order_and_nothing_of_the_owner()
    {
        var booking = Journey(4, plate: "\u202E123ABC02\u2066");
        var priority = Journey(9, priority: true);
        var snapshot = new LiveSnapshot(
            42,
            [Vehicle(booking, "InWaitingZone", Morning), Vehicle(priority, "InWaitingZone", Morning.AddMinutes(1)), Vehicle(Journey(5), "Confirmed", Morning)],
            null);

        var board = Board.Compose(Checkpoint, "Dostyk\u202E", snapshot, Day, Zone, new BoardOptions { PlateMask = PlateMask.Middle });

        board.Name.ShouldBe("Dostyk");
        board.Position.ShouldBe(42);
        board.Queue.ShouldBe([new BoardVehicleDto("00****02", "10:00", 1, "waiting"), new BoardVehicleDto("12****02", "10:00", 2, "waiting")]);
        board.Expected.ShouldHaveSingleItem().State.ShouldBe("expected");
        var json = System.Text.Json.JsonSerializer.Serialize(board);
        json.ShouldNotContain(booking.Owner.ToString());
        json.ShouldNotContain(booking.BookingId.ToString());
        json.ShouldNotContain(booking.Number);
    }

    [Fact]
    public void R12_a_board_s_stream_shows_vehicle_movements_masked_and_nothing_of_alerts()
    {
        var vehicle = new LiveMovement(7, LiveVehicle.Kind, Morning, Vehicle(Journey(1, plate: "123ABC02"), "Called", Morning), "InWaitingZone");
        var alert = new LiveMovement(8, LiveAlert.Kind, Morning, new LiveAlert(Guid.NewGuid(), "EntryRefused", "x", null, "123ABC02", null, Morning), null);

        Board.ToDto(vehicle, PlateMask.AllButLast3).ShouldBe(new BoardMovementDto(7, "vehicle", new BoardVehicleDto("*****C02", "10:00", null, "called")));
        Board.ToDto(alert, PlateMask.AllButLast3).ShouldBeNull();
    }
}
