package kr.gongyu.notification.internal;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import kr.gongyu.identity.AccountView;
import kr.gongyu.notification.NotificationKind;
import kr.gongyu.notification.NotificationSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The email channel: Spring's mail support on the standard {@code spring.mail.*} properties. Without
 * {@code spring.mail.host} there is no mail sender and the channel is off, which the start-up log says. Each email
 * is HTML with a plain-text alternative, in the recipient's language, with the booking's invitation attached.
 *
 * <p>SMTP takes no idempotency key: delivery is at least once. Every try of one message carries the same
 * {@code Message-ID} (from the message's idempotency key), so a second copy after a crash between sending and
 * marking it sent is recognisable as the same message by mail clients and servers that deduplicate.
 */
@Component
public class EmailChannel {

    private static final Logger log = LoggerFactory.getLogger(EmailChannel.class);

    private final @Nullable JavaMailSender sender;
    private final MessageTexts texts;
    private final NotificationSettings settings;
    private final Clock clock;

    EmailChannel(
            ObjectProvider<JavaMailSender> sender, MessageTexts texts, NotificationSettings settings, Clock clock) {
        this.sender = sender.getIfAvailable();
        this.texts = texts;
        this.settings = settings;
        this.clock = clock;
    }

    public boolean enabled() {
        return sender != null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhetherOn() {
        if (sender == null) {
            log.warn("Email notifications are OFF: spring.mail.host is not set. Messages are kept in-app only.");
        } else {
            log.info("Email notifications are on, from {}", settings.from());
        }
    }

    /** The Message-ID of a message: stable across tries. */
    static String messageId(NotificationRow row) {
        return "<" + row.idempotencyKey() + "@gongyu.kr>";
    }

    /** Sends the message to the account's verified address; throws on any failure of the server. */
    public void send(NotificationRow row, AccountView account, String to) throws MessagingException {
        if (sender == null) {
            throw new IllegalStateException("Email is off");
        }
        var locale = account.language();
        var text = texts.of(row, locale);
        var link = text.link() == null ? null : settings.baseUrl() + text.link();
        var plain = text.body(texts.source(), locale)
                + (link == null ? "" : "\n" + texts.message("notification.link", locale, link))
                + "\n\n" + texts.message("notification.footer", locale);
        var mime = sender.createMimeMessage();
        var helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(to);
        helper.setSubject("[공유] " + text.title());
        var open = row.kind() == NotificationKind.STAFF_DIGEST ? "notification.openApprovals" : "notification.open";
        helper.setText(plain, html(text, link, texts.message(open, locale), locale));
        if (row.kind().hasInvitation() && row.reservation() != null && row.start() != null && row.end() != null) {
            var method = row.kind().cancelsBooking() ? "CANCEL" : "REQUEST";
            var ics = IcsWriter.write(
                    new IcsWriter.Event(
                            row.reservation(),
                            row.icsSequence(),
                            row.start(),
                            row.end(),
                            text.resource(),
                            text.where(),
                            text.summary(),
                            link,
                            row.kind().cancelsBooking(),
                            clock.instant()),
                    method,
                    address(settings.from()),
                    to);
            helper.addAttachment(
                    "invitation.ics",
                    new ByteArrayResource(ics.getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; charset=UTF-8; method=" + method);
        }
        // Kept by Spring's sender through saveChanges: the same id on every try.
        mime.setHeader("Message-ID", messageId(row));
        sender.send(mime);
    }

    /**
     * Sends a verification code to an address not verified yet: the one thing such an address receives. Plain text,
     * nothing else in it; throws on any failure of the server.
     */
    public void sendCode(String to, String code, java.util.Locale locale) throws MessagingException {
        if (sender == null) {
            throw new IllegalStateException("Email is off");
        }
        var mime = sender.createMimeMessage();
        var helper = new MimeMessageHelper(mime, false, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(to);
        helper.setSubject("[공유] " + texts.message("contact.code.title", locale));
        helper.setText(texts.message("contact.code.text", locale, code));
        sender.send(mime);
    }

    /** The bare address of "Name <address>". */
    private static String address(String from) {
        var open = from.indexOf('<');
        var close = from.indexOf('>');
        return open >= 0 && close > open ? from.substring(open + 1, close) : from;
    }

    private String html(MessageTexts.Text text, @Nullable String link, String open, java.util.Locale locale) {
        java.util.function.UnaryOperator<String> escape = EmailChannel::escape;
        var rows = new StringBuilder();
        if (!text.when().isEmpty()) {
            rows.append(row(texts.message("notification.label.when", locale), escape.apply(text.when())));
        }
        if (!text.where().isEmpty()) {
            rows.append(row(texts.message("notification.label.where", locale), escape.apply(text.where())));
        }
        var items = text.items().isEmpty()
                ? ""
                : text.items().stream()
                        .map(item -> "<li style=\"margin:4px 0\">" + escape.apply(item) + "</li>")
                        .collect(java.util.stream.Collectors.joining(
                                "", "<ul style=\"font-size:15px;line-height:1.6;padding-left:20px\">", "</ul>"));
        var button = link == null
                ? ""
                : "<p style=\"margin:24px 0\"><a href=\"" + escape.apply(link)
                        + "\" style=\"background:#256ef4;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:700\">"
                        + escape.apply(open) + "</a></p>";
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="UTF-8"><title>%s</title></head>
                <body style="margin:0;background:#f4f5f6;font-family:'Pretendard GOV',Pretendard,'Malgun Gothic',sans-serif;color:#1e2124">
                <div style="max-width:600px;margin:0 auto;background:#fff">
                <div style="background:#063a74;color:#fff;padding:16px 24px;font-size:18px;font-weight:700">공유 Gongyu</div>
                <div style="padding:24px">
                <h1 style="font-size:22px;margin:0 0 16px">%s</h1>
                <p style="font-size:16px;line-height:1.6">%s</p>
                %s
                <table style="border-collapse:collapse;font-size:15px">%s</table>
                %s
                <p style="font-size:13px;color:#6d7882;border-top:1px solid #cdd1d5;padding-top:16px">%s</p>
                </div></div></body></html>
                """.formatted(
                        locale.getLanguage(),
                        escape.apply(text.title()),
                        escape.apply(text.title()),
                        escape.apply(text.summary()),
                        items,
                        rows,
                        button,
                        escape.apply(texts.message("notification.footer", locale)));
    }

    /** Text in HTML: the five characters that could end it or an attribute, as references. */
    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String row(String label, String value) {
        return "<tr><th scope=\"row\" style=\"text-align:left;padding:4px 16px 4px 0;color:#464c53\">" + label
                + "</th><td style=\"padding:4px 0\">" + value + "</td></tr>";
    }
}
