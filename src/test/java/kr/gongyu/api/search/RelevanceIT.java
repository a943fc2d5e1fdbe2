package kr.gongyu.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.catalog.Category;
import kr.gongyu.search.internal.IndexedResource;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The relevance set ({@code kr/gongyu/search/relevance.tsv}): queries people type, each with the categories and
 * regions of a right answer, scored as precision at 5 over the demo catalogue. A right answer is counted out of five,
 * or out of as many as the catalogue holds when it holds fewer. The score and each query's share are printed, with
 * the index's size, for BENCHMARKS.md.
 */
@IntegrationTest
class RelevanceIT {

    /** The score the search must keep; raise it as search improves. */
    private static final double FLOOR = 0.95;

    private static final int K = 5;

    @Autowired
    RestTestClient http;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    /** A query and what a person expects of the first five results. */
    record Judgement(String query, Set<String> categories, List<String> regions) {

        static Judgement of(String line) {
            var columns = line.split("\t");
            var categories = Arrays.stream(columns[1].split("\\|"))
                    .flatMap(term -> {
                        var selected = Category.selectedBy(term);
                        if (selected.isEmpty()) {
                            throw new IllegalArgumentException("No category " + term + " in: " + line);
                        }
                        return selected.stream();
                    })
                    .map(Category::label)
                    .collect(Collectors.toSet());
            var regions = columns[2].equals("*") ? List.of("") : List.of(columns[2].split("\\|"));
            return new Judgement(columns[0], categories, regions);
        }

        boolean right(Map<String, Object> item) {
            @SuppressWarnings("unchecked")
            var site = (Map<String, Object>) item.get("site");
            var region = (String) site.get("regionCode");
            return categories.contains((String) item.get("category"))
                    && regions.stream().anyMatch(region::startsWith);
        }
    }

    @Test
    void precisionAtFive() {
        var judgements = judgements();
        assertThat(judgements).hasSizeGreaterThanOrEqualTo(100);
        var scores = new ArrayList<Double>();
        var report = new StringBuilder();
        for (var judgement : judgements) {
            var top = items("/api/v1/resources?size=" + K + "&q=" + judgement.query());
            var right = top.stream().filter(judgement::right).count();
            var possible = Math.min(K, available(judgement));
            assertThat(possible)
                    .as("right answers in the catalogue for %s", judgement.query())
                    .isPositive();
            var score = (double) right / possible;
            scores.add(score);
            report.append("%.2f  %s  %s%n"
                    .formatted(
                            score,
                            judgement.query(),
                            top.stream().map(item -> item.get("name")).toList()));
        }
        var precision =
                scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        var size = Search.mapping(entityManagerFactory)
                .indexedEntity(IndexedResource.class)
                .indexManager()
                .unwrap(LuceneIndexManager.class)
                .computeSizeInBytes();
        System.out.printf(
                "%sRelevance: precision@%d = %.3f over %d queries; index %,d bytes%n",
                report, K, precision, judgements.size(), size);
        assertThat(precision).isGreaterThanOrEqualTo(FLOOR);
    }

    /** How many right answers the catalogue holds, up to five: by its filters, without text. */
    private long available(Judgement judgement) {
        long total = 0;
        for (var category : judgement.categories()) {
            for (var region : judgement.regions()) {
                total += (Integer) page("/api/v1/resources?size=1&category=" + category + "&region=" + region)
                        .get("total");
                if (total >= K) {
                    return total;
                }
            }
        }
        return total;
    }

    private static List<Judgement> judgements() {
        try (var in = new ClassPathResource("kr/gongyu/search/relevance.tsv").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(Judgement::of)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(String uri) {
        return (List<Map<String, Object>>) page(uri).get("items");
    }

    private Map<String, Object> page(String uri) {
        return ApiCalls.get(http, Map.of(), uri);
    }
}
