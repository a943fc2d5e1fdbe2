package kr.gongyu.api.admin;

import static kr.gongyu.ApiCalls.JSON;
import static kr.gongyu.ApiCalls.token;
import static kr.gongyu.StandardFiles.csv;
import static kr.gongyu.StandardFiles.imported;
import static kr.gongyu.StandardFiles.row;
import static kr.gongyu.StandardFiles.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.StandardFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The import of the national standard format over HTTP: the report, re-import, whole-file refusals, operators. */
@IntegrationTest
class ImportApiIT {

    private static final Charset CP949 = Charset.forName("x-windows-949");
    private static final String YEONGDEUNGPO = "서울특별시 영등포구";

    @Autowired
    RestTestClient http;

    @Test
    void aCp949FileWithBadRowsImportsItsGoodRowsAndReportsEachBadOne() {
        var staff = token(http, "staff-yeongdeungpo");
        var good = with(
                Map.of(),
                "개방시설명",
                "여의도 가져오기센터",
                "개방장소명",
                "대회의실",
                "소재지도로명주소",
                "서울특별시 영등포구 여의대로 1",
                "평일운영종료시각",
                "2200",
                "주말운영시작시각",
                "9시",
                "주말운영종료시각",
                "18시",
                "휴관일",
                "매주 월요일, 1월 1일",
                "유료사용여부",
                "Y",
                "사용료",
                "1시간당 10,000원",
                "위도",
                "37.5219",
                "경도",
                "126.9245");
        var rows = List.of(
                row(with(good, "제공기관명", YEONGDEUNGPO)),
                row(with(good, "개방장소명", "소회의실", "위도", "126.9245", "경도", "37.5219", "사용료", "실비")),
                row(with(good, "개방시설명", "", "개방장소명", "이름없는방")),
                row(with(good, "개방장소명", "불가능한시각실", "평일운영종료시각", "25:00")),
                row(with(good, "개방장소명", "지구밖실", "위도", "537.5", "경도", "926.9")),
                row(with(good, "개방장소명", "음수실", "수용가능인원수", "-5")),
                row(with(good, "수용가능인원수", "40명", "제공기관명", YEONGDEUNGPO)),
                row(with(
                        good,
                        "개방장소명",
                        "세미나실 \"A\"",
                        "부대시설정보",
                        "빔프로젝터,\n음향장비",
                        "평일운영시작시각",
                        "09:00~18:00",
                        "평일운영종료시각",
                        "")),
                row(with(good, "개방장소명", "남의방", "제공기관명", "경기도 수원시")),
                row(with(good, "개방장소명", "부산분실", "소재지도로명주소", "부산광역시 중구 중앙대로 100", "위도", "35.1", "경도", "129.03")));
        var file = rowsWithPaddedHeader(rows).getBytes(CP949);

        var report = imported(http, staff, file);

        assertThat(report)
                .containsEntry("status", "DONE")
                .containsEntry("encoding", "CP949")
                .containsEntry("total", 10)
                .containsEntry("processed", 10)
                .containsEntry("imported", 4)
                .containsEntry("created", 3)
                .containsEntry("updated", 1)
                .containsEntry("rejected", 6);
        assertThat(problems(report, "errors"))
                .extracting(p -> p.get("row"), p -> p.get("column"))
                .containsExactly(
                        tuple(4, "개방시설명"),
                        tuple(5, "평일운영종료시각"),
                        tuple(6, "위도"),
                        tuple(7, "수용가능인원수"),
                        tuple(10, "제공기관명"),
                        tuple(11, "소재지도로명주소"));
        assertThat(problems(report, "warnings"))
                .extracting(p -> p.get("row"), p -> p.get("column"))
                .contains(tuple(3, "위도"), tuple(8, null));

        var hall = details(resourceId("여의도 가져오기센터 대회의실"));
        assertThat(hall)
                .containsEntry("category", "회의실")
                .containsEntry("capacity", 40)
                .containsEntry("free", false)
                .containsEntry(
                        "fee",
                        Map.of(
                                "amount", 10000,
                                "per", "HOUR",
                                "nightPercent", 0,
                                "weekendPercent", 0,
                                "holidayPercent", 0,
                                "deposit", 0));
        @SuppressWarnings("unchecked")
        var rules = (Map<String, Object>) hall.get("openingRules");
        assertThat(rules.get("weekly").toString())
                .contains("open=09:00, close=22:00")
                .contains("open=09:00, close=18:00");
        assertThat(rules.get("closedDays").toString()).contains("매주 월요일", "1월 1일");
        var swapped = details(resourceId("여의도 가져오기센터 소회의실"));
        @SuppressWarnings("unchecked")
        var site = (Map<String, Object>) swapped.get("site");
        assertThat((Double) site.get("lat")).isEqualTo(37.5219);
        assertThat(swapped).containsEntry("free", false);
        assertThat(swapped.get("fee")).isNull();
        var seminar = details(resourceId("여의도 가져오기센터 세미나실 \"A\""));
        assertThat(seminar.get("amenities").toString()).contains("빔프로젝터", "음향장비");
        assertThat(search("남의방")).isEmpty();
        assertThat(search("불가능한시각실")).isEmpty();
        assertThat(search("부산분실"))
                .as("a local government's sites lie in its own area")
                .isEmpty();
    }

    @Test
    void reImportingTheSameFileUpdatesRatherThanDuplicates() {
        var staff = token(http, "staff-yeongdeungpo");
        var rows = new ArrayList<List<String>>();
        for (var place : List.of("다시올리기 강당", "다시올리기 체육관")) {
            rows.add(row(Map.of(
                    "개방시설명", "당산 재가져오기관",
                    "개방장소명", place,
                    "개방시설유형구분", "기타",
                    "소재지도로명주소", "서울 영등포구 당산로 123",
                    "위도", "37.5340",
                    "경도", "126.8990")));
        }
        var bom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        var first = imported(http, staff, concat(bom, csv(rows, StandardCharsets.UTF_8)));
        assertThat(first)
                .containsEntry("encoding", "UTF-8")
                .containsEntry("created", 2)
                .containsEntry("updated", 0);
        assertThat(search("재가져오기관")).hasSize(2);

        var changed = new ArrayList<List<String>>();
        for (var cells : rows) {
            var copy = new ArrayList<>(cells);
            copy.set(StandardFiles.HEADER.indexOf("수용가능인원수"), "75");
            // The same facility written with other spacing is the same row.
            copy.set(StandardFiles.HEADER.indexOf("소재지도로명주소"), "서울  영등포구 당산로 123 ");
            changed.add(copy);
        }
        var second = imported(http, staff, csv(changed, StandardCharsets.UTF_8));
        assertThat(second)
                .containsEntry("status", "DONE")
                .containsEntry("created", 0)
                .containsEntry("updated", 2)
                .containsEntry("imported", 2);
        var found = search("재가져오기관");
        assertThat(found)
                .hasSize(2)
                .allSatisfy(item -> assertThat(item.get("capacity")).isEqualTo(75));
        assertThat(found).extracting(item -> item.get("category")).containsExactlyInAnyOrder("강당", "체육관");
        @SuppressWarnings("unchecked")
        var site = (Map<String, Object>) found.getFirst().get("site");
        assertThat(site).containsEntry("regionCode", "11560");
    }

    @Test
    void aFileThatIsNotAStandardCsvIsRefusedAtOnceAndNothingIsImported() {
        var staff = token(http, "staff-yeongdeungpo");
        refused(staff, new byte[0], HttpStatus.BAD_REQUEST, "EMPTY_FILE");
        refused(staff, "\r\n  \r\n".getBytes(StandardCharsets.UTF_8), HttpStatus.BAD_REQUEST, "EMPTY_FILE");
        var garbage = new byte[1024 * 1024];
        new Random(8).nextBytes(garbage);
        refused(staff, garbage, HttpStatus.BAD_REQUEST, "NOT_A_CSV");
        refused(
                staff,
                "PK\u0003\u0004xl/workbook.xml".getBytes(StandardCharsets.ISO_8859_1),
                HttpStatus.BAD_REQUEST,
                "NOT_A_CSV");
        refused(staff, csv(List.of(), StandardCharsets.UTF_8), HttpStatus.BAD_REQUEST, "NO_DATA_ROWS");
        var wrong = refused(
                staff,
                "시설이름,주소,전화\r\n없는 시설 가져오기,서울,02-1234-5678\r\n".getBytes(CP949),
                HttpStatus.BAD_REQUEST,
                "WRONG_COLUMNS");
        assertThat((String) wrong.get("detail")).contains("개방시설명", "위도");
        var unclosed = csv(
                List.of(row(Map.of(
                        "개방시설명", "닫히지않은따옴표관",
                        "소재지도로명주소", "서울특별시 영등포구 국회대로 1",
                        "위도", "37.53",
                        "경도", "126.91"))),
                StandardCharsets.UTF_8);
        refused(
                staff,
                concat(unclosed, "\"열린 따옴표,서울\r\n".getBytes(StandardCharsets.UTF_8)),
                HttpStatus.BAD_REQUEST,
                "MALFORMED_CSV");
        var huge = new byte[50 * 1024 * 1024];
        new Random(50).nextBytes(huge);
        refused(staff, huge, HttpStatus.CONTENT_TOO_LARGE, "FILE_TOO_LARGE");
        var notMultipart = http.post()
                .uri("/api/v1/admin/imports")
                .header("Authorization", staff)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("file", "x"))
                .exchange()
                .returnResult()
                .getStatus();
        assertThat(notMultipart.is4xxClientError()).isTrue();

        assertThat(search("닫히지않은따옴표관")).isEmpty();
        assertThat(search("없는 시설 가져오기")).isEmpty();
    }

    @Test
    void anOperatorImportsOneFileForManyInstitutionsWhichStaffCannotSee() {
        var operator = token(http, "operator");
        var file = csv(
                List.of(
                        row(Map.of(
                                "개방시설명", "운영자 일괄관",
                                "개방장소명", "영등포 코드방",
                                "소재지도로명주소", "서울특별시 영등포구 선유로 1",
                                "위도", "37.52",
                                "경도", "126.89",
                                "제공기관코드", "L11560")),
                        row(Map.of(
                                "개방시설명", "운영자 일괄관",
                                "개방장소명", "봉화 이름방",
                                "소재지도로명주소", "경상북도 봉화군 봉화읍 내성로 1",
                                "위도", "36.89",
                                "경도", "128.73",
                                "제공기관명", "경상북도  봉화군")),
                        row(Map.of(
                                "개방시설명", "운영자 일괄관",
                                "개방장소명", "없는기관방",
                                "소재지도로명주소", "서울특별시 중구 세종대로 110",
                                "위도", "37.56",
                                "경도", "126.97",
                                "제공기관명", "없는 기관")),
                        row(Map.of(
                                "개방시설명", "운영자 일괄관",
                                "개방장소명", "기관없는방",
                                "소재지도로명주소", "서울특별시 중구 세종대로 110",
                                "위도", "37.56",
                                "경도", "126.97"))),
                StandardCharsets.UTF_8);
        var started = upload(http, operator, file, "national.csv")
                .expectStatus()
                .isAccepted()
                .expectHeader()
                .valueMatches("Location", "/api/v1/admin/imports/\\d+")
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        var report = StandardFiles.awaitEnd(http, operator, (String) started.get("id"));
        assertThat(report).containsEntry("imported", 2).containsEntry("rejected", 2);
        assertThat(problems(report, "errors"))
                .extracting(p -> p.get("row"), p -> p.get("column"))
                .containsExactly(tuple(4, "제공기관명"), tuple(5, "제공기관명"));
        assertThat(institutionOf("운영자 일괄관 영등포 코드방")).isEqualTo(YEONGDEUNGPO);
        assertThat(institutionOf("운영자 일괄관 봉화 이름방")).isEqualTo("경상북도 봉화군");

        for (var staff : List.of("staff-yeongdeungpo", "staff-bonghwa")) {
            http.get()
                    .uri("/api/v1/admin/imports/{id}", started.get("id"))
                    .header("Authorization", token(http, staff))
                    .exchange()
                    .expectStatus()
                    .isNotFound();
        }
        var citizen = http.get()
                .uri("/api/v1/admin/imports/{id}", started.get("id"))
                .header("Authorization", token(http, "citizen0001"))
                .exchange()
                .returnResult()
                .getStatus();
        assertThat(citizen.value()).isEqualTo(403);
    }

    private Map<String, Object> refused(String staff, byte[] content, HttpStatus status, String code) {
        var problem = upload(http, staff, content, "file.csv")
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(problem).as(code).containsEntry("code", code);
        return problem;
    }

    /** The header with spaces around and inside its names, as hand-edited files have. */
    private static String rowsWithPaddedHeader(List<List<String>> rows) {
        var header = StandardFiles.HEADER.stream()
                .map(column -> column.equals("평일운영시작시각") ? " 평일 운영 시작 시각 " : column)
                .toList();
        return csv(header, rows);
    }

    private static Map<String, String> with(Map<String, String> base, String... changes) {
        var copy = new HashMap<>(base);
        for (int i = 0; i < changes.length; i += 2) {
            copy.put(changes[i], changes[i + 1]);
        }
        return copy;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        var both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> problems(Map<String, Object> report, String kind) {
        return (List<Map<String, Object>>) report.get(kind);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> search(String text) {
        var page = ApiCalls.get(http, Map.of(), "/api/v1/resources?q={q}&size=100", text);
        return ((List<Map<String, Object>>) page.get("items"))
                .stream()
                        .filter(item -> ((String) item.get("name")).contains(text))
                        .toList();
    }

    private String resourceId(String name) {
        return ApiCalls.resourceNamed(http, name);
    }

    private Map<String, Object> details(String id) {
        return http.get()
                .uri("/api/v1/resources/{id}", id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private String institutionOf(String name) {
        var institution = (Map<String, Object>) details(resourceId(name)).get("institution");
        return (String) institution.get("name");
    }
}
