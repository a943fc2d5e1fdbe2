package kr.gongyu.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kr.gongyu.identity.AccountId;
import kr.gongyu.institution.InstitutionId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.ServletWebRequest;

/** The console's tenancy rule as a parameter: staff get their own institution, everyone else is refused. */
class StaffScopeResolverTest {

    private final StaffScopeResolver resolver = new StaffScopeResolver();

    @AfterEach
    void forgetTheCaller() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void staffAndPartnerStaffActForTheirOwnInstitution() throws NoSuchMethodException {
        for (var role : new String[] {"STAFF", "PARTNER"}) {
            signIn(role, "41");

            var scope = resolve();

            assertThat(scope.institution()).as(role).isEqualTo(new InstitutionId(41));
            assertThat(scope.caller().id()).as(role).isEqualTo(new AccountId(7));
        }
    }

    @Test
    void anyoneElseIsRefusedEvenWithAnInstitutionOnTheirToken() {
        for (var role : new String[] {"CITIZEN", "ORGANIZATION", "OPERATOR"}) {
            signIn(role, "41");

            assertThatThrownBy(this::resolve).as(role).isInstanceOf(NotStaff.class);
        }
    }

    @Test
    void noOneSignedInIsRefused() {
        assertThatThrownBy(this::resolve).isInstanceOf(NotStaff.class);
    }

    @Test
    void onlyStaffScopeParametersAreResolved() throws NoSuchMethodException {
        assertThat(resolver.supportsParameter(parameter("console"))).isTrue();
        assertThat(resolver.supportsParameter(parameter("other"))).isFalse();
    }

    private StaffScope resolve() throws NoSuchMethodException {
        return resolver.resolveArgument(
                parameter("console"), null, new ServletWebRequest(new MockHttpServletRequest()), null);
    }

    private static void signIn(String role, String institution) {
        var token = Jwt.withTokenValue("token")
                .header("alg", "none")
                .subject("7")
                .claim("username", "someone")
                .claim("role", role)
                .claim("institution", institution)
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token));
    }

    private static MethodParameter parameter(String method) throws NoSuchMethodException {
        var type = Handlers.class;
        return new MethodParameter(
                method.equals("console")
                        ? type.getDeclaredMethod("console", StaffScope.class)
                        : type.getDeclaredMethod("other", String.class),
                0);
    }

    @SuppressWarnings("unused")
    private static final class Handlers {

        void console(StaffScope scope) {}

        void other(String text) {}
    }
}
