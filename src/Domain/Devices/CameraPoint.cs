namespace Seo.Domain.Devices;

/// <summary>Where along a checkpoint's approach the camera that read the plate stands.</summary>
public enum CameraPoint
{
    /// <summary>The gate into the waiting zone.</summary>
    WaitingZoneEntry,

    /// <summary>The gate out of the waiting zone, when the truck is called.</summary>
    WaitingZoneExit,

    /// <summary>The entry of the checkpoint itself.</summary>
    CheckpointEntry,

    /// <summary>The state border.</summary>
    BorderLine,

    /// <summary>Inside the waiting zone (video cameras watching the queue, R32).</summary>
    WaitingZone,
}
