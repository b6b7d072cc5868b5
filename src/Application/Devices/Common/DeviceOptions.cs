using Seo.Domain.Devices;

namespace Seo.Application.Devices.Common;

/// <summary>Settings of what devices report (section <c>Seo:Devices</c>).</summary>
public sealed class DeviceOptions
{
    public const string Section = "Seo:Devices";

    /// <summary>R8: a device with no heartbeat for this long is silent and its checkpoint is alerted.</summary>
    public TimeSpan SilenceAfter { get; set; } = DeviceHealthPolicy.DefaultSilenceAfter;

    /// <summary>R8: on battery with less autonomy than this (minutes), the checkpoint is alerted; R8's 5 hours by default.</summary>
    public int LowAutonomyMinutes { get; set; } = DeviceHealthPolicy.R8MinimumAutonomyMinutes;

    /// <summary>How far ahead of the server's clock a device's clock may run.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A heartbeat sent longer ago than this says nothing about the device now and is refused.</summary>
    public TimeSpan MaxHeartbeatAge { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// R10: a plate read captured longer ago than this is refused. A camera cut off from the network
    /// keeps its reads and sends them when it is back; a week covers an outage over a long weekend at a
    /// remote post (and matches the oldest video segment accepted); a read older than that is more
    /// likely a camera whose clock was reset than a late delivery.
    /// </summary>
    public TimeSpan MaxAnprEventAge { get; set; } = TimeSpan.FromDays(7);

    public DeviceHealthPolicy Policy => new(SilenceAfter, LowAutonomyMinutes);
}
