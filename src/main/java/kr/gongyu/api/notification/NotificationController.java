package kr.gongyu.api.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import kr.gongyu.api.ApiException;
import kr.gongyu.api.Ids;
import kr.gongyu.api.PageResponse;
import kr.gongyu.api.Paging;
import kr.gongyu.identity.Caller;
import kr.gongyu.notification.NotificationView;
import kr.gongyu.notification.Notifications;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One's messages, and the operators' view of email that failed (README, "Notifications"). */
@RestController
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    record NotificationResponse(
            String id,
            String kind,
            String title,
            String body,
            @Nullable String link,
            Instant createdAt,
            boolean read) {

        static NotificationResponse of(NotificationView view) {
            return new NotificationResponse(
                    String.valueOf(view.id()),
                    view.kind().name(),
                    view.title(),
                    view.body(),
                    view.link(),
                    view.createdAt(),
                    view.read());
        }
    }

    record OperatorNotificationResponse(
            String id,
            String accountId,
            String kind,
            String title,
            Instant createdAt,
            String emailStatus,
            int emailAttempts,
            @Nullable String emailLastError,
            String smsStatus,
            int smsAttempts,
            @Nullable String smsLastError) {

        static OperatorNotificationResponse of(NotificationView view) {
            return new OperatorNotificationResponse(
                    String.valueOf(view.id()),
                    String.valueOf(view.account()),
                    view.kind().name(),
                    view.title(),
                    view.createdAt(),
                    view.emailStatus(),
                    view.emailAttempts(),
                    view.emailLastError(),
                    view.smsStatus(),
                    view.smsAttempts(),
                    view.smsLastError());
        }
    }

    /** Newest first, each with {@code read}; {@code unread} counts them all. */
    record MyNotifications(java.util.List<NotificationResponse> items, long total, long unread, int page, int size) {}

    @GetMapping(path = "/api/v1/me/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
    MyNotifications mine(Caller caller, @Valid Paging paging) {
        var items =
                notifications
                        .of(caller.id(), paging.pageOrFirst(), paging.sizeOrDefault(), LocaleContextHolder.getLocale())
                        .stream()
                        .map(NotificationResponse::of)
                        .toList();
        return new MyNotifications(
                items,
                notifications.countOf(caller.id()),
                notifications.unreadOf(caller.id()),
                paging.pageOrFirst(),
                paging.sizeOrDefault());
    }

    /** Marks one's message read (204); another's or none is 404. */
    @PostMapping("/api/v1/me/notifications/{id}/read")
    org.springframework.http.ResponseEntity<Void> read(Caller caller, @PathVariable String id) {
        var found = Ids.parse(id).filter(value -> notifications.markRead(value, caller.id()));
        if (found.isEmpty()) {
            throw ApiException.notFound("what.notification", id);
        }
        return org.springframework.http.ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/api/v1/operator/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
    PageResponse<OperatorNotificationResponse> byStatus(
            @RequestParam(defaultValue = "FAILED") @Pattern(regexp = "PENDING|SENT|FAILED|SKIPPED") String status,
            @Valid Paging paging) {
        var items = notifications
                .withStatus(status, paging.pageOrFirst(), paging.sizeOrDefault(), LocaleContextHolder.getLocale())
                .stream()
                .map(OperatorNotificationResponse::of)
                .toList();
        return new PageResponse<>(
                items, notifications.countWithStatus(status), paging.pageOrFirst(), paging.sizeOrDefault());
    }

    /** Queues a message's FAILED email or text message again (202); one that is not FAILED is 409 NOTIFICATION_NOT_FAILED, none 404. */
    @PostMapping("/api/v1/operator/notifications/{id}/resend")
    org.springframework.http.ResponseEntity<Void> resend(@PathVariable String id) {
        var value = Ids.parse(id).orElseThrow(() -> ApiException.notFound("what.notification", id));
        if (!notifications.resend(value)) {
            if (notifications.exists(value)) {
                throw new ApiException(HttpStatus.CONFLICT, "NOTIFICATION_NOT_FAILED");
            }
            throw ApiException.notFound("what.notification", id);
        }
        return org.springframework.http.ResponseEntity.accepted().build();
    }
}
