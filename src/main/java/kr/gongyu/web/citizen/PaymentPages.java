package kr.gongyu.web.citizen;

import java.util.EnumSet;
import java.util.Objects;
import kr.gongyu.identity.Caller;
import kr.gongyu.payment.Checkout;
import kr.gongyu.payment.PaymentMethod;
import kr.gongyu.payment.PaymentRefused;
import kr.gongyu.payment.PaymentStatus;
import kr.gongyu.payment.Payments;
import kr.gongyu.reservation.ReservationId;
import kr.gongyu.reservation.Reservations;
import kr.gongyu.web.PageModel;
import kr.gongyu.web.PathIds;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The payment step of the booker's pages: the method chosen on the booking's page, the provider's checkout (the
 * sandbox's page here, in development and the demo), and the way back, where the payment is confirmed server-side
 * and the booking's page says how it went; and each payment's receipt.
 */
@Controller
class PaymentPages {

    private final Payments payments;
    private final Reservations reservations;

    PaymentPages(Payments payments, Reservations reservations) {
        this.payments = payments;
        this.reservations = reservations;
    }

    /** Starts an order for the booker's booking and sends the browser to the provider's checkout. */
    @PostMapping("/my/reservations/{id}/pay")
    String pay(@PathVariable String id, @RequestParam(defaultValue = "CARD") String method) {
        var booking = own(id);
        var chosen = EnumSet.of(PaymentMethod.CARD, PaymentMethod.VIRTUAL_ACCOUNT).stream()
                .filter(m -> m.name().equals(method))
                .findFirst()
                .orElse(PaymentMethod.CARD);
        try {
            var checkout = payments.start(booking, caller().id(), chosen).orElseThrow(() -> notFound());
            if (checkout.checkoutUrl() == null) {
                // Toss's checkout opens from its script with the client key; these pages do not load it (yet).
                return "redirect:/my/reservations/" + booking.value() + "?payment=PROVIDER_UNAVAILABLE#pay";
            }
            return "redirect:" + checkout.checkoutUrl();
        } catch (PaymentRefused refused) {
            return "redirect:/my/reservations/" + booking.value() + "?payment="
                    + refused.reason().name() + "#pay";
        }
    }

    /** The sandbox's checkout: what is paid for, and the booker's choice to pay or to decline. */
    @GetMapping("/payments/sandbox/checkout")
    String sandbox(@RequestParam String orderId, Model model) {
        model.addAttribute("checkout", sandboxCheckout(orderId));
        return "payment-sandbox";
    }

    /** The sandbox answers as a provider does: back to the success address with a payment key, or to the fail one. */
    @PostMapping("/payments/sandbox/checkout")
    String sandboxAnswer(@RequestParam String orderId, @RequestParam(defaultValue = "decline") String outcome) {
        var checkout = sandboxCheckout(orderId);
        if (outcome.equals("pay")) {
            return "redirect:"
                    + UriComponentsBuilder.fromUriString(checkout.successUrl())
                            .queryParam(
                                    "paymentKey", "sandbox_" + checkout.method().name() + "_" + orderId)
                            .queryParam("orderId", orderId)
                            .queryParam("amount", checkout.amount())
                            .build()
                            .toUriString();
        }
        return "redirect:"
                + UriComponentsBuilder.fromUriString(checkout.failUrl())
                        .queryParam("code", "PAY_PROCESS_CANCELED")
                        .queryParam("orderId", orderId)
                        .build()
                        .toUriString();
    }

    /**
     * What the provider sends back with a payment, all of it always: without any, the address is not the
     * provider's (400). An amount that is no whole number of won reads as -1, which no order has.
     */
    record PaymentReturn(
            @Nullable String paymentKey,
            @Nullable String orderId,
            @Nullable String amount) {

        boolean whole() {
            return paymentKey != null && orderId != null && amount != null;
        }

        long amountPaid() {
            return amount != null && amount.matches("\\d{1,13}") ? Long.parseLong(amount) : -1;
        }
    }

    /** The provider's way back after a payment: confirmed here, server-side, with the amount checked. */
    @GetMapping("/payments/success")
    String success(@ModelAttribute PaymentReturn sent) {
        if (!sent.whole()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        var orderId = Objects.requireNonNull(sent.orderId());
        var booking = payments.bookingOf(orderId).orElseThrow(PaymentPages::notFound);
        own(booking.toString());
        try {
            var paid = payments.confirm(
                    caller().id(), orderId, Objects.requireNonNull(sent.paymentKey()), sent.amountPaid());
            return "redirect:/my/reservations/" + booking.value()
                    + (paid.status() == PaymentStatus.PAID ? "?paid" : "?waiting") + "#payments";
        } catch (PaymentRefused refused) {
            return "redirect:/my/reservations/" + booking.value() + "?payment="
                    + refused.reason().name() + "#pay";
        }
    }

    /** The provider's way back when the booker declined or the payment failed: nothing was paid. */
    @GetMapping("/payments/fail")
    String fail(@RequestParam(required = false) @Nullable String orderId) {
        var booking = orderId == null ? null : payments.bookingOf(orderId).orElse(null);
        if (booking == null) {
            return "redirect:/my/reservations";
        }
        own(booking.toString());
        return "redirect:/my/reservations/" + booking.value() + "?payment=PAYMENT_DECLINED#pay";
    }

    /** A paid booking's receipt, printable. */
    @GetMapping("/my/reservations/{id}/receipt")
    String receipt(@PathVariable String id, Model model) {
        var booking = own(id);
        var paid = payments.of(booking).stream()
                .filter(payment -> payment.status() == PaymentStatus.PAID)
                .findFirst()
                .orElseThrow(PaymentPages::notFound);
        model.addAttribute("reservation", reservations.find(booking).orElseThrow());
        model.addAttribute("payment", paid);
        return "receipt";
    }

    private Checkout sandboxCheckout(String orderId) {
        var booking = payments.bookingOf(orderId).orElseThrow(PaymentPages::notFound);
        own(booking.toString());
        return payments.checkout(orderId)
                .filter(checkout -> checkout.provider().equals("SANDBOX"))
                .orElseThrow(PaymentPages::notFound);
    }

    private ReservationId own(String id) {
        var caller = caller();
        return PathIds.parse(id)
                .flatMap(value -> reservations.find(new ReservationId(value)))
                .filter(found -> found.account().equals(caller.id()))
                .map(found -> found.id())
                .orElseThrow(PaymentPages::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private static Caller caller() {
        return PageModel.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}
