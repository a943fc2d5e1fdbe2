package kr.gongyu.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import kr.gongyu.identity.AuditEvent;
import kr.gongyu.identity.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Records every console page staff open or submit in the audit log, as the API's audit does for console calls:
 * who, which page and which object, when, from which address, and the status it ended with. Being on the path,
 * a new console page cannot forget it.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleAudit implements WebMvcConfigurer {

    private final AuditLog auditLog;
    private final Clock clock;

    ConsoleAudit(AuditLog auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public void afterCompletion(
                            HttpServletRequest request,
                            HttpServletResponse response,
                            Object handler,
                            @Nullable Exception failure) {
                        record(request, response);
                    }
                })
                .addPathPatterns("/console", "/console/**");
    }

    private void record(HttpServletRequest request, HttpServletResponse response) {
        var caller = PageModel.current();
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
