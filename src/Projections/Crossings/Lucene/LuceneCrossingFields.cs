namespace Seo.Projections.Crossings.Lucene;

/// <summary>The field names of a crossing document in the Lucene index.</summary>
internal static class LuceneCrossingFields
{
    public const string EventId = "event_id";
    public const string Timestamp = "timestamp";
    public const string TimestampOffsetMinutes = "timestamp_offset";
    public const string Checkpoint = "checkpoint";
    public const string Point = "point";
    public const string Direction = "direction";
    public const string Plate = "plate";
    public const string PlateSkeleton = "plate_skeleton";
    public const string Vin = "vin";
    public const string BookingNumber = "booking_number";
    public const string BookingId = "booking_id";
    public const string Matched = "matched";
    public const string Confidence = "confidence";
    public const string CameraId = "camera_id";
    public const string ImageReference = "image_reference";
    public const string EnteredBy = "entered_by";
    public const string ManualReason = "manual_reason";

    /// <summary>The stored value of a true boolean; keyword fields hold text only.</summary>
    public const string True = "true";

    /// <summary>The stored value of a false boolean.</summary>
    public const string False = "false";
}
