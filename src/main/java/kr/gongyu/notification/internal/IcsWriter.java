package kr.gongyu.notification.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kr.gongyu.Seoul;
import org.jspecify.annotations.Nullable;

/**
 * A booking as an iCalendar object (RFC 5545): one VEVENT whose UID is the booking's, so that every later
 * invitation updates the same calendar entry, with SEQUENCE rising with each change, in Asia/Seoul (which has kept
 * +09:00 without daylight saving since 1988, so one STANDARD component describes it).
 */
public final class IcsWriter {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private IcsWriter() {}

    /** What the event says. {@code cancelled}: the booking is off (STATUS:CANCELLED). */
    public record Event(
            long reservation,
            int sequence,
            Instant start,
            Instant end,
            String summary,
            String location,
            String description,
            @Nullable String url,
            boolean cancelled,
            Instant stamp) {}

    /** The booking's UID: the same for every version of it. */
    public static String uid(long reservation) {
        return "reservation-" + reservation + "@gongyu.kr";
    }

    /**
     * The calendar object. {@code method}: REQUEST or CANCEL for an invitation sent by email (iTIP, RFC 5546), null
     * for a file to download or a feed. {@code organizer} and {@code attendee}: mail addresses iTIP asks for.
     */
    public static String write(
            Event event, @Nullable String method, @Nullable String organizer, @Nullable String attendee) {
        return write(List.of(event), method, organizer, attendee);
    }

    /** A calendar of many events, such as a feed (no method, organizer or attendee). */
    public static String write(List<Event> events) {
        return write(events, null, null, null);
    }

    private static String write(
            List<Event> events, @Nullable String method, @Nullable String organizer, @Nullable String attendee) {
        var out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Gongyu//Gongyu bookings//KO");
        line(out, "CALSCALE:GREGORIAN");
        if (method != null) {
            line(out, "METHOD:" + method);
        }
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:Asia/Seoul");
        line(out, "BEGIN:STANDARD");
        line(out, "DTSTART:19700101T000000");
        line(out, "TZOFFSETFROM:+0900");
        line(out, "TZOFFSETTO:+0900");
        line(out, "TZNAME:KST");
        line(out, "END:STANDARD");
        line(out, "END:VTIMEZONE");
        for (var event : events) {
            event(out, event, organizer, attendee);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void event(StringBuilder out, Event event, @Nullable String organizer, @Nullable String attendee) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + uid(event.reservation()));
        line(out, "SEQUENCE:" + event.sequence());
        line(out, "DTSTAMP:" + UTC.format(event.stamp()));
        line(out, "DTSTART;TZID=Asia/Seoul:" + LOCAL.format(event.start().atZone(Seoul.ZONE)));
        line(out, "DTEND;TZID=Asia/Seoul:" + LOCAL.format(event.end().atZone(Seoul.ZONE)));
        line(out, "SUMMARY:" + text(event.summary()));
        line(out, "LOCATION:" + text(event.location()));
        line(out, "DESCRIPTION:" + text(event.description()));
        if (event.url() != null) {
            line(out, "URL:" + event.url());
        }
        line(out, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line(out, "TRANSP:OPAQUE");
        if (organizer != null) {
            line(out, "ORGANIZER;CN=" + param("공유 Gongyu") + ":mailto:" + organizer);
        }
        if (attendee != null) {
            line(out, "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:" + attendee);
        }
        line(out, "END:VEVENT");
    }

    /** TEXT values escape backslashes, semicolons, commas and line breaks (RFC 5545, 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    private static String param(String value) {
        return "\"" + value.replace("\"", "'") + "\"";
    }

    /** Ends a content line with CRLF, folded so no line exceeds 75 octets, never inside a UTF-8 character. */
    private static void line(StringBuilder out, String content) {
        var octets = 0;
        var limit = 75;
        for (var i = 0; i < content.length(); ) {
            var codePoint = content.codePointAt(i);
            var chars = Character.charCount(codePoint);
            var size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = 74; // the folded line's leading space counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += chars;
        }
        out.append("\r\n");
    }
}
