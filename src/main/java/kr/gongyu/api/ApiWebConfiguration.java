package kr.gongyu.api;

import java.util.List;
import kr.gongyu.http.AuditedCalls;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The API's additions to Spring MVC: the {@code Caller} argument and the audit of console calls. */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

    private final AuditedCalls auditedCalls;

    ApiWebConfiguration(AuditedCalls auditedCalls) {
        this.auditedCalls = auditedCalls;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(auditedCalls).addPathPatterns("/api/v1/admin/**", "/api/v1/operator/**");
    }
}
