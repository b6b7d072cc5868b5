namespace Seo.Domain.Devices;

/// <summary>Which way a truck crossed a camera point: leaving Kazakhstan or coming back.</summary>
public enum CrossingDirection
{
    /// <summary>Leaving the country (the queue's main flow).</summary>
    Exit,

    /// <summary>Coming in, e.g. a truck turned back at the border line.</summary>
    Entry,
}
