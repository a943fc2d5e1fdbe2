package kr.gongyu.reservation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.OrganizationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The booking policy of each resource. */
@Service
public class BookingPolicies {

    private final JdbcClient jdbc;

    BookingPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<BookingPolicy> of(ResourceId resource) {
        return jdbc.sql("select " + COLUMNS + " from booking_policy where resource_id = :id")
                .param("id", resource.value())
                .query((rs, row) -> policy(rs))
                .optional();
    }

    /** The columns of a policy, as {@link #policy} reads them. */
    static final String COLUMNS = """
            max_active_per_user, max_per_user_per_month, refund_policy, eligible_organization_types,
            payment_deadline_hours, waitlist_claim_hours""";

    /** The policy in the row's {@link #COLUMNS}. */
    static BookingPolicy policy(ResultSet rs) throws SQLException {
        return new BookingPolicy(
                rs.getObject("max_active_per_user", Integer.class),
                rs.getObject("max_per_user_per_month", Integer.class),
                refunds(rs.getString("refund_policy")),
                organizationTypes(rs.getString("eligible_organization_types")),
                rs.getInt("payment_deadline_hours"),
                rs.getInt("waitlist_claim_hours"));
    }

    @Transactional
    public void set(ResourceId resource, BookingPolicy policy) {
        var refunds = policy.refundPercentByDaysBefore().entrySet().stream()
                .map(entry -> entry.getKey() + ":" + entry.getValue())
                .collect(Collectors.joining(","));
        jdbc.sql("delete from booking_policy where resource_id = :id")
                .param("id", resource.value())
                .update();
        jdbc.sql("""
                        insert into booking_policy (resource_id, max_active_per_user, max_per_user_per_month,
                            refund_policy, eligible_organization_types, payment_deadline_hours,
                            waitlist_claim_hours)
                        values (:id, :active, :monthly, :refunds, :types, :paymentHours, :claimHours)
                        """)
                .param("id", resource.value())
                .param("active", policy.maxActivePerUser())
                .param("monthly", policy.maxPerUserPerMonth())
                .param("refunds", refunds)
                .param(
                        "types",
                        policy.eligibleOrganizationTypes().stream()
                                .map(Enum::name)
                                .sorted()
                                .collect(Collectors.joining(",")))
                .param("paymentHours", policy.paymentDeadlineHours())
                .param("claimHours", policy.waitlistClaimHours())
                .update();
    }

    private static Set<OrganizationType> organizationTypes(String text) {
        return text == null || text.isBlank()
                ? Set.of()
                : Arrays.stream(text.split(",")).map(OrganizationType::valueOf).collect(Collectors.toSet());
    }

    private static TreeMap<Integer, Integer> refunds(String text) {
        var refunds = new TreeMap<Integer, Integer>();
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(","))
                    .map(pair -> pair.split(":"))
                    .forEach(pair -> refunds.put(Integer.parseInt(pair[0]), Integer.parseInt(pair[1])));
        }
        return refunds;
    }
}
