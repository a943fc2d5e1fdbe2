package kr.gongyu.payment;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import kr.gongyu.Seoul;
import kr.gongyu.institution.InstitutionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The institution's books of bookings' money, by Seoul day: what was paid (by the day it was paid), what was given
 * back (by the day the provider took the refund), and what is outstanding (bookings still waiting for their payment,
 * by the day it is due). Each day's figures are sums of single payments and refunds, so the days add up to the
 * period, and paid less refunded is what the providers' records hold for the period.
 */
@Service
public class PaymentBooks {

    private final JdbcClient jdbc;

    PaymentBooks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One day's figures, in won; {@code net} is paid less refunded. */
    public record Day(LocalDate date, long paid, long refunded, long outstanding) {

        public long net() {
            return paid - refunded;
        }
    }

    /** The days of the period (every day, those with nothing too) and their sums. */
    public record Books(LocalDate from, LocalDate to, List<Day> days, Day total) {

        /** As CSV (RFC 4180): a header, a line a day, and the total; amounts in won. */
        public String csv() {
            var out = new StringBuilder("date,paid,refunded,net,outstanding\r\n");
            for (var day : days) {
                out.append(line(day.date().toString(), day));
            }
            return out.append(line("total", total)).toString();
        }

        private static String line(String label, Day day) {
            return label + "," + day.paid() + "," + day.refunded() + "," + day.net() + "," + day.outstanding() + "\r\n";
        }
    }

    /** From {@code from} to {@code to}, both included. */
    @Transactional(readOnly = true)
    public Books of(InstitutionId institution, LocalDate from, LocalDate to) {
        var start = Timestamp.from(from.atStartOfDay(Seoul.ZONE).toInstant());
        var end = Timestamp.from(to.plusDays(1).atStartOfDay(Seoul.ZONE).toInstant());
        var paid = sums("""
                        select p.paid_at as at, p.amount from payment p
                          join reservation r on r.id = p.reservation_id join resource s on s.id = r.resource_id
                         where s.institution_id = :institution and p.status = 'PAID'
                           and p.paid_at >= :start and p.paid_at < :end
                        """, institution, start, end);
        var refunded = sums("""
                        select f.refunded_at as at, f.amount from payment_refund f join payment p on p.id = f.payment_id
                          join reservation r on r.id = p.reservation_id join resource s on s.id = r.resource_id
                         where s.institution_id = :institution and f.status = 'DONE'
                           and f.refunded_at >= :start and f.refunded_at < :end
                        """, institution, start, end);
        var outstanding = sums("""
                        select r.payment_due_at as at, coalesce(r.price_amount, 0) + coalesce(r.price_deposit, 0) as amount
                          from reservation r join resource s on s.id = r.resource_id
                         where s.institution_id = :institution and r.status = 'PAYMENT_DUE'
                           and r.payment_due_at >= :start and r.payment_due_at < :end
                        """, institution, start, end);
        var days = new ArrayList<Day>();
        long paidTotal = 0, refundedTotal = 0, outstandingTotal = 0;
        for (var date = from; !date.isAfter(to); date = date.plusDays(1)) {
            var day = new Day(
                    date,
                    paid.getOrDefault(date, 0L),
                    refunded.getOrDefault(date, 0L),
                    outstanding.getOrDefault(date, 0L));
            days.add(day);
            paidTotal += day.paid();
            refundedTotal += day.refunded();
            outstandingTotal += day.outstanding();
        }
        return new Books(from, to, days, new Day(to, paidTotal, refundedTotal, outstandingTotal));
    }

    private TreeMap<LocalDate, Long> sums(String sql, InstitutionId institution, Timestamp start, Timestamp end) {
        var byDay = new TreeMap<LocalDate, Long>();
        jdbc.sql(sql)
                .param("institution", institution.value())
                .param("start", start)
                .param("end", end)
                .query(rs -> {
                    var day = LocalDate.ofInstant(rs.getTimestamp("at").toInstant(), Seoul.ZONE);
                    byDay.merge(day, rs.getLong("amount"), Long::sum);
                });
        return byDay;
    }
}
