package kr.gongyu.api.operator;

import java.net.URI;
import kr.gongyu.search.SearchIndex;
import kr.gongyu.search.SearchIndexProgress;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's command to rebuild the search index from the catalogue, and its progress. A rebuild asked
 * for while one runs joins it.
 */
@RestController
@RequestMapping(path = "/api/v1/operator/search-index", produces = MediaType.APPLICATION_JSON_VALUE)
class SearchIndexController {

    private final SearchIndex index;

    SearchIndexController(SearchIndex index) {
        this.index = index;
    }

    @PostMapping("/rebuild")
    ResponseEntity<SearchIndexProgress> rebuild() {
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/operator/search-index"))
                .body(index.rebuild());
    }

    @GetMapping
    SearchIndexProgress progress() {
        return index.progress();
    }
}
