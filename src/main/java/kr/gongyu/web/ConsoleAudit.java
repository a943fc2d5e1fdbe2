package kr.gongyu.web;

import kr.gongyu.identity.AuditedRequests;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every request of the console pages is a staff action or a read of bookers' data: all go to the audit log. */
@Configuration(proxyBeanMethods = false)
class ConsoleAudit implements WebMvcConfigurer {

    private final AuditedRequests audited;

    ConsoleAudit(AuditedRequests audited) {
        this.audited = audited;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(audited).addPathPatterns("/console/**");
    }
}
