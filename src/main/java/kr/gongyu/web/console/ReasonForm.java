package kr.gongyu.web.console;

import java.util.Optional;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.web.FormText;
import kr.gongyu.web.Pagination;
import org.jspecify.annotations.Nullable;

/**
 * A reason staff write for the booker (a request rejected, a 감면 refused) and where they wrote it: the queue's page
 * and the resource the queue or the calendar is filtered by. The reason is kept as typed, so that a mistake shows
 * it again.
 */
record ReasonForm(
        @Nullable String reason,
        @Nullable String page,
        @Nullable String resource) {

    static final int MAX_LENGTH = 500;

    /** The reason without the spaces around it, or none when it is missing or longer than {@link #MAX_LENGTH}. */
    Optional<String> given() {
        var why = FormText.typed(reason);
        return why.isEmpty() || why.length() > MAX_LENGTH ? Optional.empty() : Optional.of(why);
    }

    /** Where the queue was. */
    QueueQuery queue() {
        return new QueueQuery(page, resource);
    }

    /**
     * A page of the approval queue and the resource it is filtered by, as the address gives them: the first page
     * and every resource where either is missing or wrong.
     */
    record QueueQuery(@Nullable String page, @Nullable String resource) {

        int pageNumber() {
            return Pagination.asked(page);
        }

        @Nullable
        ResourceId resourceId() {
            return FormText.id(resource).map(ResourceId::new).orElse(null);
        }
    }
}
