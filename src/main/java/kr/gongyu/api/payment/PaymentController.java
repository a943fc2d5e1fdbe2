package kr.gongyu.api.payment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import kr.gongyu.api.ApiException;
import kr.gongyu.api.Ids;
import kr.gongyu.identity.Caller;
import kr.gongyu.payment.Checkout;
import kr.gongyu.payment.PaymentMethod;
import kr.gongyu.payment.Payments;
import kr.gongyu.reservation.ReservationId;
import kr.gongyu.reservation.Reservations;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Paying for one's booking, and the provider's webhooks (README, "Payments"). */
@RestController
class PaymentController {

    private final Payments payments;
    private final Reservations reservations;

    PaymentController(Payments payments, Reservations reservations) {
        this.payments = payments;
        this.reservations = reservations;
    }

    record StartRequest(@NotNull PaymentMethod method) {}

    /** What the provider's checkout sent back to the success address; {@code amount} is checked, never believed. */
    record ConfirmRequest(
            @NotBlank @Size(max = 200) String paymentKey,

            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{6,64}")
            String orderId,

            @NotNull @Min(1) @Max(1_000_000_000_000L) Long amount) {}

    /** 201 with what the provider's checkout needs, for the caller's booking waiting for its payment. */
    @PostMapping(
            path = "/api/v1/reservations/{id}/payments",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Checkout> start(Caller caller, @PathVariable String id, @Valid @RequestBody StartRequest request) {
        var checkout = Ids.parse(id)
                .flatMap(value -> payments.start(new ReservationId(value), caller.id(), request.method()))
                .orElseThrow(() -> ApiException.notFound("what.reservation", id));
        return ResponseEntity.status(HttpStatus.CREATED).body(checkout);
    }

    /** The booking's orders and refunds, for its booker; anyone else 404. */
    @GetMapping(path = "/api/v1/reservations/{id}/payments", produces = MediaType.APPLICATION_JSON_VALUE)
    List<PaymentJson.PaymentResponse> list(Caller caller, @PathVariable String id) {
        var booking = Ids.parse(id)
                .flatMap(value -> reservations.find(new ReservationId(value)))
                .filter(found -> found.account().equals(caller.id()))
                .orElseThrow(() -> ApiException.notFound("what.reservation", id));
        return payments.of(booking.id()).stream().map(PaymentJson::of).toList();
    }

    @PostMapping(
            path = "/api/v1/payments/confirm",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    PaymentJson.PaymentResponse confirm(Caller caller, @Valid @RequestBody ConfirmRequest request) {
        return PaymentJson.of(payments.confirm(caller.id(), request.orderId(), request.paymentKey(), request.amount()));
    }

    /**
     * The provider's webhook: no log-in, the signature instead. The body is read as bytes, as signed; 200 once taken
     * (a duplicate too), so that the provider stops sending it.
     */
    @PostMapping(path = "/api/v1/payments/webhook")
    ResponseEntity<Void> webhook(
            @RequestBody byte[] body,
            @RequestHeader(name = "tosspayments-webhook-signature", required = false) @Nullable String signature,
            @RequestHeader(name = "tosspayments-webhook-transmission-time", required = false) @Nullable
                    String transmissionTime) {
        payments.webhook(body, signature, transmissionTime);
        return ResponseEntity.ok().build();
    }
}
