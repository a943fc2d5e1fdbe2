package kr.gongyu.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.ResourceSummaryView;
import kr.gongyu.schedule.VolunteerRoster.Shift;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Volunteer shifts as the residents' page and the console's roster list them: each with the facility it staffs. */
@Component
public class ListedShifts {

    /** How far ahead the shifts are shown: staff roster about two months of weekends. */
    public static final Duration AHEAD = Duration.ofDays(63);

    /** A shift with the facility it staffs. */
    public record ListedShift(Shift shift, @Nullable ResourceSummaryView resource) {}

    private final ResourceDirectory directory;

    ListedShifts(ResourceDirectory directory) {
        this.directory = directory;
    }

    /** The shifts with their facilities, loaded together. */
    public List<ListedShift> of(List<Shift> shifts) {
        Map<ResourceId, ResourceSummaryView> resources =
                directory
                        .summaries(
                                shifts.stream().map(Shift::resource).distinct().toList())
                        .stream()
                        .collect(Collectors.toMap(ResourceSummaryView::id, Function.identity()));
        return shifts.stream()
                .map(shift -> new ListedShift(shift, resources.get(shift.resource())))
                .toList();
    }
}
