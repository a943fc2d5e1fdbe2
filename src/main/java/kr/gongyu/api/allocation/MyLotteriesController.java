package kr.gongyu.api.allocation;

import java.util.List;
import kr.gongyu.allocation.Lotteries;
import kr.gongyu.allocation.LotteryApplicationView;
import kr.gongyu.identity.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in citizen's lottery applications with their results and the booking offered, to confirm. */
@RestController
class MyLotteriesController {

    private final Lotteries lotteries;

    MyLotteriesController(Lotteries lotteries) {
        this.lotteries = lotteries;
    }

    /** The slot offered (won, or passed on) and its booking: {@code HELD} to confirm, {@code CLAIMED}, {@code PASSED}. */
    record Offer(LotteryJson.Slot slot, String reservationId, String status) {}

    record Application(
            String lotteryId,
            String status,
            String id,
            String publicId,
            @Nullable String pool,
            List<LotteryJson.Slot> choices,
            LotteryJson.@Nullable Slot won,
            @Nullable Offer offer) {

        static Application of(LotteryApplicationView application) {
            var offered = application.offered();
            var reservation = application.offer();
            var status = application.offerStatus();
            return new Application(
                    String.valueOf(application.lottery()),
                    application.status().name(),
                    String.valueOf(application.id()),
                    application.publicId(),
                    application.pool() == null ? null : application.pool().name(),
                    application.choices().stream().map(LotteryJson.Slot::of).toList(),
                    application.won() == null ? null : LotteryJson.Slot.of(application.won()),
                    offered == null || reservation == null || status == null
                            ? null
                            : new Offer(LotteryJson.Slot.of(offered), String.valueOf(reservation.value()), status));
        }
    }

    @GetMapping(path = "/api/v1/me/lotteries", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Application> mine(Caller caller) {
        return lotteries.applicationsOf(caller.id()).stream()
                .map(Application::of)
                .toList();
    }
}
