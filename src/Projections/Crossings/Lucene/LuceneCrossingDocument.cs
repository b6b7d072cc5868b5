using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Seo.Application.Common.Ports;
using Seo.Domain.Devices;
using F = Seo.Projections.Crossings.Lucene.LuceneCrossingFields;

namespace Seo.Projections.Crossings.Lucene;

/// <summary>
/// Turns a crossing into a Lucene document and back. Searchable values are untokenised keyword
/// fields (plates and codes are compared whole); the timestamp is a numeric field for ranges with
/// doc values for sorting and counting; everything needed to rebuild the record is stored.
/// </summary>
/// <remarks>
/// One instance writes a batch: its fields are created once and given each record's values in
/// turn, so that a field's token stream is reused rather than built (with its attributes, behind
/// Lucene's factory lock) for every field of every document. Not thread-safe; the fields a call to
/// <see cref="Fill"/> returns are valid until the next call.
/// </remarks>
internal sealed class LuceneCrossingDocument
{
    private readonly StringField eventId = Keyword(F.EventId);
    private readonly SortedDocValuesField eventIdOrder = new(F.EventId, new BytesRef());
    private readonly Int64Field timestamp = new(F.Timestamp, 0, Field.Store.YES);
    private readonly NumericDocValuesField timestampOrder = new(F.Timestamp, 0);
    private readonly StoredField timestampOffset = new(F.TimestampOffsetMinutes, 0);
    private readonly StringField checkpoint = Keyword(F.Checkpoint);
    private readonly SortedDocValuesField checkpointOrder = new(F.Checkpoint, new BytesRef());
    private readonly StringField point = Keyword(F.Point);
    private readonly StringField direction = Keyword(F.Direction);
    private readonly StringField plate = Keyword(F.Plate);
    // Analyzed: the index folds the plate itself (PlateSkeletonAnalyzer), from the plate as it is.
    private readonly TextField plateSkeleton = new(F.PlateSkeleton, string.Empty, Field.Store.NO);
    private readonly StringField matched = Keyword(F.Matched);
    private readonly StoredField confidence = new(F.Confidence, 0d);
    private readonly StringField cameraId = Keyword(F.CameraId);
    private readonly StringField vin = Keyword(F.Vin);
    private readonly StringField bookingNumber = Keyword(F.BookingNumber);
    private readonly StringField bookingId = Keyword(F.BookingId);
    private readonly StringField enteredBy = Keyword(F.EnteredBy);
    private readonly StoredField manualReason = new(F.ManualReason, string.Empty);
    private readonly StoredField imageReference = new(F.ImageReference, string.Empty);
    private readonly List<IIndexableField> fields = new(20);

    /// <summary>The term that identifies <paramref name="record"/>'s document: indexing it again replaces it.</summary>
    public static Term IdentityOf(CrossingRecord record) => new(F.EventId, record.EventId.ToString("D"));

    /// <summary>The document of <paramref name="record"/>, in this instance's fields.</summary>
    public IEnumerable<IIndexableField> Fill(CrossingRecord record)
    {
        var id = record.EventId.ToString("D");
        var ticks = CrossingTime.ToMillisecond(record.Timestamp).UtcTicks;
        fields.Clear();
        Add(eventId, id);
        eventIdOrder.SetBytesValue(new BytesRef(id));
        fields.Add(eventIdOrder);
        timestamp.SetInt64Value(ticks);
        fields.Add(timestamp);
        timestampOrder.SetInt64Value(ticks);
        fields.Add(timestampOrder);
        timestampOffset.SetInt32Value((int)record.Timestamp.Offset.TotalMinutes);
        fields.Add(timestampOffset);
        Add(checkpoint, record.Checkpoint);
        checkpointOrder.SetBytesValue(new BytesRef(record.Checkpoint));
        fields.Add(checkpointOrder);
        Add(point, record.Point.ToString());
        Add(direction, record.Direction.ToString());
        Add(plate, record.Plate);
        Add(plateSkeleton, record.Plate);
        Add(matched, record.Matched ? F.True : F.False);
        confidence.SetDoubleValue(record.Confidence);
        fields.Add(confidence);
        Add(cameraId, record.CameraId);
        Add(vin, record.Vin);
        Add(bookingNumber, record.BookingNumber);
        Add(bookingId, record.BookingId?.ToString("D"));
        // R10: who entered a read by hand is searchable (an audit of one officer's entries); why, only shown.
        Add(enteredBy, record.EnteredBy?.ToString("D"));
        Add(manualReason, record.ManualReason);
        // Shown, never searched: stored only.
        Add(imageReference, record.ImageReference);
        return fields;
    }

    private void Add(Field field, string? value)
    {
        if (value is not null)
        {
            field.SetStringValue(value);
            fields.Add(field);
        }
    }

    private static StringField Keyword(string name) => new(name, string.Empty, Field.Store.YES);

    public static CrossingRecord ToRecord(Document document)
    {
        var ticks = document.GetField(F.Timestamp).GetInt64Value() ?? throw Corrupt(F.Timestamp);
        var offset = TimeSpan.FromMinutes(document.GetField(F.TimestampOffsetMinutes).GetInt32Value() ?? 0);
        var bookingId = document.Get(F.BookingId, CultureInfo.InvariantCulture);
        var enteredBy = document.Get(F.EnteredBy, CultureInfo.InvariantCulture);
        return new CrossingRecord(
            EventId: Guid.Parse(Required(document, F.EventId)),
            Timestamp: new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(offset),
            Checkpoint: Required(document, F.Checkpoint),
            Point: Enum.Parse<CameraPoint>(Required(document, F.Point)),
            Direction: Enum.Parse<CrossingDirection>(Required(document, F.Direction)),
            Plate: Required(document, F.Plate),
            Vin: document.Get(F.Vin, CultureInfo.InvariantCulture),
            BookingNumber: document.Get(F.BookingNumber, CultureInfo.InvariantCulture),
            BookingId: bookingId is null ? null : Guid.Parse(bookingId),
            Matched: Required(document, F.Matched) == F.True,
            Confidence: document.GetField(F.Confidence).GetDoubleValue() ?? throw Corrupt(F.Confidence),
            CameraId: Required(document, F.CameraId),
            ImageReference: document.Get(F.ImageReference, CultureInfo.InvariantCulture),
            EnteredBy: enteredBy is null ? null : Guid.Parse(enteredBy),
            ManualReason: document.Get(F.ManualReason, CultureInfo.InvariantCulture));
    }

    private static string Required(Document document, string field) => document.Get(field, CultureInfo.InvariantCulture) ?? throw Corrupt(field);

    private static InvalidOperationException Corrupt(string field) =>
        new(string.Create(CultureInfo.InvariantCulture, $"A crossing document in the Lucene index has no '{field}' field; the index was not written by this version."));
}
