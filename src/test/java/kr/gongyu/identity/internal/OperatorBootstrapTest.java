package kr.gongyu.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import kr.gongyu.Seoul;
import kr.gongyu.identity.Role;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class OperatorBootstrapTest {

    private final AccountStore accounts = mock(AccountStore.class);
    private final MockEnvironment environment = new MockEnvironment();
    private final OperatorBootstrap bootstrap = new OperatorBootstrap(
            accounts,
            PasswordEncoderFactories.createDelegatingPasswordEncoder(),
            environment,
            Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), Seoul.ZONE));

    @Test
    void createsTheFirstOperatorWithAHashedPassword() {
        environment.setProperty("gongyu.bootstrap.operator-username", "mois-admin");
        environment.setProperty("gongyu.bootstrap.operator-password", "a-long-enough-secret");
        when(accounts.findByUsername("mois-admin")).thenReturn(Optional.empty());

        bootstrap.run(new DefaultApplicationArguments());

        var saved = ArgumentCaptor.forClass(Account.class);
        verify(accounts).save(saved.capture());
        assertThat(saved.getValue().role()).isEqualTo(Role.OPERATOR);
        assertThat(saved.getValue().username()).isEqualTo("mois-admin");
        assertThat(saved.getValue().passwordHash()).startsWith("{bcrypt}").doesNotContain("a-long-enough-secret");
    }

    @Test
    void doesNothingOnceAnOperatorExists() {
        environment.setProperty("gongyu.bootstrap.operator-username", "mois-admin");
        environment.setProperty("gongyu.bootstrap.operator-password", "a-long-enough-secret");
        when(accounts.existsByRole(Role.OPERATOR)).thenReturn(true);

        bootstrap.run(new DefaultApplicationArguments());

        verify(accounts, never()).save(any());
    }

    @Test
    void refusesAShortPassword() {
        environment.setProperty("gongyu.bootstrap.operator-username", "mois-admin");
        environment.setProperty("gongyu.bootstrap.operator-password", "short");

        assertThatIllegalStateException().isThrownBy(() -> bootstrap.run(new DefaultApplicationArguments()));
        verify(accounts, never()).save(any());
    }
}
