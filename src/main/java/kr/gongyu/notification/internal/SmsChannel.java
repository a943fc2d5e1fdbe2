package kr.gongyu.notification.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import kr.gongyu.notification.NotificationKind;
import kr.gongyu.notification.NotificationSettings;
import org.springframework.stereotype.Component;

/**
 * The SMS / 알림톡 channel: a message of a kind with a registered template, to a verified mobile number, through
 * {@link TextMessages}. The template's variables are {@code #{title}}, {@code #{resource}}, {@code #{when}},
 * {@code #{where}} and {@code #{link}} (a verification code's only {@code #{code}}); the fallback text is the whole
 * message.
 */
@Component
public class SmsChannel {

    /** The template key of the verification code, beside the kinds of message. */
    static final String VERIFICATION_CODE = "VERIFICATION_CODE";

    private final TextMessages provider;
    private final SmsSettings settings;
    private final MessageTexts texts;
    private final NotificationSettings notificationSettings;

    SmsChannel(
            TextMessages provider,
            SmsSettings settings,
            MessageTexts texts,
            NotificationSettings notificationSettings) {
        this.provider = provider;
        this.settings = settings;
        this.texts = texts;
        this.notificationSettings = notificationSettings;
    }

    public boolean enabled() {
        return provider.enabled();
    }

    /** Whether messages of this kind go out by this channel: it is on and the kind has a template. */
    public boolean sends(NotificationKind kind) {
        return enabled() && settings.templates().containsKey(kind.name());
    }

    public boolean sendsCodes() {
        return enabled() && settings.templates().containsKey(VERIFICATION_CODE);
    }

    public SendOutcome send(NotificationRow row, Locale locale, String to) {
        var template = settings.templates().get(row.kind().name());
        if (template == null) {
            return new SendOutcome.Refused("No template for " + row.kind());
        }
        var text = texts.of(row, locale);
        var link = text.link() == null ? "" : notificationSettings.baseUrl() + text.link();
        var variables = new LinkedHashMap<String, String>();
        variables.put("title", text.title());
        variables.put("resource", text.resource());
        variables.put("when", text.when());
        variables.put("where", text.where());
        variables.put("link", link);
        var content = text.body(texts.source(), locale) + (link.isEmpty() ? "" : "\n" + link);
        return provider.send(
                row.idempotencyKey(),
                to,
                template,
                variables,
                new TextMessages.TextFallback(text.title(), text.title() + "\n" + content));
    }

    /** Sends a verification code; {@code key} tells this code's sending from any other. */
    public SendOutcome sendCode(String key, String to, String code, Locale locale) {
        var template = settings.templates().get(VERIFICATION_CODE);
        if (template == null) {
            return new SendOutcome.Refused("No template for " + VERIFICATION_CODE);
        }
        var title = texts.message("contact.code.title", locale);
        var content = texts.message("contact.code.text", locale, code);
        return provider.send(
                key, to, template, java.util.Map.of("code", code), new TextMessages.TextFallback(title, content));
    }
}
