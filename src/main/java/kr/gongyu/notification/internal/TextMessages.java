package kr.gongyu.notification.internal;

import java.util.Map;

/**
 * The port of the SMS / 알림톡 channel: a provider that sends a registered KakaoTalk template to a mobile number,
 * falling back to a text message, and remembers the idempotency key of what it took so that a retry sends nothing
 * twice. {@link NhnAlimTalk} is the adapter.
 */
public interface TextMessages {

    /** Whether a provider is configured; without one the channel is off. */
    boolean enabled();

    /**
     * Sends one message; never throws for a fault of the provider, which the outcome says.
     *
     * @param idempotencyKey the same on every try of one message
     * @param to the mobile number, digits and hyphens
     * @param template the registered template code
     * @param variables the template's {@code #{name}} values
     * @param fallback the text sent by SMS (LMS when long) if KakaoTalk cannot deliver
     */
    SendOutcome send(
            String idempotencyKey, String to, String template, Map<String, String> variables, TextFallback fallback);

    /** The text message sent instead of the 알림톡 when it cannot be delivered. */
    record TextFallback(String title, String content) {}
}
