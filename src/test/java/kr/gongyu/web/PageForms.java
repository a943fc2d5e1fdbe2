package kr.gongyu.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.MultiValueMap;

/** Test fixture: a page's form posted over HTTP with a session's cookie, as a browser without script would. */
final class PageForms {

    private PageForms() {}

    /** Posts the form (its {@code _csrf} included by the caller) and expects the redirect that answers it. */
    static EntityExchangeResult<String> submit(
            RestTestClient http, String sessionCookie, String path, MultiValueMap<String, String> form) {
        return http.post()
                .uri(path)
                .header(HttpHeaders.COOKIE, sessionCookie)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .exchange()
                .expectStatus()
                .isFound()
                .returnResult(String.class);
    }
}
