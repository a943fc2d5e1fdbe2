package kr.gongyu.http;

import java.util.List;
import kr.gongyu.identity.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives a controller method its {@link StaffScope}, once per request, from the signed-in account. The security
 * chains let only staff reach the console's paths; should anyone else slip through, they are refused.
 */
@Configuration(proxyBeanMethods = false)
class StaffScopeResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == StaffScope.class;
    }

    @Override
    public StaffScope resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer container,
            NativeWebRequest request,
            @Nullable WebDataBinderFactory binders) {
        return Caller.of(SecurityContextHolder.getContext().getAuthentication())
                .flatMap(StaffScope::of)
                .orElseThrow(NotStaff::new);
    }
}
