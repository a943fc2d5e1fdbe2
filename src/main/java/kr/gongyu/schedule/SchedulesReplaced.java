package kr.gongyu.schedule;

import java.util.Set;
import kr.gongyu.catalog.ResourceId;

/** The opening rules of many resources were written at once ({@link ResourceSchedules#setRules(java.util.Map)}). */
public record SchedulesReplaced(Set<ResourceId> resources) {

    public SchedulesReplaced {
        resources = Set.copyOf(resources);
    }
}
