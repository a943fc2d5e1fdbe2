package kr.gongyu.web.console;

import kr.gongyu.http.AuditedCalls;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Records every request of a console page in the audit log, as the console API's calls are: the staff action
 * (approve, reject, check in) or the reading of a list with bookers' names, who, what, when, from where and how
 * it ended. Being on the path, a new console page cannot forget it.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleAudit implements WebMvcConfigurer {

    private final AuditedCalls auditedCalls;

    ConsoleAudit(AuditedCalls auditedCalls) {
        this.auditedCalls = auditedCalls;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(auditedCalls).addPathPatterns("/console/**");
    }
}
