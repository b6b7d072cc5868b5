namespace Seo.Domain.Devices;

/// <summary>What a registered device at a checkpoint is (R9–R12, R32).</summary>
public enum DeviceKind
{
    /// <summary>Reads plates (R10, R30); its reads move bookings along the journey.</summary>
    AnprCamera,

    /// <summary>Records video of the waiting zone or its gates (R32); registers its recorded segments.</summary>
    VideoCamera,

    /// <summary>An automatic barrier (R11): takes open and close commands and acknowledges them.</summary>
    Barrier,
}
