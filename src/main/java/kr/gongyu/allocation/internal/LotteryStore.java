package kr.gongyu.allocation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kr.gongyu.allocation.LotteryPlan;
import kr.gongyu.allocation.PoolShare;
import kr.gongyu.allocation.PriorityPool;
import kr.gongyu.allocation.SlotTime;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.AccountId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The rounds, their slots, pools and applications, and the pools accounts belong to, in SQL. */
@Repository
public class LotteryStore {

    /**
     * Whether a round not cancelled covers part of the time and keeps it from first-come booking at {@code :now}: a
     * condition over {@code :resource}, {@code :start}, {@code :end} and {@code :now}, which the booking path asks.
     */
    static final String COVERS = """
            exists (select 1 from lottery l join lottery_slot s on s.lottery_id = l.id
                     where l.resource_id = :resource and l.status <> 'CANCELLED' and l.leftover_at > :now
                       and s.starts_at < :end and s.ends_at > :start)""";

    /** A stored round; {@code status} is SCHEDULED, DRAWN or CANCELLED. */
    public record Round(
            long id,
            ResourceId resource,
            String status,
            Instant applicationsOpen,
            Instant applicationsClose,
            Instant drawAt,
            int maxChoices,
            int claimHours,
            Instant leftoverAt,
            String secret,
            String commitment,
            List<SlotTime> slots,
            List<PoolShare> pools) {}

    /** A stored application, with what the draw wrote on it. */
    public record Application(
            long id,
            AccountId account,
            String publicId,
            @Nullable PriorityPool pool,
            List<SlotTime> choices,
            @Nullable String rankKey,
            @Nullable SlotTime won) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LotteryStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public long insert(
            ResourceId resource,
            LotteryPlan plan,
            List<SlotTime> slots,
            String secret,
            String commitment,
            Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into lottery (resource_id, status, applications_open, applications_close, draw_at,
                            max_choices, claim_hours, leftover_at, secret, commitment, created_at)
                        values (:resource, 'SCHEDULED', :open, :close, :draw, :maxChoices, :claimHours, :leftover,
                            :secret, :commitment, :now)
                        """)
                .param("resource", resource.value())
                .param("open", Timestamp.from(plan.applicationsOpen()))
                .param("close", Timestamp.from(plan.applicationsClose()))
                .param("draw", Timestamp.from(plan.drawAt()))
                .param("maxChoices", plan.maxChoices())
                .param("claimHours", plan.claimHours())
                .param("leftover", Timestamp.from(plan.leftoverAt()))
                .param("secret", secret)
                .param("commitment", commitment)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        template.batchUpdate(
                "insert into lottery_slot (lottery_id, starts_at, ends_at) values (?, ?, ?)",
                slots.stream()
                        .map(slot -> new Object[] {id, Timestamp.from(slot.start()), Timestamp.from(slot.end())})
                        .toList());
        var pools = new ArrayList<Object[]>();
        for (int n = 0; n < plan.pools().size(); n++) {
            var pool = plan.pools().get(n);
            pools.add(new Object[] {id, n, pool.pool().name(), pool.share()});
        }
        template.batchUpdate("insert into lottery_pool (lottery_id, position, name, share) values (?, ?, ?, ?)", pools);
        return id;
    }

    public Optional<Round> find(long id) {
        return round(id, "");
    }

    /** The round, its row locked until the transaction ends: draws and cancellations of one round take turns. */
    public Optional<Round> lock(long id) {
        return round(id, " for update");
    }

    private Optional<Round> round(long id, String lock) {
        return jdbc.sql("select * from lottery where id = :id" + lock)
                .param("id", id)
                .query((rs, row) -> new Round(
                        id,
                        new ResourceId(rs.getLong("resource_id")),
                        rs.getString("status"),
                        instant(rs, "applications_open"),
                        instant(rs, "applications_close"),
                        instant(rs, "draw_at"),
                        rs.getInt("max_choices"),
                        rs.getInt("claim_hours"),
                        instant(rs, "leftover_at"),
                        rs.getString("secret"),
                        rs.getString("commitment"),
                        slots(id),
                        pools(id)))
                .optional();
    }

    private List<SlotTime> slots(long id) {
        return jdbc.sql("select starts_at, ends_at from lottery_slot where lottery_id = :id order by starts_at")
                .param("id", id)
                .query((rs, row) -> new SlotTime(instant(rs, "starts_at"), instant(rs, "ends_at")))
                .list();
    }

    private List<PoolShare> pools(long id) {
        return jdbc.sql("select name, share from lottery_pool where lottery_id = :id order by position")
                .param("id", id)
                .query((rs, row) ->
                        new PoolShare(PriorityPool.valueOf(rs.getString("name")), rs.getBigDecimal("share")))
                .list();
    }

    public void setStatus(long id, String status) {
        jdbc.sql("update lottery set status = :status where id = :id")
                .param("status", status)
                .param("id", id)
                .update();
    }

    public int applicationCount(long id) {
        return jdbc.sql("select count(*) from lottery_application where lottery_id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    /** The round's applications, ordered by public id. */
    public List<Application> applications(long id) {
        var choices = new HashMap<Long, List<SlotTime>>();
        jdbc.sql("""
                        select c.application_id, c.starts_at, c.ends_at from lottery_choice c
                        join lottery_application a on a.id = c.application_id
                        where a.lottery_id = :id order by c.application_id, c.position
                        """).param("id", id).query(rs -> {
            choices.computeIfAbsent(rs.getLong(1), key -> new ArrayList<>())
                    .add(new SlotTime(instant(rs, "starts_at"), instant(rs, "ends_at")));
        });
        return jdbc.sql("select * from lottery_application where lottery_id = :id order by public_id")
                .param("id", id)
                .query((rs, row) -> {
                    var pool = rs.getString("pool");
                    var wonStart = rs.getObject("won_start", OffsetDateTime.class);
                    var wonEnd = rs.getObject("won_end", OffsetDateTime.class);
                    return new Application(
                            rs.getLong("id"),
                            new AccountId(rs.getLong("account_id")),
                            rs.getString("public_id"),
                            pool == null ? null : PriorityPool.valueOf(pool),
                            choices.getOrDefault(rs.getLong("id"), List.of()),
                            rs.getString("rank_key"),
                            wonStart == null || wonEnd == null
                                    ? null
                                    : new SlotTime(wonStart.toInstant(), wonEnd.toInstant()));
                })
                .list();
    }

    /** Stores an application; a second one of the account for the round breaks the unique key. */
    public long insertApplication(
            long lottery,
            AccountId account,
            String publicId,
            @Nullable PriorityPool pool,
            List<SlotTime> choices,
            Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into lottery_application (lottery_id, account_id, public_id, pool, created_at)
                        values (:lottery, :account, :publicId, :pool, :now)
                        """)
                .param("lottery", lottery)
                .param("account", account.value())
                .param("publicId", publicId)
                .param("pool", pool == null ? null : pool.name())
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        var rows = new ArrayList<Object[]>();
        for (int n = 0; n < choices.size(); n++) {
            var choice = choices.get(n);
            rows.add(new Object[] {id, n, Timestamp.from(choice.start()), Timestamp.from(choice.end())});
        }
        template.batchUpdate(
                "insert into lottery_choice (application_id, position, starts_at, ends_at) values (?, ?, ?, ?)", rows);
        return id;
    }

    public boolean deleteApplication(long lottery, long application, AccountId account) {
        return jdbc.sql("""
                        delete from lottery_application
                        where id = :application and lottery_id = :lottery and account_id = :account
                        """)
                        .param("application", application)
                        .param("lottery", lottery)
                        .param("account", account.value())
                        .update()
                > 0;
    }

    /** Writes each application's rank key and the slot it won. */
    public void recordDraw(List<Draw.Ranked> ranked) {
        template.batchUpdate(
                "update lottery_application set rank_key = ?, won_start = ?, won_end = ? where public_id = ?",
                ranked.stream()
                        .map(one -> new Object[] {
                            one.rankKey(),
                            one.won() == null ? null : Timestamp.from(one.won().start()),
                            one.won() == null ? null : Timestamp.from(one.won().end()),
                            one.entry().publicId()
                        })
                        .toList());
    }

    public Set<PriorityPool> poolsOf(AccountId account) {
        return jdbc
                .sql("select pool from pool_membership where account_id = :account")
                .param("account", account.value())
                .query(String.class)
                .stream()
                .map(PriorityPool::valueOf)
                .collect(Collectors.toSet());
    }

    public void grant(AccountId account, PriorityPool pool, AccountId by, Instant now) {
        if (!poolsOf(account).contains(pool)) {
            jdbc.sql("""
                            insert into pool_membership (account_id, pool, granted_by, granted_at)
                            values (:account, :pool, :by, :now)
                            """)
                    .param("account", account.value())
                    .param("pool", pool.name())
                    .param("by", by.value())
                    .param("now", Timestamp.from(now))
                    .update();
        }
    }

    public void revoke(AccountId account, PriorityPool pool) {
        jdbc.sql("delete from pool_membership where account_id = :account and pool = :pool")
                .param("account", account.value())
                .param("pool", pool.name())
                .update();
    }

    public void recordRefusal(long lottery, String reason, Instant now) {
        jdbc.sql("insert into lottery_refusal (lottery_id, reason, refused_at) values (:lottery, :reason, :now)")
                .param("lottery", lottery)
                .param("reason", reason)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** How many applications to the round were refused, by reason. */
    public Map<String, Integer> refusals(long lottery) {
        var counts = new TreeMap<String, Integer>();
        jdbc.sql("select reason, count(*) from lottery_refusal where lottery_id = :lottery group by reason")
                .param("lottery", lottery)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    /** An applicant the round may offer a slot: the application and its account. */
    public record Applicant(long application, AccountId account) {}

    /** A slot of a drawn round. */
    public record RoundSlot(long lottery, SlotTime slot) {}

    public boolean hasOffer(long application) {
        return jdbc.sql("select count(*) from lottery_offer where application_id = :application")
                        .param("application", application)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void insertOffer(long lottery, long application, long reservation, SlotTime slot, Instant now) {
        jdbc.sql("""
                        insert into lottery_offer (lottery_id, application_id, reservation_id, starts_at, ends_at,
                            status, offered_at)
                        values (:lottery, :application, :reservation, :start, :end, 'HELD', :now)
                        """)
                .param("lottery", lottery)
                .param("application", application)
                .param("reservation", reservation)
                .param("start", Timestamp.from(slot.start()))
                .param("end", Timestamp.from(slot.end()))
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Moves the offer whose booking this is from HELD to {@code status} (CLAIMED or PASSED); else nothing. */
    public void settleOffer(long reservation, String status) {
        jdbc.sql("update lottery_offer set status = :status where reservation_id = :reservation and status = 'HELD'")
                .param("status", status)
                .param("reservation", reservation)
                .update();
    }

    /** How many of the round's offers are held, claimed and passed on. */
    public Map<String, Integer> offers(long lottery) {
        var counts = new HashMap<String, Integer>();
        jdbc.sql("select status, count(*) from lottery_offer where lottery_id = :lottery group by status")
                .param("lottery", lottery)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    /** The application's offer, if it had one: its booking and status. */
    public Optional<Offer> offerOf(long application) {
        return jdbc.sql("select reservation_id, status from lottery_offer where application_id = :application")
                .param("application", application)
                .query((rs, row) -> new Offer(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    public record Offer(long reservation, String status) {}

    /** The first applicant in rank order who chose the slot and has had no offer of the round yet. */
    public Optional<Applicant> next(long lottery, SlotTime slot) {
        return jdbc.sql("""
                        select a.id, a.account_id from lottery_application a
                        join lottery_choice c on c.application_id = a.id
                        where a.lottery_id = :lottery and a.rank_key is not null
                          and c.starts_at = :start and c.ends_at = :end
                          and not exists (select 1 from lottery_offer o where o.application_id = a.id)
                        order by a.rank_key limit 1
                        """)
                .param("lottery", lottery)
                .param("start", Timestamp.from(slot.start()))
                .param("end", Timestamp.from(slot.end()))
                .query((rs, row) -> new Applicant(rs.getLong(1), new AccountId(rs.getLong(2))))
                .optional();
    }

    /**
     * The slots within the time of the resource's rounds in the statuses ({@code SCHEDULED}, {@code DRAWN}) whose
     * leftover instant is still to come: those the rounds keep from first-come booking, by round.
     */
    public List<RoundSlot> slotsWithin(
            ResourceId resource, Instant start, Instant end, Instant now, List<String> statuses) {
        return jdbc.sql("""
                        select l.id, s.starts_at, s.ends_at from lottery l join lottery_slot s on s.lottery_id = l.id
                        where l.resource_id = :resource and l.status in (:statuses) and l.leftover_at > :now
                            and s.starts_at >= :start and s.ends_at <= :end
                        order by s.starts_at
                        """)
                .param("resource", resource.value())
                .param("statuses", statuses)
                .param("now", Timestamp.from(now))
                .param("start", Timestamp.from(start))
                .param("end", Timestamp.from(end))
                .query((rs, row) ->
                        new RoundSlot(rs.getLong(1), new SlotTime(instant(rs, "starts_at"), instant(rs, "ends_at"))))
                .list();
    }

    /** An account's application with its round and offer, as the account's list shows it. */
    public record Owned(
            long lottery,
            long id,
            String publicId,
            @Nullable PriorityPool pool,
            @Nullable SlotTime won,
            @Nullable SlotTime offered,
            @Nullable Long reservation,
            @Nullable String offerStatus) {}

    /** The account's applications, the latest first. */
    public List<Owned> applicationsOf(AccountId account) {
        return jdbc.sql("""
                        select a.id, a.lottery_id, a.public_id, a.pool, a.won_start, a.won_end,
                            o.starts_at, o.ends_at, o.reservation_id, o.status
                        from lottery_application a left join lottery_offer o on o.application_id = a.id
                        where a.account_id = :account order by a.id desc
                        """)
                .param("account", account.value())
                .query((rs, row) -> {
                    var pool = rs.getString("pool");
                    return new Owned(
                            rs.getLong("lottery_id"),
                            rs.getLong("id"),
                            rs.getString("public_id"),
                            pool == null ? null : PriorityPool.valueOf(pool),
                            slot(rs, "won_start", "won_end"),
                            slot(rs, "starts_at", "ends_at"),
                            rs.getObject("reservation_id", Long.class),
                            rs.getString("status"));
                })
                .list();
    }

    /** The choices of an application, in order of preference. */
    public List<SlotTime> choices(long application) {
        return jdbc.sql("""
                        select starts_at, ends_at from lottery_choice where application_id = :application
                        order by position
                        """)
                .param("application", application)
                .query((rs, row) -> new SlotTime(instant(rs, "starts_at"), instant(rs, "ends_at")))
                .list();
    }

    /** The ids of the resource's rounds, the latest first. */
    public List<Long> roundsOf(ResourceId resource) {
        return jdbc.sql("select id from lottery where resource_id = :resource order by id desc")
                .param("resource", resource.value())
                .query(Long.class)
                .list();
    }

    private static @Nullable SlotTime slot(ResultSet rs, String start, String end) throws SQLException {
        var from = rs.getObject(start, OffsetDateTime.class);
        var to = rs.getObject(end, OffsetDateTime.class);
        return from == null || to == null ? null : new SlotTime(from.toInstant(), to.toInstant());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
