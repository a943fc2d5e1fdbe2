package kr.gongyu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

class LogInFailuresTest {

    private final LogInFailures failures = new LogInFailures();

    @Test
    void aWrongPasswordGoesBackToTheForm() throws Exception {
        var response = new MockHttpServletResponse();

        failures.onAuthenticationFailure(
                new MockHttpServletRequest("POST", "/login"), response, new BadCredentialsException("wrong"));

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void anAccountThatCouldNotBeReadIsNotAWrongPassword() {
        var response = new MockHttpServletResponse();
        var unread = new InternalAuthenticationServiceException(
                "lookup", new DataAccessResourceFailureException("away", new SQLTransientConnectionException()));

        assertThatThrownBy(() -> failures.onAuthenticationFailure(
                        new MockHttpServletRequest("POST", "/login"), response, unread))
                .isSameAs(unread);
        assertThat(response.getRedirectedUrl()).isNull();
    }
}
