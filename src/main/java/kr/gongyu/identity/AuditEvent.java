package kr.gongyu.identity;

import java.time.Instant;
import kr.gongyu.institution.InstitutionId;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit log: who did what, to what, when, from where, and how it ended.
 *
 * @param action what was done, e.g. {@code POST /api/v1/admin/resources/{id}/unpublish} or
 *     {@code READ_PERSONAL_DATA}
 * @param target what it was done to, e.g. {@code resource:123} or {@code account:42}
 * @param outcome the HTTP status the action ended with
 */
public record AuditEvent(
        Instant occurredAt,
        @Nullable AccountId actor,
        String actorUsername,
        @Nullable Role actorRole,
        @Nullable InstitutionId institution,
        String action,
        @Nullable String target,
        int outcome,
        @Nullable String clientAddress) {}
