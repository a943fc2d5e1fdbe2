package kr.gongyu.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Requests malformed below what {@link RequestGuard} sees: a JSON string holding a NUL character (which PostgreSQL
 * cannot store) is an unreadable body, 400; and a request the server refuses while reading it (a header with a
 * NUL or another forbidden character) gets problem+json like every other refusal, not the server's HTML page.
 */
@Configuration(proxyBeanMethods = false)
class MalformedRequests {

    @Bean
    JacksonModule noNulInStrings() {
        return new SimpleModule("no-nul-in-strings").addDeserializer(String.class, new NoNulStrings());
    }

    /** Tomcat's own error report, for what it refuses before the application: problem+json in Korean or English. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports(
            MessageSource messages, JsonMapper json) {
        return factory -> factory.addContextCustomizers(
                context -> context.getParent().getPipeline().addValve(new ProblemReports(messages, json)));
    }

    private static final class NoNulStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            var text = super.deserialize(parser, context);
            if (text != null && text.indexOf(0) >= 0) {
                return (String) context.handleWeirdStringValue(String.class, text, "a NUL character is not allowed");
            }
            return text;
        }
    }

    /** Added after Spring Boot's own report valve, so it answers first, whenever the application did not. */
    static final class ProblemReports extends ErrorReportValve {

        private final MessageSource messages;
        private final JsonMapper json;

        ProblemReports(MessageSource messages, JsonMapper json) {
            this.messages = messages;
            this.json = json;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, @Nullable Throwable failure) {
            var status = HttpStatus.resolve(response.getStatus());
            if (status == null
                    || !status.isError()
                    || response.getContentWritten() > 0
                    || !response.setErrorReported()) {
                return;
            }
            var code = switch (status) {
                case BAD_REQUEST -> ApiProblems.INVALID_REQUEST;
                default -> status.name();
            };
            var locale = english(request) ? Locale.ENGLISH : Locale.KOREAN;
            var body = new LinkedHashMap<String, Object>();
            body.put(
                    "type",
                    "urn:problem:gongyu:" + code.toLowerCase(Locale.ROOT).replace('_', '-'));
            body.put(
                    "title", messages.getMessage("problem." + code + ".title", null, status.getReasonPhrase(), locale));
            body.put("status", status.value());
            body.put(
                    "detail",
                    messages.getMessage("problem.http." + status.value(), null, status.getReasonPhrase(), locale));
            body.put("code", code);
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                var writer = response.getReporter();
                if (writer != null) {
                    writer.write(json.writeValueAsString(body));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException gone) {
                // the client is gone or the answer was already sent: nothing more to say
            }
        }

        private static boolean english(Request request) {
            try {
                var accepted = request.getHeader("Accept-Language");
                return accepted != null && accepted.toLowerCase(Locale.ROOT).startsWith("en");
            } catch (RuntimeException unreadable) {
                return false;
            }
        }
    }
}
