package kr.gongyu.web.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.identity.AccountDirectory;
import kr.gongyu.identity.AccountView;
import kr.gongyu.identity.Organizations;
import kr.gongyu.reservation.Reservation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookings as the console lists them: with the resource's name and the booker's name masked (홍*동), as
 * personal data is in every list, and the organisation booked for.
 */
@Component
class ConsoleBookings {

    private final ResourceDirectory directory;
    private final AccountDirectory accounts;
    private final Organizations organizations;

    ConsoleBookings(ResourceDirectory directory, AccountDirectory accounts, Organizations organizations) {
        this.directory = directory;
        this.accounts = accounts;
        this.organizations = organizations;
    }

    /** One booking with what a list shows beside it. */
    record ConsoleBooking(
            Reservation reservation,
            String resourceName,
            boolean pooled,
            int quantity,
            String booker,
            @Nullable String organization) {

        public long id() {
            return reservation.id().value();
        }
    }

    @Transactional(readOnly = true)
    List<ConsoleBooking> of(List<Reservation> reservations) {
        if (reservations.isEmpty()) {
            return List.of();
        }
        var byResource = directory
                .entries(reservations.stream().map(Reservation::resource).toList())
                .stream()
                .collect(Collectors.toMap(resource -> resource.id().value(), resource -> resource));
        var names = new HashMap<Long, String>();
        accounts.findAll(reservations.stream().map(Reservation::account).toList())
                .forEach(account -> names.put(account.id().value(), masked(account)));
        Map<Long, String> organizationNames = organizations.namesOf(reservations.stream()
                .map(Reservation::organization)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return reservations.stream()
                .map(reservation -> {
                    var resource = byResource.get(reservation.resource().value());
                    return new ConsoleBooking(
                            reservation,
                            resource == null ? reservation.resource().toString() : resource.name(),
                            resource != null && resource.kind() == ResourceKind.POOLED,
                            resource == null ? 1 : resource.quantity(),
                            names.getOrDefault(reservation.account().value(), "*"),
                            reservation.organization() == null
                                    ? null
                                    : organizationNames.get(reservation.organization()));
                })
                .toList();
    }

    ConsoleBooking of(Reservation reservation) {
        return of(List.of(reservation)).getFirst();
    }

    private static String masked(AccountView account) {
        return account.name().masked();
    }
}
