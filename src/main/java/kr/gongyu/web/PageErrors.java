package kr.gongyu.web;

import kr.gongyu.DatabaseUnavailable;
import kr.gongyu.http.NotStaff;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * The pages' failures as pages in the site's layout, never the API's JSON nor a stack trace. Ordered before the
 * API's handler, which answers everything else.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    /** Where security forwards a logged-in visitor who may not see a page (a citizen opening the console). */
    static final String FORBIDDEN = "/forbidden";

    @Controller
    static class Forbidden {

        @RequestMapping(FORBIDDEN)
        ModelAndView forbidden() {
            return page(HttpStatus.FORBIDDEN);
        }
    }

    @ExceptionHandler
    ModelAndView status(ResponseStatusException failure) {
        return page(HttpStatus.valueOf(failure.getStatusCode().value()));
    }

    /** Anyone but staff on a console page: no console at all. */
    @ExceptionHandler
    ModelAndView notStaff(NotStaff failure) {
        return page(HttpStatus.FORBIDDEN);
    }

    /** A form posted without a field it always carries: not from our page. */
    @ExceptionHandler
    ModelAndView missing(MissingServletRequestParameterException failure) {
        return page(HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler
    @Nullable
    ModelAndView unexpected(Exception failure) {
        if (DisconnectedClientHelper.isClientDisconnectedException(failure)) {
            return null; // the browser left while the page was sent: nothing to show, no fault
        }
        if (DatabaseUnavailable.causes(failure)) {
            log.warn("The database is out of reach: {}", failure.toString());
            return page(HttpStatus.SERVICE_UNAVAILABLE);
        }
        log.error("Unexpected failure showing a page", failure);
        return page(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    static ModelAndView page(HttpStatus status) {
        var page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        return page;
    }
}
