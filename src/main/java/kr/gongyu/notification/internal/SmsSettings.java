package kr.gongyu.notification.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gongyu.notification.sms.*}: the message provider (NHN Cloud's KakaoTalk Bizmessage 알림톡 API, with SMS
 * fallback). The channel is on only when every one of the first five is set.
 *
 * @param baseUrl the API's address, such as {@code https://api-alimtalk.cloud.toast.com}
 * @param appKey the project's app key (in the path of every call)
 * @param secretKey the {@code X-Secret-Key}: never logged, never shown by {@link #toString()}
 * @param senderKey the KakaoTalk channel's sender key (발신 키)
 * @param senderNumber the registered number the fallback SMS comes from (발신 번호)
 * @param timeout how long one call may take before it counts as a failed try (tried again with the backoff)
 * @param templates the registered 알림톡 template code of each kind of message ({@code NotificationKind}, or
 *     {@code VERIFICATION_CODE}); a kind without one is sent as SMS alone
 */
@ConfigurationProperties("gongyu.notification.sms")
public record SmsSettings(
        @Nullable URI baseUrl,
        @Nullable String appKey,
        @Nullable String secretKey,
        @Nullable String senderKey,
        @Nullable String senderNumber,
        @DefaultValue("PT3S") Duration timeout,
        @DefaultValue Map<String, String> templates) {

    public boolean configured() {
        return baseUrl != null && present(appKey) && present(secretKey) && present(senderKey) && present(senderNumber);
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    /** Everything but the secret, which no log line may carry. */
    @Override
    public String toString() {
        return "SmsSettings[baseUrl=%s, appKey=%s, secretKey=%s, senderKey=%s, senderNumber=%s, timeout=%s, templates=%s]"
                .formatted(
                        baseUrl,
                        appKey,
                        present(secretKey) ? "(set)" : "(none)",
                        senderKey,
                        senderNumber,
                        timeout,
                        templates);
    }
}
