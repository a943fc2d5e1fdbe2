package kr.gongyu.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.json.JsonMapper;

/** The adapter's start-up line: one line saying the channel is off, or the settings without the secret. */
@ExtendWith(OutputCaptureExtension.class)
class NhnAlimTalkTest {

    private static final String SECRET = "very-secret-9f8e7d";

    @Test
    void withoutSettingsTheChannelIsOffAndSaysSoInOneLine(CapturedOutput output) {
        var off = new NhnAlimTalk(
                new SmsSettings(null, null, null, null, null, Duration.ofSeconds(3), Map.of()),
                JsonMapper.builder().build());
        off.sayWhetherOn();
        assertThat(off.enabled()).isFalse();
        assertThat(output.getAll().lines().filter(line -> line.contains("SMS / AlimTalk notifications are OFF")))
                .hasSize(1);
    }

    @Test
    void theSettingsAreLoggedWithoutTheSecret(CapturedOutput output) {
        var settings = new SmsSettings(
                URI.create("https://api-alimtalk.cloud.toast.com"),
                "app",
                SECRET,
                "sender",
                "1588-0000",
                Duration.ofSeconds(3),
                Map.of("BOOKING_CONFIRMED", "T1"));
        var on = new NhnAlimTalk(settings, JsonMapper.builder().build());
        on.sayWhetherOn();
        assertThat(on.enabled()).isTrue();
        assertThat(output.getAll())
                .contains("SMS / AlimTalk notifications are on")
                .doesNotContain(SECRET);
        assertThat(settings.toString()).contains("secretKey=(set)").doesNotContain(SECRET);
    }
}
