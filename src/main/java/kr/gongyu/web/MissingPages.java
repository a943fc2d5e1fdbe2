package kr.gongyu.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address that names no page (a mistyped link, an old bookmark) gets the site's not-found page. Such an
 * address reaches no controller, so neither the pages' nor the API's exception handlers are chosen by where it
 * was handled; the path decides instead: everything under {@code /api/} stays the API's, answered in
 * problem+json by its own handler.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MissingPages implements HandlerExceptionResolver {

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception failure) {
        if (!(failure instanceof NoResourceFoundException)
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return PageErrors.page(HttpStatus.NOT_FOUND);
    }
}
