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

    /** Whether a round not cancelled covers part of the time and keeps it from first-come booking at {@code now}. */
    boolean covers(ResourceId resource, Instant start, Instant end, Instant now) {
        return jdbc.sql("""
                        select count(*) from lottery l join lottery_slot s on s.lottery_id = l.id
                        where l.resource_id = :resource and l.status <> 'CANCELLED' and l.leftover_at > :now
                            and s.starts_at < :end and s.ends_at > :start
                        """)
                        .param("resource", resource.value())
                        .param("now", Timestamp.from(now))
                        .param("start", Timestamp.from(start))
                        .param("end", Timestamp.from(end))
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
