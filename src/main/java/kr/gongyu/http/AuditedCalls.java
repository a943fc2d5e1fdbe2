package kr.gongyu.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import kr.gongyu.identity.AuditLog;
import kr.gongyu.identity.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records a call in the audit log once it has been answered: who, which endpoint and which object, when, from which
 * address, and the status it ended with. The API registers it for its console and operator calls, the pages for the
 * console's pages: being on the path rather than in each controller, a new console endpoint cannot forget it.
 */
@Component
public class AuditedCalls implements HandlerInterceptor {

    private final AuditLog auditLog;

    AuditedCalls(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception failure) {
        Caller.of(SecurityContextHolder.getContext().getAuthentication()).ifPresent(caller -> {
            var pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            @SuppressWarnings("unchecked")
            var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            auditLog.recordCall(
                    caller,
                    request.getMethod() + " " + (pattern == null ? request.getRequestURI() : pattern),
                    variables == null ? Map.of() : variables,
                    response.getStatus(),
                    request.getRemoteAddr());
        });
    }
}
