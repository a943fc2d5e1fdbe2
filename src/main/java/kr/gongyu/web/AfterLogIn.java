package kr.gongyu.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kr.gongyu.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where a log-in leads: back to the page that asked for it (the {@code continue} address, or the page the visitor
 * was sent to log in from), else staff and partner staff to the console, whose work is there, and everyone else
 * home.
 */
class AfterLogIn extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String CONSOLE = "/console";

    @Override
    protected String determineTargetUrl(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        var target = super.determineTargetUrl(request, response, authentication);
        return target.equals(getDefaultTargetUrl()) && isStaff(authentication) ? CONSOLE : target;
    }

    private static boolean isStaff(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + Role.STAFF.name())
                        || authority.getAuthority().equals("ROLE_" + Role.PARTNER.name()));
    }
}
