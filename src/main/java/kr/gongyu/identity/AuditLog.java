package kr.gongyu.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import kr.gongyu.Seoul;
import kr.gongyu.institution.InstitutionId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of staff and operator actions and of reads of other people's personal data, kept
 * for two years. Entries are written in their own transaction, so an action that fails is still recorded.
 */
@Service
public class AuditLog {

    /** How long entries are kept: two years, as personal-information law asks of large systems. */
    public static final Period RETENTION = Period.ofYears(2);

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a call the caller made, once answered: {@code action} is the method and the endpoint's pattern,
     * {@code variables} the objects its path named, {@code outcome} the status it ended with.
     */
    public void recordCall(
            Caller caller, String action, Map<String, String> variables, int outcome, String clientAddress) {
        record(new AuditEvent(
                clock.instant(),
                caller.id(),
                caller.username(),
                caller.role(),
                caller.institution(),
                action,
                variables.isEmpty() ? null : variables.toString(),
                outcome,
                clientAddress));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditEvent event) {
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor_id, actor_username, actor_role, institution_id,
                            action, target, outcome, client_address)
                        values (:occurredAt, :actorId, :actorUsername, :actorRole, :institutionId,
                            :action, :target, :outcome, :clientAddress)
                        """)
                .param("occurredAt", Timestamp.from(event.occurredAt()))
                .param("actorId", event.actor() == null ? null : event.actor().value())
                .param("actorUsername", event.actorUsername())
                .param(
                        "actorRole",
                        event.actorRole() == null ? null : event.actorRole().name())
                .param(
                        "institutionId",
                        event.institution() == null ? null : event.institution().value())
                .param("action", truncate(event.action(), 120))
                .param("target", event.target() == null ? null : truncate(event.target(), 200))
                .param("outcome", event.outcome())
                .param("clientAddress", event.clientAddress())
                .update();
    }

    /** Entries from {@code from} (inclusive) to {@code to} (exclusive), by one actor or any, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEvent> find(Instant from, Instant to, @Nullable String actorUsername, int page, int size) {
        return jdbc.sql("""
                        select occurred_at, actor_id, actor_username, actor_role, institution_id, action, target,
                            outcome, client_address
                        from audit_event
                        where occurred_at >= :from and occurred_at < :to
                          and (cast(:actor as varchar(50)) is null or actor_username = :actor)
                        order by occurred_at desc, id desc
                        limit :limit offset :offset
                        """)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("actor", actorUsername)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> {
                    var actorId = rs.getObject("actor_id", Long.class);
                    var role = rs.getString("actor_role");
                    var institution = rs.getObject("institution_id", Long.class);
                    return new AuditEvent(
                            rs.getTimestamp("occurred_at").toInstant(),
                            actorId == null ? null : new AccountId(actorId),
                            rs.getString("actor_username"),
                            role == null ? null : Role.valueOf(role),
                            institution == null ? null : new InstitutionId(institution),
                            rs.getString("action"),
                            rs.getString("target"),
                            rs.getInt("outcome"),
                            rs.getString("client_address"));
                })
                .list();
    }

    /** Removes the entries older than {@link #RETENTION}; nightly, on every node (removing twice is harmless). */
    @Scheduled(cron = "0 30 3 * * *", zone = "Asia/Seoul")
    @Transactional
    public int purgeExpired() {
        var cutoff =
                ZonedDateTime.now(clock.withZone(Seoul.ZONE)).minus(RETENTION).toInstant();
        var purged = jdbc.sql("delete from audit_event where occurred_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
        if (purged > 0) {
            log.info("Purged {} audit events older than {}", purged, cutoff);
        }
        return purged;
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
