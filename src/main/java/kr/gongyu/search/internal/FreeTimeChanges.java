package kr.gongyu.search.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kr.gongyu.DatabaseVendor;
import kr.gongyu.catalog.ResourceChanged;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.ResourcePublished;
import kr.gongyu.catalog.ResourceUnpublished;
import kr.gongyu.catalog.ResourcesImported;
import kr.gongyu.reservation.ReservationEvents;
import kr.gongyu.schedule.HolidaysChanged;
import kr.gongyu.schedule.ScheduleChanged;
import kr.gongyu.schedule.SchedulesReplaced;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Raises the version of a resource's free time ({@link FreeTime}) in the transaction that changes it: a booking,
 * cancellation, expiry or no-show, its rules, blocks, shifts or agreements, the resource itself or its import; a
 * holiday raises every resource's. So the stored days are out of date on every node the moment the change commits,
 * and never before (a change rolled back leaves them).
 *
 * <p>The events are heard as they are published, and the resources a transaction changed are raised together,
 * in one statement and in the order of their ids, just before it commits: its last writes, so that no
 * transaction waits for another's lock while holding one of these rows. An event published outside a transaction
 * raises at once.
 */
@Component
class FreeTimeChanges {

    /** The row of {@code free_day_version} that is every resource's. */
    private static final long EVERY_RESOURCE = 0;

    // One statement that adds the rows it does not find: H2 has no "on conflict … do update", and PostgreSQL's
    // "merge" fails where two transactions add the same row at once.
    private static final String RAISE_POSTGRES = """
            insert into free_day_version (resource_id, version)
            select id, 1 from unnest(:ids) as w(id) order by id
            on conflict (resource_id) do update set version = free_day_version.version + 1
            """;
    private static final String RAISE_H2 = """
            merge into free_day_version v using (select id from unnest(:ids) as w(id)) w on v.resource_id = w.id
            when matched then update set version = v.version + 1
            when not matched then insert (resource_id, version) values (w.id, 1)
            """;

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;

    FreeTimeChanges(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    @EventListener
    void on(ReservationEvents.ReservationHeld held) {
        changed(List.of(held.reservation().resource()));
    }

    @EventListener
    void on(ReservationEvents.ReservationAwaitingPayment awaiting) {
        changed(List.of(awaiting.reservation().resource()));
    }

    @EventListener
    void on(ReservationEvents.ReservationConfirmed confirmed) {
        changed(List.of(confirmed.reservation().resource()));
    }

    @EventListener
    void on(ReservationEvents.ReservationCancelled cancelled) {
        changed(List.of(cancelled.reservation().resource()));
    }

    @EventListener
    void on(ReservationEvents.ReservationNoShow noShow) {
        changed(List.of(noShow.reservation().resource()));
    }

    @EventListener
    void on(ScheduleChanged changed) {
        changed(List.of(changed.resource()));
    }

    @EventListener
    void on(SchedulesReplaced replaced) {
        changed(replaced.resources());
    }

    @EventListener
    void on(ResourceChanged changed) {
        changed(List.of(changed.resource()));
    }

    @EventListener
    void on(ResourcePublished published) {
        changed(List.of(published.resource()));
    }

    @EventListener
    void on(ResourceUnpublished unpublished) {
        changed(List.of(unpublished.resource()));
    }

    @EventListener
    void on(ResourcesImported imported) {
        changed(imported.resources());
    }

    @EventListener
    void on(HolidaysChanged changed) {
        raise(Set.of(EVERY_RESOURCE));
    }

    private void changed(Collection<ResourceId> resources) {
        var ids = resources.stream().map(ResourceId::value).toList();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            raise(ids);
            return;
        }
        TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Raise.class::isInstance)
                .map(Raise.class::cast)
                .findFirst()
                .orElseGet(() -> {
                    var raise = new Raise();
                    TransactionSynchronizationManager.registerSynchronization(raise);
                    return raise;
                })
                .resources
                .addAll(ids);
    }

    private void raise(Collection<Long> resources) {
        jdbc.sql(vendor.postgres() ? RAISE_POSTGRES : RAISE_H2)
                .param("ids", resources.toArray(Long[]::new))
                .update();
    }

    /** The resources a transaction changed, raised just before it commits. */
    private final class Raise implements TransactionSynchronization {

        private final Set<Long> resources = new TreeSet<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            raise(resources);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
