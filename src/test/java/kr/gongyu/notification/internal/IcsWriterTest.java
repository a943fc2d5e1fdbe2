package kr.gongyu.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import kr.gongyu.notification.NotificationSettings;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;

/** The invitation's text rules (RFC 5545) and the retry schedule. */
class IcsWriterTest {

    private static final Instant START = Instant.parse("2027-03-17T06:00:00Z");

    @Test
    void longKoreanTextIsFoldedAt75OctetsAndEscapedAndReadsBackWhole() throws Exception {
        var summary = "세종특별자치시 조치원읍 복합커뮤니티센터 다목적 체육관, 배드민턴장; 주말 자원봉사 운영\n둘째 줄";
        var ics = IcsWriter.write(
                new IcsWriter.Event(
                        42, 3, START, START.plus(Duration.ofHours(2)), summary, "장소", "설명", null, false, START),
                "REQUEST",
                "no-reply@gongyu.example",
                "citizen@gongyu.example");
        for (var line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(ics).endsWith("END:VCALENDAR\r\n").doesNotContain("\n\n");
        var calendar = new CalendarBuilder().build(new StringReader(ics));
        var event = calendar.getComponent(Component.VEVENT).orElseThrow();
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(summary);
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20270317T150000");
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                .isEqualTo("3");
    }

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToTheCap() {
        var settings = new NotificationSettings(
                "a@b.example",
                "http://x",
                Duration.ofSeconds(10),
                5,
                Duration.ofMinutes(1),
                Duration.ofMinutes(5),
                10,
                Duration.ofMinutes(1));
        assertThat(settings.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(settings.backoff(4)).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.backoff(60)).isEqualTo(Duration.ofMinutes(5));
    }
}
