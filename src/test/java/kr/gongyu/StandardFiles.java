package kr.gongyu;

import static kr.gongyu.ApiCalls.JSON;
import static org.awaitility.Awaitility.await;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

/** Test fixture: files in the national standard format, and uploading them to the import API. */
public final class StandardFiles {

    /** The standard's columns in its own order. */
    public static final List<String> HEADER = List.of(
            "개방시설명",
            "개방장소명",
            "개방시설유형구분",
            "소재지도로명주소",
            "관리기관명",
            "사용안내전화번호",
            "평일운영시작시각",
            "평일운영종료시각",
            "주말운영시작시각",
            "주말운영종료시각",
            "휴관일",
            "유료사용여부",
            "사용료",
            "수용가능인원수",
            "면적",
            "부대시설정보",
            "신청방법구분",
            "홈페이지주소",
            "위도",
            "경도",
            "데이터기준일자",
            "제공기관코드",
            "제공기관명");

    private StandardFiles() {}

    /** A row of the standard with the usual values, changed by {@code with} (column label → value). */
    public static List<String> row(Map<String, String> with) {
        var defaults = Map.ofEntries(
                Map.entry("개방시설유형구분", "회의실"),
                Map.entry("평일운영시작시각", "09:00"),
                Map.entry("평일운영종료시각", "18:00"),
                Map.entry("휴관일", "매주 일요일"),
                Map.entry("유료사용여부", "N"),
                Map.entry("사용료", "무료"),
                Map.entry("수용가능인원수", "20"),
                Map.entry("신청방법구분", "온라인신청"),
                Map.entry("데이터기준일자", "2026-11-01"));
        var cells = new ArrayList<String>();
        for (var column : HEADER) {
            cells.add(with.getOrDefault(column, defaults.getOrDefault(column, "")));
        }
        return cells;
    }

    /** CSV text of the rows, quoting what needs it, lines ending in CRLF as spreadsheets write them. */
    public static String csv(List<String> header, List<List<String>> rows) {
        var text = new StringBuilder();
        var all = new ArrayList<List<String>>();
        all.add(header);
        all.addAll(rows);
        for (var row : all) {
            text.append(String.join(",", row.stream().map(StandardFiles::quoted).toList()))
                    .append("\r\n");
        }
        return text.toString();
    }

    public static byte[] csv(List<List<String>> rows, Charset charset) {
        return csv(HEADER, rows).getBytes(charset);
    }

    private static String quoted(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    /** POSTs the file as multipart field {@code file}, and returns the exchange to check. */
    public static RestTestClient.ResponseSpec upload(RestTestClient http, String auth, byte[] content, String name) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        headers.setContentDisposition(
                ContentDisposition.formData().name("file").filename(name).build());
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new HttpEntity<>(content, headers));
        return http.post()
                .uri("/api/v1/admin/imports")
                .header("Authorization", auth)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(body)
                .exchange();
    }

    /** Uploads the file, expects 202, and waits until the import has ended; its report. */
    public static Map<String, Object> imported(RestTestClient http, String auth, byte[] content) {
        var started = upload(http, auth, content, "facilities.csv")
                .expectStatus()
                .isAccepted()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        return awaitEnd(http, auth, (String) started.get("id"));
    }

    public static Map<String, Object> awaitEnd(RestTestClient http, String auth, String id) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> ApiCalls.get(http, "/api/v1/admin/imports/" + id, auth),
                        report -> !"RUNNING".equals(report.get("status")));
    }
}
