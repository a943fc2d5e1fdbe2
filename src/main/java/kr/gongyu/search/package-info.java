/**
 * Search over the published catalogue.
 *
 * <h2>Read model and index</h2>
 * The catalogue's resources, sites and institutions are flattened into one row per published resource
 * ({@code resource_search}), which Hibernate Search indexes (Lucene under {@code ./data/index} by default).
 * The catalogue's events keep it current once each change commits; a rebuild copies the whole catalogue and
 * mass-indexes it, at start-up when the index does not match and when an operator asks. A page of results is
 * read from the index's stored fields ({@link kr.gongyu.search.internal.IndexedSummary}), not the database.
 *
 * <h2>Backends</h2>
 * Lucene, embedded, by default. The {@code elasticsearch} profile ({@code application-elasticsearch.yml}) puts
 * the same mapping on Elasticsearch or OpenSearch with its Nori plugin, for several nodes sharing one index:
 * {@link kr.gongyu.search.internal.KoreanAnalysisOnElasticsearch} defines the same analyzers under the same
 * names from the server's components, and the queries use nothing that one backend alone has. The index
 * settings raise the server's result window to the availability filter's candidates.
 * {@code SearchBackendsTest} starts both without a server and checks the analysis and what would be created.
 *
 * <h2>Korean text</h2>
 * See {@link kr.gongyu.search.internal.KoreanAnalysis}: Nori, compounds indexed whole and in parts, queries
 * in parts that must all match, a dictionary of facility and place names.
 *
 * <h2>The availability filter</h2>
 * "Free on this date, from 19:00 to 21:00" depends on opening rules, holidays, blocks, volunteer shifts and
 * bookings, which change every second at a release; putting it in the index would mean re-indexing a
 * resource at each booking. Instead the index narrows the catalogue by every other criterion, and
 * {@link kr.gongyu.search.internal.FreeTime} answers for each match (read from the index as its id alone) from
 * each resource's free time per day stored in the database ({@code free_day}); a node keeps the days it has read,
 * and a search reads only the matches' versions (one statement) and the days it does not keep at those versions;
 * the index then counts, facets and pages the free ones, the same query narrowed to their ids. A day is stored
 * whatever the time, with its booking window, which is applied as it is read. A stored day is used only while its
 * version is its resource's current one, and every transaction that changes a resource's free time (a booking,
 * cancellation, expiry or no-show, rules, blocks, shifts, agreements, the resource, a holiday) raises that
 * version just before it commits; a day computed from what was read before such a commit is stored with the
 * version before it, so it is never used. So a search on any node sees a booking as soon as it has committed,
 * and the days outlive a restart. A recurring job computes the coming days of every published resource ahead of
 * search ({@code gongyu.search.free-days.*}), looking again only after the versions changed; a day it has not
 * reached yet is computed by the search that asks,
 * a few queries for each thousand resources, and stored. The matches looked at are capped
 * ({@code ResourceSearch.MAX_WINDOW_CANDIDATES}).
 */
@ApplicationModule(displayName = "Search")
@NullMarked
package kr.gongyu.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
