package kr.gongyu.reservation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.gongyu.MultiRowInsert;
import kr.gongyu.catalog.BookableResourceView;
import kr.gongyu.catalog.Fee;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.AccountId;
import kr.gongyu.schedule.Holidays;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The price of each booking: computed by {@link Pricing} from the resource's fee and the fee exemption (감면) the
 * booker claimed when the booking is made, and kept with it, so that what the booker saw stays what they owe
 * whatever the fee or the exemptions offered become.
 */
@Service
public class ReservationPrices {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final ResourceDirectory directory;
    private final Discounts discounts;
    private final Pricing pricing;

    ReservationPrices(
            JdbcClient jdbc,
            JdbcTemplate batches,
            ResourceDirectory directory,
            Discounts discounts,
            Holidays holidays) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.directory = directory;
        this.discounts = discounts;
        this.pricing = new Pricing(holidays::isPublicHoliday);
    }

    /** The booking's price as stored; for a booking made before prices were kept, by its resource's fee now. */
    @Transactional(readOnly = true)
    public Price of(Reservation reservation) {
        return stored(reservation.id()).orElseGet(() -> quote(reservation, List.of()));
    }

    /**
     * What booking the published resource for the time would cost with the exemptions claimed, as it would be
     * fixed now; empty if there is no such published resource.
     *
     * @throws ReservationRefused {@code DISCOUNT_NOT_OFFERED} for a claim the resource does not offer
     */
    @Transactional(readOnly = true)
    public Optional<Price> preview(ResourceId resource, Instant start, Instant end, int units, List<String> claimed) {
        return directory
                .bookable(resource)
                .map(found -> pricing.of(found.fee(), start, end, units, discounts.ofResource(resource), claimed));
    }

    /**
     * What a booking of the resource for the time and units costs by its fee now, with the exemptions claimed: the
     * booking path decides from it whether the booking waits for payment, then {@link #fix}es it.
     *
     * @throws ReservationRefused {@code DISCOUNT_NOT_OFFERED} for a claim the resource does not offer
     */
    Price quote(ResourceId resource, Instant start, Instant end, int units, List<String> claimed) {
        return quote(
                resource,
                directory.terms(resource).map(BookableResourceView::fee).orElse(null),
                start,
                end,
                units,
                claimed);
    }

    /** The same, at the resource's fee as the caller read it. */
    Price quote(ResourceId resource, @Nullable Fee fee, Instant start, Instant end, int units, List<String> claimed) {
        var offered = claimed.isEmpty() ? DiscountTerms.NONE : discounts.ofResource(resource);
        return pricing.of(fee, start, end, units, offered, claimed);
    }

    /** Stores the price of a booking just made, with its lines and the exemptions it applies, in its transaction. */
    void fix(ReservationId booking, Price price) {
        jdbc.sql("update reservation set price_amount = :amount, price_deposit = :deposit where id = :id")
                .param("amount", price.amount())
                .param("deposit", price.deposit())
                .param("id", booking.value())
                .update();
        fixLines(booking, price);
    }

    /** Stores the lines and exemptions of a price whose amount and deposit the booking was inserted with. */
    void fixLines(ReservationId booking, Price price) {
        var lines = new ArrayList<Object[]>();
        for (var line : price.lines()) {
            lines.add(new Object[] {
                booking.value(), lines.size(), line.kind().name(), line.quantity(), line.amount(), line.discount()
            });
        }
        // One statement for all the lines: this runs on every booking.
        MultiRowInsert.insert(
                batches,
                "reservation_price_line",
                "reservation_id, position, kind, quantity, amount, discount_code",
                lines);
        if (price.discount() != null) {
            var applied = new ArrayList<Object[]>();
            for (var discount : price.discount().applied()) {
                applied.add(new Object[] {
                    booking.value(),
                    applied.size(),
                    discount.code(),
                    discount.name(),
                    discount.percent(),
                    discount.evidenceRequired()
                });
            }
            MultiRowInsert.insert(
                    batches,
                    "reservation_discount",
                    "reservation_id, position, code, name, percent, evidence_required",
                    applied);
        }
    }

    /**
     * Prices a held booking again with the exemptions the booker claims now (none: the full price), in the caller's
     * transaction: the booker chooses while completing the hold, seeing the price before confirming.
     *
     * @throws ReservationRefused {@code DISCOUNT_NOT_OFFERED}, and nothing changes
     */
    Price reclaim(Reservation held, List<String> claimed) {
        jdbc.sql("delete from reservation_price_line where reservation_id = :id")
                .param("id", held.id().value())
                .update();
        jdbc.sql("delete from reservation_discount where reservation_id = :id")
                .param("id", held.id().value())
                .update();
        var price = quote(held.resource(), held.start(), held.end(), held.units(), claimed);
        fix(held.id(), price);
        return price;
    }

    /**
     * Staff refuse the exemption the booker claimed: the price goes back to full, lines and all, in the caller's
     * transaction; the refusal is kept with its reason.
     *
     * @throws ReservationRefused {@code NO_DISCOUNT_CLAIMED} if none stands: none was claimed, or it was refused
     */
    Price refuseDiscount(Reservation reservation, String reason, AccountId by, Instant now) {
        var claimed = stored(reservation.id())
                .filter(price -> price.discount() != null && !price.discount().refused())
                .orElseThrow(() -> new ReservationRefused(ReservationRefused.Reason.NO_DISCOUNT_CLAIMED));
        try {
            // The primary key lets one refusal in, however many staff click at once.
            jdbc.sql("""
                            insert into reservation_discount_refusal (reservation_id, reason, refused_by, refused_at)
                            values (:id, :reason, :by, :at)
                            """)
                    .param("id", reservation.id().value())
                    .param("reason", reason)
                    .param("by", by.value())
                    .param("at", Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException refusedMeanwhile) {
            throw new ReservationRefused(ReservationRefused.Reason.NO_DISCOUNT_CLAIMED);
        }
        var full = claimed.withoutDiscount();
        jdbc.sql("update reservation set price_amount = :amount where id = :id")
                .param("amount", full.amount())
                .param("id", reservation.id().value())
                .update();
        jdbc.sql("delete from reservation_price_line where reservation_id = :id and kind = 'DISCOUNT'")
                .param("id", reservation.id().value())
                .update();
        return full;
    }

    private Price quote(Reservation reservation, List<String> claimed) {
        return quote(reservation.resource(), reservation.start(), reservation.end(), reservation.units(), claimed);
    }

    private Optional<Price> stored(ReservationId id) {
        // Whether a discount was claimed comes with the totals, so a booking without one costs no third statement.
        var totals = jdbc.sql("""
                        select price_amount, price_deposit,
                               (select count(*) from reservation_discount d where d.reservation_id = r.id) as claimed
                          from reservation r where r.id = :id and r.price_amount is not null
                        """)
                .param("id", id.value())
                .query((rs, row) ->
                        new long[] {rs.getLong("price_amount"), rs.getLong("price_deposit"), rs.getLong("claimed")})
                .optional();
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        var lines = jdbc.sql("""
                        select kind, quantity, amount, discount_code from reservation_price_line
                         where reservation_id = :id order by position
                        """)
                .param("id", id.value())
                .query((rs, row) -> new Price.Line(
                        Price.Kind.valueOf(rs.getString("kind")),
                        rs.getLong("quantity"),
                        rs.getLong("amount"),
                        rs.getString("discount_code")))
                .list();
        var claim = totals.get()[2] == 0 ? null : claim(id);
        return Optional.of(new Price(totals.get()[0], totals.get()[1], lines, claim));
    }

    private Price.DiscountClaim claim(ReservationId id) {
        var refused = new boolean[1];
        var applied = jdbc.sql("""
                        select d.code, d.name, d.percent, d.evidence_required, f.reservation_id as refused
                          from reservation_discount d
                          left join reservation_discount_refusal f on f.reservation_id = d.reservation_id
                         where d.reservation_id = :id order by d.position
                        """)
                .param("id", id.value())
                .query((rs, row) -> {
                    refused[0] = rs.getObject("refused") != null;
                    return new Discount(
                            rs.getString("code"),
                            rs.getString("name"),
                            rs.getInt("percent"),
                            rs.getBoolean("evidence_required"));
                })
                .list();
        return new Price.DiscountClaim(applied, refused[0]);
    }
}
