package kr.gongyu.imports;

import java.time.Instant;
import java.util.List;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.institution.InstitutionId;
import org.jspecify.annotations.Nullable;

/**
 * An import as it stands: its counts, and the problems of its rows. Every data row is either imported (it
 * {@code created} or {@code updated} a resource) or {@code rejected}; {@code processed} of {@code total} have been.
 *
 * @param institution the staff member's institution; null for an operator's import
 * @param failure why the whole import failed, when it did
 */
public record ImportView(
        ImportId id,
        @Nullable InstitutionId institution,
        String fileName,
        String encoding,
        ImportStatus status,
        int total,
        int processed,
        int created,
        int updated,
        int rejected,
        @Nullable String failure,
        Instant createdAt,
        @Nullable Instant finishedAt,
        List<Problem> errors,
        List<Problem> warnings) {

    /**
     * A rejected row's reason (an error) or a fixed row's fix (a warning): the row as a spreadsheet numbers it (the
     * header is row 1), the standard's column at fault, if one is, and what is wrong.
     */
    public record Problem(int row, @Nullable String column, String message) {}

    /** A resource the import wrote: {@code created} it, or updated one an earlier import had made. */
    public record Written(ResourceId id, String name, boolean created) {}

    /** Rows that created or updated a resource. */
    public int imported() {
        return created + updated;
    }
}
