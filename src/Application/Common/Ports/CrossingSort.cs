namespace Seo.Application.Common.Ports;

/// <summary>The order of a crossing search's results, by the camera's timestamp.</summary>
public enum CrossingSort
{
    /// <summary>The latest crossing first.</summary>
    NewestFirst,

    /// <summary>The earliest crossing first.</summary>
    OldestFirst,
}
