package kr.gongyu.api;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import kr.gongyu.DatabaseUnavailable;
import kr.gongyu.allocation.LotteryRefused;
import kr.gongyu.allocation.WaitlistRefused;
import kr.gongyu.api.Problems.FieldProblem;
import kr.gongyu.catalog.SiteNotShared;
import kr.gongyu.catalog.SiteOutsideArea;
import kr.gongyu.http.NotStaff;
import kr.gongyu.payment.PaymentRefused;
import kr.gongyu.reservation.ReservationRefused;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Turns every failure into {@code application/problem+json} with a stable {@code code}, a message in the
 * caller's language (Korean unless the request asks for English), and for invalid input the fields at fault.
 * A stack trace never leaves the server.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    static final String INVALID_REQUEST = "INVALID_REQUEST";

    private final MessageSource messages;
    private final Problems problems;

    ApiProblems(MessageSource messages, Problems problems) {
        this.messages = messages;
        this.problems = problems;
    }

    @ExceptionHandler
    ResponseEntity<Object> refused(ApiException refusal) {
        if (!refusal.errors().isEmpty()) {
            return invalidRequest(refusal.errors().stream()
                    .map(error -> new FieldProblem(
                            error.field(),
                            messages.getMessage(
                                    error.messageKey(), error.arguments().toArray(), locale())))
                    .toList());
        }
        if (refusal.field() != null) {
            return invalidRequest(List.of(new FieldProblem(
                    refusal.field(), messages.getMessage(refusal.code(), refusal.arguments(), locale()))));
        }
        return problem(
                refusal.status(),
                refusal.code(),
                "problem." + refusal.code() + ".detail",
                refusal.arguments(),
                List.of());
    }

    /** Someone who is no institution's staff at a console endpoint. */
    @ExceptionHandler
    ResponseEntity<Object> refused(NotStaff refusal) {
        return problem(HttpStatus.FORBIDDEN, "FORBIDDEN", "problem.FORBIDDEN.detail", null, List.of());
    }

    /** A partner opening a resource where no agreement lets it: 409, the agreement must come first. */
    @ExceptionHandler
    ResponseEntity<Object> refused(SiteNotShared refusal) {
        return problem(HttpStatus.CONFLICT, "SITE_NOT_SHARED", "problem.SITE_NOT_SHARED.detail", null, List.of());
    }

    /** A local government placing a site outside its own area: 422, the site cannot be there. */
    @ExceptionHandler
    ResponseEntity<Object> refused(SiteOutsideArea refusal) {
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "SITE_OUTSIDE_AREA",
                "problem.SITE_OUTSIDE_AREA.detail",
                null,
                List.of());
    }

    /** A booking refused by the reservation module: 409 when the time is taken, 422 when it cannot be booked. */
    @ExceptionHandler
    ResponseEntity<Object> refused(ReservationRefused refusal) {
        var status = switch (refusal.reason()) {
            case SLOT_UNAVAILABLE,
                    INVALID_STATE,
                    HOLD_EXPIRED,
                    HOLD_EXTENSIONS_EXHAUSTED,
                    IN_LOTTERY,
                    NO_DISCOUNT_CLAIMED -> HttpStatus.CONFLICT;
            case IDEMPOTENCY_KEY_REUSED,
                    OUTSIDE_OPENING_HOURS,
                    OUTSIDE_BOOKING_WINDOW,
                    CAPACITY_EXCEEDED,
                    NOT_ELIGIBLE,
                    QUOTA_EXCEEDED,
                    NOT_CHECK_IN_TIME,
                    DISCOUNT_NOT_OFFERED -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        var code = refusal.reason().name();
        return problem(status, code, "problem." + code + ".detail", null, List.of());
    }

    /** A payment request refused by the payment module; nothing was changed by it. */
    @ExceptionHandler
    ResponseEntity<Object> refused(PaymentRefused refusal) {
        var status = switch (refusal.reason()) {
            case NOT_PAYMENT_DUE, ALREADY_PAID, ORDER_CLOSED -> HttpStatus.CONFLICT;
            case AMOUNT_MISMATCH -> HttpStatus.BAD_REQUEST;
            case UNKNOWN_ORDER -> HttpStatus.NOT_FOUND;
            case METHOD_NOT_ONLINE, PAYMENT_DECLINED, REFUND_EXCEEDS_PAID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case PROVIDER_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case WEBHOOK_SIGNATURE_INVALID -> HttpStatus.UNAUTHORIZED;
        };
        var code = refusal.reason().name();
        return problem(status, code, "problem." + code + ".detail", null, List.of());
    }

    /** A lottery request refused by the allocation module: 409 when the round's state is in the way, 422 else. */
    @ExceptionHandler
    ResponseEntity<Object> refused(LotteryRefused refusal) {
        var status = switch (refusal.reason()) {
            case ALREADY_APPLIED, LOTTERY_CANCELLED, LOTTERY_DRAWN, WINDOW_OPEN -> HttpStatus.CONFLICT;
            case NOT_IN_POOL, OUTSIDE_APPLICATION_WINDOW, INVALID_CHOICES, NO_SLOTS -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        var code = refusal.reason().name();
        return problem(status, code, "problem." + code + ".detail", null, List.of());
    }

    /** A waitlist request refused: 409 when the account waits or holds the slot already, 422 for a time with no waitlist. */
    @ExceptionHandler
    ResponseEntity<Object> refused(WaitlistRefused refusal) {
        var status = switch (refusal.reason()) {
            case ALREADY_ON_WAITLIST, ALREADY_BOOKED -> HttpStatus.CONFLICT;
            case NOT_A_SLOT, SLOT_FREE, SLOT_PAST -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        var code = refusal.reason().name();
        return problem(status, code, "problem." + code + ".detail", null, List.of());
    }

    @ExceptionHandler
    @Nullable
    ResponseEntity<Object> unexpected(Exception failure) {
        if (DisconnectedClientHelper.isClientDisconnectedException(failure)) {
            return null; // the client went away mid-answer (a page left while loading): nothing to answer, no fault
        }
        if (DatabaseUnavailable.causes(failure)) {
            log.warn("The database is out of reach: {}", failure.toString());
            var answer = problem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "SERVICE_UNAVAILABLE",
                    "problem.SERVICE_UNAVAILABLE.detail",
                    null,
                    List.of());
            return ResponseEntity.status(answer.getStatusCode())
                    .headers(answer.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, "5")
                    .body(answer.getBody());
        }
        log.error("Unexpected failure answering a request", failure);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "problem.INTERNAL_ERROR.detail", null, List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalidRequest(fieldErrors(invalid.getBindingResult()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // A bound parameter object (Paging) names its own fields; a plain parameter is named by itself.
        var errors = invalid.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors bound
                        ? fieldErrors(bound).stream()
                        : result.getResolvableErrors().stream()
                                .map(error -> new FieldProblem(
                                        String.valueOf(
                                                result.getMethodParameter().getParameterName()),
                                        messages.getMessage(error, locale()))))
                .toList();
        return invalidRequest(errors);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException missing,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return invalidRequest(List.of(new FieldProblem(
                missing.getParameterName(), messages.getMessage("problem.field.required", null, locale()))));
    }

    /** An upload over the multipart limit (an import's file): the same answer as the import's own size check. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException tooLarge, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(
                HttpStatus.CONTENT_TOO_LARGE, "FILE_TOO_LARGE", "problem.FILE_TOO_LARGE.detail", null, List.of());
    }

    /** A body that is no JSON of the expected shape: 400; one that went past the API's size limit: 413. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException unreadable,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        if (request instanceof ServletWebRequest servlet && RequestGuard.bodyTooLarge(servlet.getRequest())) {
            return problem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "PAYLOAD_TOO_LARGE",
                    "problem.PAYLOAD_TOO_LARGE.detail",
                    null,
                    List.of());
        }
        return super.handleHttpMessageNotReadable(unreadable, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException mismatch, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var field = mismatch instanceof MethodArgumentTypeMismatchException argument
                ? argument.getName()
                : String.valueOf(mismatch.getPropertyName());
        return invalidRequest(List.of(new FieldProblem(field, typeMismatch(mismatch.getRequiredType()))));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception failure, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Spring's own refusals (unknown path, wrong method, unreadable body…) get our code and language too.
        var httpStatus = HttpStatus.valueOf(status.value());
        var code = switch (httpStatus) {
            case BAD_REQUEST -> INVALID_REQUEST;
            case NOT_FOUND -> "NOT_FOUND";
            default -> httpStatus.name();
        };
        var response = problem(httpStatus, code, "problem.http." + status.value(), null, List.of());
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(response.getHeaders().getContentType())
                .body(response.getBody());
    }

    private ResponseEntity<Object> invalidRequest(List<FieldProblem> errors) {
        return problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "problem.INVALID_REQUEST.detail", null, errors);
    }

    private ResponseEntity<Object> problem(
            HttpStatus status,
            String code,
            String detailKey,
            Object @Nullable [] arguments,
            List<FieldProblem> errors) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.of(status, code, detailKey, arguments, errors, locale()));
    }

    private List<FieldProblem> fieldErrors(Errors result) {
        return Stream.concat(
                        result.getFieldErrors().stream().map(this::fieldProblem),
                        result.getGlobalErrors().stream()
                                .map(error ->
                                        new FieldProblem(error.getObjectName(), messages.getMessage(error, locale()))))
                .toList();
    }

    private FieldProblem fieldProblem(FieldError error) {
        var message = error.contains(TypeMismatchException.class)
                ? typeMismatch(error.unwrap(TypeMismatchException.class).getRequiredType())
                : messages.getMessage(error, locale());
        return new FieldProblem(error.getField(), message);
    }

    private String typeMismatch(@Nullable Class<?> requiredType) {
        if (requiredType != null && requiredType.isEnum()) {
            var allowed = Stream.of(requiredType.getEnumConstants())
                    .map(String::valueOf)
                    .toList();
            return messages.getMessage("problem.field.oneOf", new Object[] {String.join(", ", allowed)}, locale());
        }
        return messages.getMessage("problem.field.malformed", null, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
