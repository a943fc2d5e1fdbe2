package kr.gongyu.api.reservation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import kr.gongyu.api.ApiException;
import kr.gongyu.api.Ids;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.reservation.ReservationPrices;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a booking would cost, before it is made: the price booking would fix now, with the fee exemptions (감면)
 * claimed. A quote only; the booking computes its price again in its own transaction.
 */
@RestController
class PriceQuoteController {

    /** Longer than any booking a calendar takes (62 days): a quote for more prices nothing bookable. */
    private static final Duration LONGEST = Duration.ofDays(63);

    private final ReservationPrices prices;
    private final ReservationResponses responses;

    PriceQuoteController(ReservationPrices prices, ReservationResponses responses) {
        this.prices = prices;
        this.responses = responses;
    }

    @GetMapping(path = "/api/v1/resources/{id}/price", produces = MediaType.APPLICATION_JSON_VALUE)
    ReservationResponses.PriceResponse quote(
            @PathVariable String id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime start,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime end,
            @RequestParam(defaultValue = "1") @Min(1) @Max(10_000) int units,
            @RequestParam(required = false) @Nullable List<String> discount) {
        if (!end.isAfter(start) || Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw ApiException.invalid("end", "problem.field.entryEnd");
        }
        var claimed = discount == null
                ? List.<String>of()
                : discount.stream()
                        .map(String::strip)
                        .filter(code -> !code.isEmpty())
                        .toList();
        return Ids.parse(id)
                .flatMap(value ->
                        prices.preview(new ResourceId(value), start.toInstant(), end.toInstant(), units, claimed))
                .map(responses::price)
                .orElseThrow(() -> ApiException.notFound("what.resource", id));
    }
}
