package kr.gongyu.reservation;

import static kr.gongyu.reservation.ReservationRefused.Reason.*;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kr.gongyu.catalog.BookableResourceView;
import kr.gongyu.catalog.Confirmation;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.identity.AccountDirectory;
import kr.gongyu.identity.AccountId;
import kr.gongyu.identity.AccountView;
import kr.gongyu.identity.Organizations;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.reservation.BookingFacts.Booker;
import kr.gongyu.reservation.BookingRules.Decision;
import kr.gongyu.reservation.ReservationEvents.ReservationAwaitingPayment;
import kr.gongyu.reservation.ReservationEvents.ReservationCancelled;
import kr.gongyu.reservation.ReservationEvents.ReservationConfirmed;
import kr.gongyu.reservation.ReservationEvents.ReservationHeld;
import kr.gongyu.reservation.ReservationEvents.ReservationRequested;
import kr.gongyu.reservation.ReservationStore.Locked;
import kr.gongyu.reservation.ReservationStore.StoredFacts;
import kr.gongyu.schedule.Interval;
import kr.gongyu.schedule.ResourceSchedules;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The booker's side of reservations: book, hold and complete, cancel, and read.
 *
 * <p>The no-double-booking invariant is kept in the booking transaction: lock the resource's row, compute what
 * is still free from the bookings committed before the lock, and insert only if the requested slots still have
 * the units. On PostgreSQL an exclusion constraint guards spaces as well.
 */
@Service
public class Reservations {

    private final ReservationStore store;
    private final ReservationListStore lists;
    private final ResourceDirectory directory;
    private final ResourceSchedules schedules;
    private final BookingPolicies policies;
    private final AccountDirectory accounts;
    private final Organizations organizations;
    private final HoldSettings holds;
    private final Refunds refunds;
    private final List<SetAsideSlots> setAside;
    private final ReservationPrices prices;
    private final PaymentDeadlines deadlines;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final TransactionTemplate reads;
    private final Clock clock;

    Reservations(
            ReservationStore store,
            ReservationListStore lists,
            ResourceDirectory directory,
            ResourceSchedules schedules,
            BookingPolicies policies,
            AccountDirectory accounts,
            Organizations organizations,
            HoldSettings holds,
            Refunds refunds,
            List<SetAsideSlots> setAside,
            ReservationPrices prices,
            PaymentDeadlines deadlines,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.store = store;
        this.lists = lists;
        this.directory = directory;
        this.schedules = schedules;
        this.policies = policies;
        this.accounts = accounts;
        this.organizations = organizations;
        this.holds = holds;
        this.refunds = refunds;
        this.setAside = setAside;
        this.prices = prices;
        this.deadlines = deadlines;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.reads = new TransactionTemplate(transactionManager);
        this.reads.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * A booking made, or found again for a retried request ({@code created} false), with its price as stored: read
     * (or computed) inside the booking's transaction, so that answering it needs no connection after the commit.
     */
    public record Booked(Reservation reservation, Price price, boolean created) {}

    /**
     * Books the slots from the request's start to its end: held if the request asks for a hold, else confirmed
     * at once for an instant resource or pending for one that needs approval. A request whose idempotency key
     * the account used before gets that booking back, if the request is the same. Empty when there is no such
     * published resource; refused with the reason when the time is not bookable or no longer free.
     */
    public Optional<Booked> book(RequestReservation request) {
        return book(request, null);
    }

    Optional<Booked> book(RequestReservation request, @Nullable String seriesId) {
        var key = request.idempotencyKey();
        if (key != null) {
            var earlier = replayed(request, key);
            if (earlier.isPresent()) {
                return earlier;
            }
        }
        try {
            return Objects.requireNonNull(transactions.execute(status -> bookLocked(request, seriesId)));
        } catch (DuplicateKeyException sameKeyMeanwhile) {
            // Two requests with one key raced for different resources (the lock serialises only one resource's).
            return replayed(request, Objects.requireNonNull(key));
        }
    }

    /** The booking made earlier with the key, with its price, in one read-only transaction: one connection. */
    private Optional<Booked> replayed(RequestReservation request, String key) {
        return Objects.requireNonNull(reads.execute(
                status -> store.findByKey(request.account(), key).map(earlier -> replay(earlier, request))));
    }

    private Booked replay(Reservation earlier, RequestReservation request) {
        if (!request.fingerprint().equals(store.fingerprintOf(earlier.id()))) {
            throw new ReservationRefused(IDEMPOTENCY_KEY_REUSED);
        }
        return new Booked(earlier, prices.of(earlier), false);
    }

    private Optional<Booked> bookLocked(RequestReservation request, @Nullable String seriesId) {
        // Taken before the lock, which PostgreSQL's one statement takes with the facts; a moment early at worst.
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var span = span(request);
        var locked = lockWithFacts(request, span, now);
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        var resource = locked.get().resource();
        var stored = locked.get().facts();
        if (stored.earlier() != null) {
            return Optional.of(replay(store.find(stored.earlier()).orElseThrow(), request));
        }
        if (stored.expiredHolds()) {
            store.expiredHolds(request.resource(), now).forEach(this::expire);
            stored = store.factsFor(request, resource, span, setAsideCondition(), now);
        }
        if (BookingRules.decide(request, facts(request, resource, stored, now))
                instanceof Decision.Refused(var reason)) {
            throw new ReservationRefused(reason);
        }
        // From the fee, never from the request; a priced booking is confirmed only once paid.
        var price = prices.quote(
                resource.id(), resource.fee(), request.start(), request.end(), request.units(), request.discounts());
        var payBy = PaymentDeadlines.payBy(stored.policy(), price, request.start(), now);
        ReservationStatus status;
        if (request.hold()) {
            status = ReservationStatus.HELD;
        } else if (resource.confirmation() == Confirmation.APPROVAL) {
            status = ReservationStatus.PENDING_APPROVAL;
        } else {
            status = payBy == null ? ReservationStatus.CONFIRMED : ReservationStatus.PAYMENT_DUE;
        }
        var booked = store.insert(
                request,
                resource.kind() == ResourceKind.SPACE,
                status,
                request.hold() ? now.plus(holds.duration()) : null,
                status == ReservationStatus.PAYMENT_DUE ? payBy : null,
                seriesId,
                price,
                now);
        prices.fixLines(booked.id(), price);
        events.publishEvent(
                switch (status) {
                    case HELD -> new ReservationHeld(booked);
                    case CONFIRMED -> new ReservationConfirmed(booked);
                    case PAYMENT_DUE -> new ReservationAwaitingPayment(booked);
                    default -> new ReservationRequested(booked);
                });
        // The price quoted is the one just stored: the answer is written from it, not read back after the commit.
        return Optional.of(new Booked(booked, price, true));
    }

    /**
     * Holds the time for an account another module chose (a lottery's winner, the first in line on a waitlist) until
     * {@code until}, past the first-come rules (booking window, quota, set-aside slots) but never over another booking:
     * decided under the resource's lock like every booking, in the caller's transaction. Completed as any hold is
     * ({@link #completeHold}). Empty when the resource is no longer published or the time is no longer free.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Reservation> holdFor(
            AccountId account, ResourceId resourceId, Instant start, Instant end, Instant until) {
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var request = new RequestReservation(account, resourceId, start, end, 1, null, null, null, true, null);
        // The bookings over the held time itself: no calendar is made of them.
        var time = new Interval(start, end);
        var locked = lockWithFacts(request, time, now);
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        var resource = locked.get().resource();
        var stored = locked.get().facts();
        if (stored.expiredHolds()) {
            store.expiredHolds(resourceId, now).forEach(this::expire);
            stored = store.factsFor(request, resource, time, setAsideCondition(), now);
        }
        if (BookingRules.decideOffer(request, resource, stored.calendar().bookings()) instanceof Decision.Refused) {
            return Optional.empty();
        }
        var price = prices.quote(resourceId, resource.fee(), start, end, 1, List.of());
        var held = store.insert(
                request, resource.kind() == ResourceKind.SPACE, ReservationStatus.HELD, until, null, null, price, now);
        prices.fixLines(held.id(), price);
        events.publishEvent(new ReservationHeld(held));
        return Optional.of(held);
    }

    /** Whether an account may book a resource, and if not, why. */
    public enum Standing {
        /** It may book, in its own name. */
        MAY_BOOK,
        /** It may book, and books for its organisation, which the resource lists or whose type it takes. */
        MAY_BOOK_FOR_ORGANIZATION,
        /** Only residents of a region may book, and the account names no place it lives. */
        NO_RESIDENCE,
        /** Only residents of a region may book, and the account lives elsewhere. */
        OTHER_RESIDENCE,
        /** Only organisations may book, and the account belongs to none. */
        NO_ORGANIZATION,
        /** Only organisations may book, and the account's is neither listed nor of a type taken. */
        ORGANIZATION_NOT_ELIGIBLE;

        public boolean mayBook() {
            return this == MAY_BOOK || this == MAY_BOOK_FOR_ORGANIZATION;
        }
    }

    /**
     * Whether the account may book the published resource (empty when there is none), as booking decides it: what
     * a resource page says before anything is submitted.
     */
    @Transactional(readOnly = true)
    public Optional<Standing> standingOf(AccountId accountId, ResourceId resourceId) {
        var account = accounts.find(accountId);
        return directory
                .terms(resourceId)
                .filter(resource -> account.isPresent())
                .map(resource -> BookingRules.standing(
                        booker(account.get(), resourceId),
                        resource,
                        policies.of(resourceId).orElseGet(BookingPolicy::lenient)));
    }

    /** The calendar's days of a first-come booking, over which its facts read the bookings, blocks and shifts. */
    private static Interval span(RequestReservation request) {
        // A request over too many days is refused whatever its days hold: its first day's facts stand for them.
        return ResourceSchedules.span(
                BookingRules.firstDay(request),
                BookingRules.spansTooManyDays(request)
                        ? BookingRules.firstDay(request)
                        : BookingRules.lastDay(request));
    }

    /**
     * The resource locked, with its terms, and what the rules decide by besides them, read after the lock, with the
     * bookings, blocks and shifts over the span given: one statement on PostgreSQL (a function whose queries each see
     * what was committed before they start), two elsewhere (the lock, then the facts).
     */
    private Optional<Locked> lockWithFacts(RequestReservation request, Interval span, Instant now) {
        if (store.locksWithFacts()) {
            return store.lockWithFacts(request, span, setAsideCondition(), now);
        }
        return directory
                .lockBookable(request.resource())
                .map(resource ->
                        new Locked(resource, store.factsFor(request, resource, span, setAsideCondition(), now)));
    }

    /** The {@code SetAsideSlots} ports' conditions, in SQL, as one. */
    private String setAsideCondition() {
        return setAside.isEmpty()
                ? "1 = 0"
                : setAside.stream()
                        .map(SetAsideSlots::coversCondition)
                        .collect(Collectors.joining(") or (", "((", "))"));
    }

    private BookingFacts facts(
            RequestReservation request, BookableResourceView resource, StoredFacts stored, Instant now) {
        var calendar = BookingRules.spansTooManyDays(request)
                ? null
                : schedules.calendar(
                        resource.site(),
                        stored.underAgreement(),
                        resource.quantity(),
                        BookingRules.firstDay(request),
                        BookingRules.lastDay(request),
                        stored.calendar());
        return new BookingFacts(
                resource,
                stored.policy(),
                stored.booker(),
                stored.activeBookings(),
                stored.bookingsInMonth(),
                calendar,
                stored.setAside(),
                now);
    }

    /** The account as eligibility sees it, for the resource. */
    private Booker booker(AccountView account, ResourceId resource) {
        var organization = account.organization();
        return new Booker(
                organization,
                organization == null ? null : organizations.typeOf(organization).orElse(null),
                organization != null && directory.lists(resource, organization),
                account.residenceRegionCode());
    }

    /**
     * The booker completes a hold, with the headcount and purpose the form asked for: confirmed, waiting for its
     * payment (a priced booking), or pending approval. Empty if the account has no such booking.
     */
    @Transactional
    public Optional<Reservation> completeHold(
            ReservationId id, AccountId account, @Nullable Integer headcount, @Nullable String purpose) {
        return own(id, account).map(held -> {
            var resource = directory.terms(held.resource()).orElseThrow();
            if (headcount != null && headcount > resource.capacity()) {
                throw new ReservationRefused(CAPACITY_EXCEEDED);
            }
            var now = clock.instant();
            var payBy = deadlines.payBy(held.resource(), prices.of(held), held.start(), now);
            var completed = store.update(
                    held.completeHold(resource.confirmation() == Confirmation.APPROVAL, now, headcount, purpose, payBy),
                    now);
            events.publishEvent(
                    switch (completed.status()) {
                        case CONFIRMED -> new ReservationConfirmed(completed);
                        case PAYMENT_DUE -> new ReservationAwaitingPayment(completed);
                        default -> new ReservationRequested(completed);
                    });
            return completed;
        });
    }

    /**
     * The booker claims fee exemptions (감면) while completing a hold, or none: the hold is priced again. Empty if
     * the account has no such booking.
     *
     * @throws ReservationRefused {@code INVALID_STATE} once the booking is no longer held; {@code
     *     DISCOUNT_NOT_OFFERED} for a claim the resource does not offer
     */
    @Transactional
    public Optional<Price> claimDiscount(ReservationId id, AccountId account, List<String> claimed) {
        return own(id, account).map(held -> {
            if (held.status() != ReservationStatus.HELD) {
                throw new ReservationRefused(INVALID_STATE);
            }
            return prices.reclaim(held, claimed);
        });
    }

    /** The booker asks for more time to complete a hold; empty if the account has no such booking. */
    @Transactional
    public Optional<Reservation> extendHold(ReservationId id, AccountId account) {
        return own(id, account)
                .map(held -> store.update(
                        held.extendHold(clock.instant(), holds.duration(), holds.maxExtensions()), clock.instant()));
    }

    /** Cancels the account's own booking, with the refund its resource's policy gives; empty if not theirs. */
    @Transactional
    public Optional<Reservation> cancel(ReservationId id, AccountId account, String reason) {
        return own(id, account).map(found -> {
            var percent = refunds.ifCancelledNow(found).percent();
            var cancelled = store.update(found.cancel(CancelledBy.USER, reason, percent), clock.instant());
            events.publishEvent(new ReservationCancelled(cancelled));
            return cancelled;
        });
    }

    /**
     * The booking's payment arrived: it is confirmed. Runs in the payment's transaction, and is refused with
     * {@code INVALID_STATE} (leaving that transaction to go on, to refund) unless the booking still waits for its
     * payment: cancelled by its booker meanwhile, say, or lapsed at its deadline.
     */
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = ReservationRefused.class)
    public Reservation paid(ReservationId id) {
        var due = store.find(id).orElseThrow(() -> new ReservationRefused(INVALID_STATE));
        var confirmed = store.update(due.paid(), clock.instant());
        events.publishEvent(new ReservationConfirmed(confirmed));
        return confirmed;
    }

    /** Cancels a booking unpaid at its deadline; its time is free again. Nothing to do if it changed meanwhile. */
    void lapse(Reservation due) {
        try {
            var lapsed = store.update(due.lapse(), clock.instant());
            events.publishEvent(new ReservationCancelled(lapsed));
        } catch (ReservationRefused changedMeanwhile) {
            // Paid or cancelled since it was read: that change stands.
        }
    }

    /** Ends a hold that ran out; its time is free again. Nothing to do if it changed meanwhile. */
    void expire(Reservation held) {
        // The resource first, as every booking locks it before its holds: a listener that offers the freed time
        // (a waitlist) locks it too, and the housekeeping sweep, ending many holds at once, must not hold a hold's
        // row while it waits for a resource a booking has locked.
        directory.lockBookable(held.resource());
        try {
            var expired = store.update(held.expire(), clock.instant());
            events.publishEvent(new ReservationCancelled(expired));
        } catch (ReservationRefused changedMeanwhile) {
            // Completed, cancelled or expired by another node since it was read: that change stands.
        }
    }

    private Optional<Reservation> own(ReservationId id, AccountId account) {
        return store.find(id).filter(found -> found.account().equals(account));
    }

    /** Whether the account has a booking of the resource holding time that overlaps {@code start}–{@code end}. */
    @Transactional(readOnly = true)
    public boolean holdsTime(AccountId account, ResourceId resource, Instant start, Instant end) {
        return store.holdsTime(account, resource, start, end);
    }

    @Transactional(readOnly = true)
    public Optional<Reservation> find(ReservationId id) {
        return store.find(id);
    }

    /** One's own bookings, newest first. */
    @Transactional(readOnly = true)
    public List<Reservation> of(AccountId account, int page, int size) {
        return lists.of(account, page, size);
    }

    /**
     * A page of the account's bookings that have not ended ({@code upcoming}: the soonest first) or have (the
     * latest first), as the booker's list shows them.
     */
    @Transactional(readOnly = true)
    public List<Reservation> of(AccountId account, boolean upcoming, int page, int size) {
        return lists.of(account, upcoming, page, size);
    }

    /** How many of the account's bookings have not ended ({@code upcoming}), or have. */
    public long countOf(AccountId account, boolean upcoming) {
        return lists.countOf(account, upcoming);
    }

    public long countOf(AccountId account) {
        return lists.countOf(account);
    }

    /**
     * A page of the institution's requests waiting for approval, the longest waiting first; of one of its
     * resources if given.
     */
    @Transactional(readOnly = true)
    public List<Reservation> awaitingApproval(
            InstitutionId institution, @Nullable ResourceId resource, int page, int size) {
        return lists.awaitingApproval(institution, resource, page, size);
    }

    @Transactional(readOnly = true)
    public long countAwaitingApproval(InstitutionId institution, @Nullable ResourceId resource) {
        return lists.countAwaitingApproval(institution, resource);
    }

    /**
     * Institutions with a request still waiting for approval that arrived from {@code from} until before {@code to}:
     * those whose staff have news for their digest.
     */
    @Transactional(readOnly = true)
    public Set<InstitutionId> withRequestsArrived(Instant from, Instant to) {
        return lists.withRequestsArrived(from, to);
    }

    /**
     * The account's bookings for its calendar feed, by start: waiting for approval or payment, confirmed, checked in
     * or done, ending after {@code since}; at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<Reservation> forCalendar(AccountId account, Instant since, int limit) {
        return lists.forCalendar(account, since, limit);
    }

    /**
     * The resource's bookings that took or take its time (waiting for payment, confirmed, checked in or done), ending
     * after {@code since}, by start; at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<Reservation> bookedTimes(ResourceId resource, Instant since, int limit) {
        return lists.bookedTimes(resource, since, limit);
    }

    /** Which bookings of an institution a console list asks for: by status and resource if given, by start. */
    public record InstitutionFilter(
            InstitutionId institution,
            @Nullable ReservationStatus status,
            @Nullable ResourceId resource,
            Instant from,
            Instant to) {}

    /** A page of the institution's bookings that the filter selects, by start time. */
    @Transactional(readOnly = true)
    public List<Reservation> ofInstitution(InstitutionFilter filter, int page, int size) {
        return lists.ofInstitution(filter, page, size);
    }

    @Transactional(readOnly = true)
    public long countOfInstitution(InstitutionFilter filter) {
        return lists.countOfInstitution(filter);
    }
}
