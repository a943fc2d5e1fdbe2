package kr.gongyu.reservation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import kr.gongyu.MultiRowInsert;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.Resources;
import kr.gongyu.schedule.Holidays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The price of each booking: computed by {@link Pricing} from the resource's fee when the booking is made, and
 * kept with it, so that what the booker saw stays what they owe whatever the fee becomes.
 */
@Service
public class ReservationPrices {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final Resources resources;
    private final Pricing pricing;

    ReservationPrices(JdbcClient jdbc, JdbcTemplate batches, Resources resources, Holidays holidays) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.resources = resources;
        this.pricing = new Pricing(holidays::isPublicHoliday);
    }

    /** The booking's price as stored; for a booking made before prices were kept, by its resource's fee now. */
    @Transactional(readOnly = true)
    public Price of(Reservation reservation) {
        return stored(reservation.id()).orElseGet(() -> quote(reservation));
    }

    /** What a booking of the resource for the time and units costs by its fee now. */
    Price quote(ResourceId resource, Instant start, Instant end, int units) {
        var fee = resources.findById(resource.value()).map(r -> r.fee()).orElse(null);
        return pricing.of(fee, start, end, units);
    }

    /** Stores the price of a booking just made, in its transaction. */
    void fix(ReservationId booking, Price price) {
        jdbc.sql("update reservation set price_amount = :amount, price_deposit = :deposit where id = :id")
                .param("amount", price.amount())
                .param("deposit", price.deposit())
                .param("id", booking.value())
                .update();
        var lines = new ArrayList<Object[]>();
        for (var line : price.lines()) {
            lines.add(new Object[] {booking.value(), lines.size(), line.kind().name(), line.quantity(), line.amount()});
        }
        // One statement for all the lines: this runs on every booking.
        MultiRowInsert.insert(
                batches, "reservation_price_line", "reservation_id, position, kind, quantity, amount", lines);
    }

    private Price quote(Reservation reservation) {
        return quote(reservation.resource(), reservation.start(), reservation.end(), reservation.units());
    }

    private Optional<Price> stored(ReservationId id) {
        var totals = jdbc.sql(
                        "select price_amount, price_deposit from reservation where id = :id and price_amount is not null")
                .param("id", id.value())
                .query((rs, row) -> new long[] {rs.getLong("price_amount"), rs.getLong("price_deposit")})
                .optional();
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        var lines = jdbc.sql("""
                        select kind, quantity, amount from reservation_price_line
                         where reservation_id = :id order by position
                        """)
                .param("id", id.value())
                .query((rs, row) -> new Price.Line(
                        Price.Kind.valueOf(rs.getString("kind")), rs.getLong("quantity"), rs.getLong("amount")))
                .list();
        return Optional.of(new Price(totals.get()[0], totals.get()[1], lines));
    }
}
