package kr.gongyu.api.notification;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import kr.gongyu.api.ApiException;
import kr.gongyu.identity.Caller;
import kr.gongyu.notification.Channel;
import kr.gongyu.notification.ChannelChoice;
import kr.gongyu.notification.ContactDetails;
import kr.gongyu.notification.ContactRefused;
import kr.gongyu.notification.ContactView;
import kr.gongyu.notification.NotificationKind;
import kr.gongyu.notification.NotificationPreferences;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** One's email address and mobile number, their verification codes, and one's channels per kind of message. */
@RestController
class ContactController {

    private final ContactDetails contacts;
    private final NotificationPreferences preferences;

    ContactController(ContactDetails contacts, NotificationPreferences preferences) {
        this.contacts = contacts;
        this.preferences = preferences;
    }

    record ContactRequest(@Nullable String email, @Nullable String mobile) {}

    record VerifyRequest(@Nullable String channel, @Nullable String code) {}

    record Preference(
            @Nullable String kind,
            @Nullable Boolean inApp,
            @Nullable Boolean email,
            @Nullable Boolean sms) {}

    record Preferences(@Nullable List<Preference> items) {}

    @GetMapping(path = "/api/v1/me/contact", produces = MediaType.APPLICATION_JSON_VALUE)
    ContactView contact(Caller caller) {
        return contacts.of(caller.id());
    }

    /** Sets both; a new or unverified address is sent a code. */
    @PutMapping(path = "/api/v1/me/contact", produces = MediaType.APPLICATION_JSON_VALUE)
    ContactView change(Caller caller, @RequestBody ContactRequest request) {
        try {
            return contacts.change(caller.id(), request.email(), request.mobile(), LocaleContextHolder.getLocale());
        } catch (ContactRefused refused) {
            throw refusal(refused);
        }
    }

    @PostMapping(path = "/api/v1/me/contact/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    ContactView verify(Caller caller, @RequestBody VerifyRequest request) {
        var channel = Channel.named(request.channel())
                .orElseThrow(() -> ApiException.invalid("channel", "contact.error.channel"));
        if (request.code() == null || request.code().isBlank()) {
            throw ApiException.invalid("code", "contact.error.code");
        }
        try {
            return contacts.verify(caller.id(), channel, request.code().strip());
        } catch (ContactRefused refused) {
            throw refusal(refused);
        }
    }

    @GetMapping(path = "/api/v1/me/notification-preferences", produces = MediaType.APPLICATION_JSON_VALUE)
    Preferences preferences(Caller caller) {
        return new Preferences(preferences.of(caller.id()).entrySet().stream()
                .map(entry -> new Preference(
                        entry.getKey().name(),
                        true,
                        entry.getValue().email(),
                        entry.getValue().sms()))
                .toList());
    }

    /**
     * Sets the channels of the kinds listed (the others stay). In-app cannot be turned off: 400
     * {@code IN_APP_REQUIRED}.
     */
    @PutMapping(path = "/api/v1/me/notification-preferences", produces = MediaType.APPLICATION_JSON_VALUE)
    Preferences setPreferences(Caller caller, @RequestBody Preferences request) {
        var choices = new EnumMap<NotificationKind, ChannelChoice>(NotificationKind.class);
        for (var item : request.items() == null ? List.<Preference>of() : request.items()) {
            var kind = Arrays.stream(NotificationKind.values())
                    .filter(value -> value.name().equals(item.kind()))
                    .findFirst()
                    .orElseThrow(() -> ApiException.invalid("kind", "preferences.error.kind"));
            if (Boolean.FALSE.equals(item.inApp())) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "IN_APP_REQUIRED");
            }
            choices.put(
                    kind, new ChannelChoice(!Boolean.FALSE.equals(item.email()), !Boolean.FALSE.equals(item.sms())));
        }
        preferences.set(caller.id(), choices);
        return preferences(caller);
    }

    private static ApiException refusal(ContactRefused refused) {
        var status = switch (refused.reason()) {
            case CONTACT_INVALID_EMAIL, CONTACT_INVALID_MOBILE, CONTACT_CODE_EXPIRED, CONTACT_CODE_WRONG ->
                HttpStatus.BAD_REQUEST;
            case CONTACT_CODE_TOO_SOON, CONTACT_CODE_TRIES_EXHAUSTED -> HttpStatus.TOO_MANY_REQUESTS;
            case CONTACT_CODE_NOT_SENT -> HttpStatus.SERVICE_UNAVAILABLE;
            case CONTACT_NO_CODE -> HttpStatus.CONFLICT;
        };
        return new ApiException(
                status, refused.reason().name(), refused.channel().name());
    }
}
