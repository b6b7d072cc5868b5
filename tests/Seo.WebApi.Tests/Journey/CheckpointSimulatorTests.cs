using Seo.CheckpointSimulator;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Journey;

/// <summary>
/// The checkpoint simulator (tests/Seo.CheckpointSimulator) plays a day against the test host as it
/// does against `dotnet run --project src/WebApi`: the same requests, the sandbox clock moved by
/// its endpoint, the events dispatched in the background and followed on the officers' stream.
/// </summary>
[Trait("Category", "Journey")]
public sealed class CheckpointSimulatorTests
{
    [Fact]
    public async Task R29_R31_R34_R35_R28_R11_the_simulator_plays_a_day_through_the_api_and_every_truck_ends_as_the_Rules_say()
    {
        await using var api = new SeoApiFactory(
            new Dictionary<string, string?>
            {
                // As `dotnet run` has them: the 25-hour closing lead and the outbox dispatched in the background.
                ["Seo:Journey:BookingCloses"] = "1.01:00:00",
                ["Seo:Outbox:Enabled"] = "true",
                ["Seo:Messaging:RecordOnly"] = "true",
            },
            simulatedRegistries: true);
        var simulation = new CheckpointDaySimulation(
            () => api.CreateClient(),
            new SimulationOptions
            {
                Trucks = 40,
                Concurrency = 4,
                RegistrarEmail = SeoApiFactory.RegistrarEmail,
                RegistrarPassword = SeoApiFactory.RegistrarPassword,
                RegistrarTotpSecret = SeoApiFactory.RegistrarTotpSecret,
                ServerClock = api.Clock.GetUtcNow,
            });

        var report = await simulation.RunAsync(CancellationToken.None);

        report.Failures.ShouldBeEmpty();
        report.Outcomes.ShouldBe(new Dictionary<string, int>
        {
            ["OnTime → Completed"] = 28,
            ["Early → Completed"] = 4,
            ["Late → Annulled (LateArrival)"] = 4,
            ["Absent → Annulled (NoShow)"] = 4,
        }, ignoreOrder: true);
        // Winter in the default season calendar: called 120 minutes ahead, at the sweep that first finds it due.
        report.CallLeadMinutes.Min.ShouldBeGreaterThanOrEqualTo(120);
        report.ReminderLeadHours.Min.ShouldBeGreaterThanOrEqualTo(24);
        report.BarrierCommands.ShouldBe(2 * 32);
        report.DuplicateMessages.ShouldBe(0);
        report.Messages["Reminder"].ShouldBeGreaterThanOrEqualTo(40);
        report.Messages["Annulment"].ShouldBeGreaterThanOrEqualTo(4);
        report.Messages["Late"].ShouldBeGreaterThanOrEqualTo(4);
        report.LiveLag.ShouldNotBeNull().Missing.ShouldBe(0);
        report.LiveLag.Count.ShouldBe(report.CameraReads);
    }
}
