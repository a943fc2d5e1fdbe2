package kr.gongyu.payment.internal;

import java.util.List;
import org.springframework.stereotype.Component;

/** The provider that takes new orders (as configured), and the one each order was made with, for its refunds. */
@Component
public class Providers {

    private final PaymentSettings settings;
    private final List<PaymentProvider> all;

    Providers(PaymentSettings settings, List<PaymentProvider> all) {
        this.settings = settings;
        this.all = List.copyOf(all);
    }

    public PaymentProvider current() {
        return named(settings.provider().name());
    }

    public PaymentProvider named(String name) {
        return all.stream()
                .filter(provider -> provider.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No payment provider " + name));
    }

    public PaymentSettings settings() {
        return settings;
    }
}
