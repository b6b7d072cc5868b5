using System.Globalization;
using Lucene.Net.Documents;
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
internal static class LuceneCrossingDocument
{
    public static Document From(CrossingRecord record)
    {
        var eventId = record.EventId.ToString("D");
        var ticks = CrossingTime.ToMillisecond(record.Timestamp).UtcTicks;
        var document = new Document
        {
            new StringField(F.EventId, eventId, Field.Store.YES),
            new SortedDocValuesField(F.EventId, new BytesRef(eventId)),
            new Int64Field(F.Timestamp, ticks, Field.Store.YES),
            new NumericDocValuesField(F.Timestamp, ticks),
            new StoredField(F.TimestampOffsetMinutes, (int)record.Timestamp.Offset.TotalMinutes),
            new StringField(F.Checkpoint, record.Checkpoint, Field.Store.YES),
            new SortedDocValuesField(F.Checkpoint, new BytesRef(record.Checkpoint)),
            new StringField(F.Point, record.Point.ToString(), Field.Store.YES),
            new StringField(F.Direction, record.Direction.ToString(), Field.Store.YES),
            new StringField(F.Plate, record.Plate, Field.Store.YES),
            new StringField(F.PlateSkeleton, PlateSkeleton.Of(record.Plate), Field.Store.NO),
            new StringField(F.Matched, record.Matched ? F.True : F.False, Field.Store.YES),
            new StoredField(F.Confidence, record.Confidence),
            new StringField(F.CameraId, record.CameraId, Field.Store.YES),
        };
        AddKeywordIfPresent(document, F.Vin, record.Vin);
        AddKeywordIfPresent(document, F.BookingNumber, record.BookingNumber);
        AddKeywordIfPresent(document, F.BookingId, record.BookingId?.ToString("D"));
        // R10: who entered a read by hand is searchable (an audit of one officer's entries); why, only shown.
        AddKeywordIfPresent(document, F.EnteredBy, record.EnteredBy?.ToString("D"));
        if (record.ManualReason is not null)
        {
            document.Add(new StoredField(F.ManualReason, record.ManualReason));
        }

        if (record.ImageReference is not null)
        {
            // Shown, never searched: stored only.
            document.Add(new StoredField(F.ImageReference, record.ImageReference));
        }

        return document;
    }

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

    private static void AddKeywordIfPresent(Document document, string field, string? value)
    {
        if (value is not null)
        {
            document.Add(new StringField(field, value, Field.Store.YES));
        }
    }

    private static string Required(Document document, string field) => document.Get(field, CultureInfo.InvariantCulture) ?? throw Corrupt(field);

    private static InvalidOperationException Corrupt(string field) =>
        new(string.Create(CultureInfo.InvariantCulture, $"A crossing document in the Lucene index has no '{field}' field; the index was not written by this version."));
}
