package kr.gongyu.web.citizen;

import java.time.Duration;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.notification.CalendarFeeds;
import kr.gongyu.web.PathIds;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The calendar feeds that calendar apps fetch without logging in (their own filter chain: no session, no cookie):
 * an account's by its secret token, a published resource's by its id. Either unknown is not found. Cached for a few
 * minutes, which calendar apps, polling every few hours, never notice.
 */
@RestController
class CalendarFeedFiles {

    private static final Duration CACHED = Duration.ofMinutes(5);

    private final CalendarFeeds feeds;

    CalendarFeedFiles(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> account(@PathVariable String token) {
        var feed = feeds.ofToken(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // Private: one person's bookings, kept by their own client only.
        return ResponseEntity.ok()
                .contentType(CalendarFiles.MEDIA_TYPE)
                .cacheControl(CacheControl.maxAge(CACHED).cachePrivate())
                .body(feed);
    }

    @GetMapping("/calendar/resources/{id}.ics")
    ResponseEntity<String> resource(@PathVariable String id) {
        var feed = PathIds.parse(id)
                .flatMap(value -> feeds.ofResource(new ResourceId(value), LocaleContextHolder.getLocale()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(CalendarFiles.MEDIA_TYPE)
                .cacheControl(CacheControl.maxAge(CACHED).cachePublic())
                .body(feed);
    }
}
