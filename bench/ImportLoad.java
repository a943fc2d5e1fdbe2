// The import benchmark's load tool, run by the JDK as a single source file (no dependencies):
//
//   generate BASE ROWS OUT     writes ROWS rows of the national standard format (전국공공시설개방정보표준데이터) in
//                              CP949 to OUT, spread over every local government of the platform at BASE (named by
//                              제공기관명, as an operator's national file names them), from a fixed seed: the same
//                              file every time. About 1 row in 20 has swapped coordinates, 1 in 50 a blank
//                              capacity, 1 in 100 an impossible time (rejected), and times, fees and closed days
//                              are written the many ways real files write them.
//   import BASE FILE LABEL     logs in as the operator, uploads FILE to POST /api/v1/admin/imports, polls
//                              GET /api/v1/admin/imports/{id} every 200 ms until it ends, then checks that search
//                              finds what it imported; prints "LABEL_seconds S" (upload to DONE, which includes
//                              the search indexing) and the counts.
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

public class ImportLoad {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(args[1], Integer.parseInt(args[2]), Path.of(args[3]));
            case "import" -> load(args[1], Path.of(args[2]), args[3]);
            default -> throw new IllegalArgumentException("generate or import");
        }
    }

    static final String HEADER = "개방시설명,개방장소명,개방시설유형구분,소재지도로명주소,관리기관명,사용안내전화번호,평일운영시작시각,"
            + "평일운영종료시각,주말운영시작시각,주말운영종료시각,휴관일,유료사용여부,사용료,수용가능인원수,면적,부대시설정보,신청방법구분,"
            + "홈페이지주소,위도,경도,데이터기준일자,제공기관코드,제공기관명";

    static final String[] FACILITIES = {"행정복지센터", "문화센터", "청소년수련관", "시민회관", "국민체육센터", "평생학습관", "도서관", "복지관"};
    static final String[][] PLACES = {
        {"대회의실", "회의실"}, {"소회의실", "회의실"}, {"강당", "강당"}, {"다목적실", "다목적실"}, {"강의실", "강의실"},
        {"체육관", "체육시설"}, {"테니스장", "체육시설"}, {"주차장", "주차장"}, {"전시실", "전시실"}, {"세미나실", "기타"}
    };
    static final String[] CLOSED = {"매주 월요일", "매주 일요일, 공휴일", "매월 첫째·셋째 주 화요일", "연중무휴", "1월 1일, 설날·추석 당일", ""};
    static final String[] FEES = {"무료", "1시간당 10,000원", "실비", "1일 5만원", "회당 20,000원", "10,000원/시간"};

    static void generate(String base, int rows, Path out) throws Exception {
        var institutions = new ArrayList<String>();
        for (int page = 0; ; page++) {
            var body = get(base + "/api/v1/institutions?kind=LOCAL&size=100&page=" + page);
            var names = Pattern.compile("\"name\":\"([^\"]+)\"").matcher(body);
            var before = institutions.size();
            while (names.find()) {
                institutions.add(names.group(1));
            }
            if (institutions.size() == before) {
                break;
            }
        }
        var random = new Random(20181223);
        var text = new StringBuilder(HEADER).append("\r\n");
        for (int n = 0; n < rows; n++) {
            var institution = institutions.get(n % institutions.size());
            var facility = institution.substring(institution.lastIndexOf(' ') + 1) + " 벤치" + (n / PLACES.length) + " "
                    + FACILITIES[n % FACILITIES.length];
            var place = PLACES[n % PLACES.length];
            var address = institution + " 표준로 " + (n / PLACES.length + 1);
            double lat = 34.5 + random.nextDouble() * 3.3;
            double lng = 126.6 + random.nextDouble() * 2.6;
            var swap = random.nextInt(20) == 0;
            var capacity = random.nextInt(50) == 0 ? "" : (10 + random.nextInt(300)) + (random.nextBoolean() ? "명" : "");
            var open = switch (random.nextInt(4)) {
                case 0 -> "09:00";
                case 1 -> "0900";
                case 2 -> "9시";
                default -> "9:00";
            };
            var close = random.nextInt(100) == 0 ? "25:00" : random.nextBoolean() ? "22:00" : "18시";
            var fee = FEES[random.nextInt(FEES.length)];
            var weekend = random.nextBoolean();
            text.append(String.join(
                            ",",
                            facility,
                            place[0],
                            place[1],
                            address,
                            institution,
                            "02-123-" + String.format(Locale.ROOT, "%04d", n % 10_000),
                            open,
                            close,
                            weekend ? "10:00" : "",
                            weekend ? "17:00" : "",
                            "\"" + CLOSED[random.nextInt(CLOSED.length)] + "\"",
                            fee.equals("무료") ? "N" : "Y",
                            "\"" + fee + "\"",
                            capacity,
                            String.valueOf(30 + random.nextInt(500)),
                            "\"주차장,냉난방,음향장비\"",
                            random.nextBoolean() ? "온라인신청" : "방문신청",
                            "https://www.example.go.kr",
                            String.format(Locale.ROOT, "%.6f", swap ? lng : lat),
                            String.format(Locale.ROOT, "%.6f", swap ? lat : lng),
                            "2026-11-01",
                            "",
                            institution))
                    .append("\r\n");
        }
        Files.write(out, text.toString().getBytes(Charset.forName("x-windows-949")));
        System.out.println("generated " + rows + " rows for " + institutions.size() + " institutions, "
                + Files.size(out) / 1024 + " KiB (CP949)");
    }

    static void load(String base, Path file, String label) throws Exception {
        var login = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"operator\",\"password\":\"gongyu-demo\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var token = "Bearer " + field(login.body(), "token");
        var boundary = "gongyu-bench-boundary";
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"national.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var started = System.nanoTime();
        var accepted = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/imports"))
                        .header("Authorization", token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("upload: " + accepted.statusCode() + " " + accepted.body());
        }
        var acceptedSeconds = (System.nanoTime() - started) / 1e9;
        var id = field(accepted.body(), "id");
        String report;
        while (true) {
            report = HTTP.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/imports/" + id))
                                    .header("Authorization", token)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            if (!field(report, "status").equals("RUNNING")) {
                break;
            }
            Thread.sleep(200);
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        var found = field(get(base + "/api/v1/resources?size=1&q=" + URLEncoder.encode("벤치", StandardCharsets.UTF_8)), "total");
        System.out.printf(Locale.ROOT, "%s_seconds %.2f (202 after %.2f s)%n", label, seconds, acceptedSeconds);
        System.out.printf(
                "%s status=%s total=%s imported=%s created=%s updated=%s rejected=%s errors=%d warnings=%d searchable_bench_resources=%s%n",
                label,
                field(report, "status"),
                number(report, "total"),
                number(report, "imported"),
                number(report, "created"),
                number(report, "updated"),
                number(report, "rejected"),
                count(report, "errors"),
                count(report, "warnings"),
                found);
        if (!field(report, "status").equals("DONE")) {
            throw new IllegalStateException(label + ": the import ended " + field(report, "status") + ": " + report);
        }
    }

    static String get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    static String field(String json, String name) {
        var matcher = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        return matcher.find() ? matcher.group(1) : "";
    }

    static String number(String json, String name) {
        return field(json, name);
    }

    /** Problems in one list of the report: each has a "row". */
    static int count(String json, String list) {
        var start = json.indexOf("\"" + list + "\":[");
        if (start < 0) {
            return 0;
        }
        var end = json.indexOf("]", start);
        var matcher = Pattern.compile("\"row\":").matcher(json.substring(start, end));
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
