package kr.gongyu.allocation;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kr.gongyu.allocation.LotteryRecord.PublicApplication;
import kr.gongyu.allocation.LotteryRefused.Reason;
import kr.gongyu.allocation.internal.Draw;
import kr.gongyu.allocation.internal.LotteryDraw;
import kr.gongyu.allocation.internal.LotteryStore;
import kr.gongyu.allocation.internal.LotteryStore.Round;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.ResourceManagement;
import kr.gongyu.identity.AccountId;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.reservation.ReservationId;
import kr.gongyu.schedule.DayAvailability;
import kr.gongyu.schedule.ResourceSchedules;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lottery rounds: staff create, read, cancel and draw their institution's; citizens apply and withdraw; anyone reads
 * the public record. Empty answers mean there is no such round (or not one of the institution's).
 */
@Service
public class Lotteries {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The refusals the fairness figures count: a second application, a pool not held, choices not of the round. */
    private static final Set<Reason> COUNTED_REFUSALS =
            EnumSet.of(Reason.ALREADY_APPLIED, Reason.NOT_IN_POOL, Reason.INVALID_CHOICES);

    private final LotteryStore store;
    private final LotteryDraw draw;
    private final ResourceManagement management;
    private final ResourceSchedules schedules;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> task;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Lotteries(
            LotteryStore store,
            LotteryDraw draw,
            ResourceManagement management,
            ResourceSchedules schedules,
            SchedulerClient scheduler,
            OneTimeTask<Void> lotteryDrawTask,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.store = store;
        this.draw = draw;
        this.management = management;
        this.schedules = schedules;
        this.scheduler = scheduler;
        this.task = lotteryDrawTask;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Creates a round over the open slots of the institution's resource in the plan's dates, draws its secret and
     * schedules its draw. Refused with {@code NO_SLOTS} when those dates hold none.
     */
    @Transactional
    public Optional<LotteryView> create(InstitutionId institution, ResourceId resource, LotteryPlan plan) {
        var found = management.resource(institution, resource);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var slots = schedules.calendar(found.get(), plan.from(), plan.to()).days().stream()
                .filter(DayAvailability::open)
                .flatMap(day -> day.slots().stream())
                .filter(slot -> slot.remaining() > 0) // a slot booked already is not the lottery's to give
                .map(slot -> new SlotTime(slot.start(), slot.end()))
                .toList();
        if (slots.isEmpty()) {
            throw new LotteryRefused(Reason.NO_SLOTS);
        }
        var secret = new byte[32];
        RANDOM.nextBytes(secret);
        var id = store.insert(
                resource,
                plan,
                slots,
                HexFormat.of().formatHex(secret),
                Draw.commitment(secret),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        // Scheduled once the round is committed: the task may run at once, on another node.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                scheduler.scheduleIfNotExists(task.instance(String.valueOf(id)), plan.drawAt());
            }
        });
        return round(institution, id);
    }

    @Transactional(readOnly = true)
    public Optional<LotteryView> round(InstitutionId institution, long id) {
        return own(institution, id).map(this::view);
    }

    /** Calls a round off: its slots open first-come again at once. Refused once drawn. */
    @Transactional
    public Optional<LotteryView> cancel(InstitutionId institution, long id) {
        if (own(institution, id).isEmpty()) {
            return Optional.empty();
        }
        var round = store.lock(id).orElseThrow();
        if (round.status().equals("DRAWN")) {
            throw new LotteryRefused(Reason.LOTTERY_DRAWN);
        }
        store.setStatus(id, "CANCELLED");
        return round(institution, id);
    }

    /** Draws the round now, as its scheduled task would: refused with {@code WINDOW_OPEN} before the window closes. */
    public Optional<LotteryView> drawNow(InstitutionId institution, long id) {
        if (own(institution, id).isEmpty()) {
            return Optional.empty();
        }
        draw.draw(id);
        return round(institution, id);
    }

    /** An application stored: its id and the public id the draw ranks it by. */
    public record Applied(long id, String publicId) {}

    /**
     * Applies for the account with its ranked choices, in the pool if given. Empty when there is no such round.
     */
    public Optional<Applied> apply(AccountId account, long id, List<SlotTime> choices, @Nullable PriorityPool pool) {
        try {
            return Objects.requireNonNull(transactions.execute(status -> applyLocked(account, id, choices, pool)));
        } catch (LotteryRefused refusal) {
            if (COUNTED_REFUSALS.contains(refusal.reason())) {
                // Apart from the rolled-back application: the fairness figures count the refusal.
                store.recordRefusal(id, refusal.reason().name(), clock.instant().truncatedTo(ChronoUnit.MICROS));
            }
            throw refusal;
        }
    }

    private Optional<Applied> applyLocked(
            AccountId account, long id, List<SlotTime> choices, @Nullable PriorityPool pool) {
        // Locked, as the draw locks it: an application made at the window's last instant is in the draw's list, or
        // refused, never committed after the draw has read the list.
        var found = store.lock(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var round = found.get();
        if (round.status().equals("CANCELLED")) {
            throw new LotteryRefused(Reason.LOTTERY_CANCELLED);
        }
        if (!windowOpen(round)) {
            throw new LotteryRefused(Reason.OUTSIDE_APPLICATION_WINDOW);
        }
        var slots = new HashSet<>(round.slots());
        if (choices.isEmpty()
                || choices.size() > round.maxChoices()
                || new HashSet<>(choices).size() < choices.size()
                || !slots.containsAll(choices)) {
            throw new LotteryRefused(Reason.INVALID_CHOICES);
        }
        if (pool != null
                && (round.pools().stream().noneMatch(share -> share.pool() == pool)
                        || !store.poolsOf(account).contains(pool))) {
            throw new LotteryRefused(Reason.NOT_IN_POOL);
        }
        var publicId = publicId();
        try {
            var applicationId = store.insertApplication(
                    id, account, publicId, pool, choices, clock.instant().truncatedTo(ChronoUnit.MICROS));
            return Optional.of(new Applied(applicationId, publicId));
        } catch (DuplicateKeyException secondOne) {
            throw new LotteryRefused(Reason.ALREADY_APPLIED);
        }
    }

    /** Withdraws the account's application while the window is open. False: no such application of the account. */
    @Transactional
    public boolean withdraw(AccountId account, long id, long application) {
        var round = store.lock(id);
        if (round.isEmpty()) {
            return false;
        }
        if (!windowOpen(round.get())) {
            throw new LotteryRefused(Reason.OUTSIDE_APPLICATION_WINDOW);
        }
        return store.deleteApplication(id, application, account);
    }

    /** The round's public record, as much of it as its stage allows. */
    @Transactional(readOnly = true)
    public Optional<LotteryRecord> publicRecord(long id) {
        return store.find(id).map(round -> {
            var status = status(round);
            var drawn = status == LotteryStatus.DRAWN;
            var listed = drawn || status == LotteryStatus.CLOSED;
            var applications = listed ? store.applications(id) : List.<LotteryStore.Application>of();
            var listHash = listed
                    ? Draw.listHash(applications.stream()
                            .map(LotteryStore.Application::publicId)
                            .toList())
                    : null;
            var published = applications.stream()
                    .map(one ->
                            new PublicApplication(one.publicId(), one.rankKey(), one.pool(), one.choices(), one.won()))
                    .sorted(
                            drawn
                                    ? Comparator.comparing(PublicApplication::rankKey)
                                    : Comparator.comparing(PublicApplication::publicId))
                    .toList();
            return new LotteryRecord(
                    id,
                    status,
                    round.slots(),
                    round.pools(),
                    round.commitment(),
                    listHash,
                    drawn ? round.secret() : null,
                    drawn && listHash != null ? Draw.seed(round.secret(), listHash) : null,
                    published,
                    listed ? figures(round, published) : null);
        });
    }

    private LotteryRecord.Figures figures(Round round, List<PublicApplication> applications) {
        var offers = store.offers(round.id());
        var pools = round.pools().stream()
                .map(share -> new LotteryRecord.PoolFigures(
                        share.pool(),
                        (int) applications.stream()
                                .filter(one -> one.pool() == share.pool())
                                .count(),
                        (int) applications.stream()
                                .filter(one -> one.pool() == share.pool() && one.won() != null)
                                .count()))
                .toList();
        return new LotteryRecord.Figures(
                round.slots().size(),
                applications.size(),
                BigDecimal.valueOf(applications.size())
                        .divide(BigDecimal.valueOf(round.slots().size()), 2, RoundingMode.HALF_UP),
                pools,
                (int) applications.stream().filter(one -> one.won() != null).count(),
                offers.getOrDefault("CLAIMED", 0),
                offers.getOrDefault("PASSED", 0),
                store.refusals(round.id()));
    }

    /** A round as applicants see it before applying (no secret in it); empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<LotteryView> forApplicants(long id) {
        return store.find(id).map(this::view);
    }

    /** The institution's rounds of its resource, the latest first; empty when the resource is not the institution's. */
    @Transactional(readOnly = true)
    public Optional<List<LotteryView>> ofResource(InstitutionId institution, ResourceId resource) {
        if (!management.owns(institution, resource)) {
            return Optional.empty();
        }
        return Optional.of(store.roundsOf(resource).stream()
                .flatMap(id -> store.find(id).stream())
                .map(this::view)
                .toList());
    }

    /**
     * The slots of the resource within {@code from} to {@code to} that a round keeps from first-come booking
     * now, each with its round's id: what the resource's calendar marks as drawn by lottery.
     */
    @Transactional(readOnly = true)
    public Map<Instant, Long> setAside(ResourceId resource, Instant from, Instant to) {
        var slots = new HashMap<Instant, Long>();
        store.slotsWithin(resource, from, to, clock.instant(), List.of("SCHEDULED", "DRAWN"))
                .forEach(one -> slots.putIfAbsent(one.slot().start(), one.lottery()));
        return slots;
    }

    /** The account's applications with what they won or were offered, the latest first. */
    @Transactional(readOnly = true)
    public List<LotteryApplicationView> applicationsOf(AccountId account) {
        return store.applicationsOf(account).stream()
                .map(owned -> {
                    var round = store.find(owned.lottery()).orElseThrow();
                    return new LotteryApplicationView(
                            owned.lottery(),
                            round.resource(),
                            status(round),
                            owned.id(),
                            owned.publicId(),
                            owned.pool(),
                            store.choices(owned.id()),
                            owned.won(),
                            owned.offered(),
                            owned.reservation() == null ? null : new ReservationId(owned.reservation()),
                            owned.offerStatus());
                })
                .toList();
    }

    /** Records that an operator verified the account's status for the pool. */
    @Transactional
    public void grantPool(AccountId account, PriorityPool pool, AccountId operator) {
        store.grant(account, pool, operator, clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    @Transactional
    public void revokePool(AccountId account, PriorityPool pool) {
        store.revoke(account, pool);
    }

    private Optional<Round> own(InstitutionId institution, long id) {
        return store.find(id).filter(round -> management.owns(institution, round.resource()));
    }

    private LotteryView view(Round round) {
        return new LotteryView(
                round.id(),
                round.resource(),
                status(round),
                round.slots(),
                round.pools(),
                round.applicationsOpen(),
                round.applicationsClose(),
                round.drawAt(),
                round.maxChoices(),
                round.claimHours(),
                round.leftoverAt(),
                round.commitment(),
                store.applicationCount(round.id()));
    }

    private LotteryStatus status(Round round) {
        return switch (round.status()) {
            case "DRAWN" -> LotteryStatus.DRAWN;
            case "CANCELLED" -> LotteryStatus.CANCELLED;
            default -> clock.instant().isBefore(round.applicationsClose()) ? LotteryStatus.OPEN : LotteryStatus.CLOSED;
        };
    }

    private boolean windowOpen(Round round) {
        var now = clock.instant();
        return !now.isBefore(round.applicationsOpen()) && now.isBefore(round.applicationsClose());
    }

    /** 16 random bytes in hex: unguessable, and unrelated to the database id. */
    private static String publicId() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
