package kr.gongyu.schedule;

import java.util.Set;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.institution.SharingAgreementEnded;
import kr.gongyu.institution.SharingAgreementRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A sharing agreement recorded or ended changes which days its sites open: each resource there has a changed
 * schedule, so that whatever keeps their free time (search's availability filter) forgets it.
 */
@Component
class AgreementCalendars {

    private final ResourceDirectory directory;
    private final ApplicationEventPublisher events;

    AgreementCalendars(ResourceDirectory directory, ApplicationEventPublisher events) {
        this.directory = directory;
        this.events = events;
    }

    @EventListener
    void on(SharingAgreementRecorded recorded) {
        changed(recorded.sites());
    }

    @EventListener
    void on(SharingAgreementEnded ended) {
        changed(ended.sites());
    }

    private void changed(Set<Long> sites) {
        for (var resource : directory.atSites(sites)) {
            events.publishEvent(new ScheduleChanged(resource));
        }
    }
}
