package kr.gongyu.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import kr.gongyu.identity.AuditLog;
import kr.gongyu.identity.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Records every request of a console page in the audit log, as the console API's calls are: the staff action
 * (approve, reject, check in) or the reading of a list with bookers' names, who, what, when, from where and how
 * it ended. Being on the path, a new console page cannot forget it. The API's {@code AuditedCalls} reads its calls
 * the same way: neither adapter module depends on the other, and the entry itself is {@link AuditLog#recordCall}'s.
 */
@Configuration
class ConsoleAudit implements WebMvcConfigurer, HandlerInterceptor {

    private final AuditLog auditLog;

    ConsoleAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/console/**");
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
