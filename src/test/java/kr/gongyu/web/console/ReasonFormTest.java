package kr.gongyu.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import kr.gongyu.catalog.ResourceId;
import org.junit.jupiter.api.Test;

class ReasonFormTest {

    @Test
    void aReasonIsWrittenAndWithinTheLimit() {
        assertThat(new ReasonForm("  증빙 없음 ", null, null).given()).contains("증빙 없음");
        assertThat(new ReasonForm(null, null, null).given()).isEmpty();
        assertThat(new ReasonForm("   ", null, null).given()).isEmpty();
        assertThat(new ReasonForm("가".repeat(ReasonForm.MAX_LENGTH), null, null).given())
                .isPresent();
        assertThat(new ReasonForm("가".repeat(ReasonForm.MAX_LENGTH + 1), null, null).given())
                .isEmpty();
    }

    @Test
    void theQueueIsWhereItWasOrTheFirstPageOfEverything() {
        var queue = new ReasonForm("사유", "3", "42").queue();
        assertThat(queue.pageNumber()).isEqualTo(3);
        assertThat(queue.resourceId()).isEqualTo(new ResourceId(42));
        for (var page : new String[] {null, "0", "-1", "x", "10000"}) {
            assertThat(new ReasonForm.QueueQuery(page, "x").pageNumber())
                    .as(page)
                    .isEqualTo(1);
        }
        assertThat(new ReasonForm.QueueQuery(null, "x").resourceId()).isNull();
    }
}
