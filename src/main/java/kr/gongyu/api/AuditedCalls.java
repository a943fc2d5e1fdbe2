package kr.gongyu.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import kr.gongyu.identity.AuditEvent;
import kr.gongyu.identity.AuditLog;
import kr.gongyu.identity.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every call to the institution console and operator APIs in the audit log once it has been
 * answered: who, which endpoint and which object, when, from which address, and the status it ended with.
 * Being on the path rather than in each controller, a new console endpoint cannot forget it.
 */
@Component
class AuditedCalls implements HandlerInterceptor {

    private final AuditLog auditLog;
    private final Clock clock;

    AuditedCalls(AuditLog auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception failure) {
        var caller = Caller.of(SecurityContextHolder.getContext().getAuthentication());
        if (caller.isEmpty()) {
            return;
        }
        var pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        var action = request.getMethod() + " " + (pattern == null ? request.getRequestURI() : pattern);
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        var target = variables == null || variables.isEmpty() ? null : variables.toString();
        var who = caller.get();
        auditLog.record(new AuditEvent(
                clock.instant(),
                who.id(),
                who.username(),
                who.role(),
                who.institution(),
                action,
                target,
                response.getStatus(),
                request.getRemoteAddr()));
    }
}
