package kr.gongyu.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of the pages: Korean first, English on request. {@code ?lang=en} (or {@code ko}) on any page
 * switches and a cookie remembers the choice. The API keeps answering in the language its caller's
 * {@code Accept-Language} asks for, Korean when it asks for none.
 */
@Configuration(proxyBeanMethods = false)
class PageLocale implements WebMvcConfigurer {

    static final String PARAMETER = "lang";
    private static final Set<String> LANGUAGES = Set.of("ko", "en");

    private final CookieLocaleResolver resolver = new CookieLocaleResolver("gongyu-lang");

    PageLocale() {
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(PageLocale::defaultLocale);
    }

    @Bean
    LocaleResolver localeResolver() {
        return resolver;
    }

    private static Locale defaultLocale(HttpServletRequest request) {
        var asked = request.getHeader("Accept-Language");
        if (request.getRequestURI().startsWith("/api/") && asked != null && !asked.isBlank()) {
            return request.getLocale();
        }
        return Locale.KOREAN;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        var language = request.getParameter(PARAMETER);
                        if (language != null && LANGUAGES.contains(language)) {
                            resolver.setLocale(request, response, Locale.of(language));
                        }
                        return true;
                    }
                })
                .excludePathPatterns("/api/**");
    }
}
