package kr.gongyu.reservation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import kr.gongyu.InvalidInput;
import kr.gongyu.InvalidInput.Mistake;
import kr.gongyu.MultiRowInsert;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.institution.InstitutionId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fee exemptions (감면) institutions offer: their terms, the defaults of all their resources, and the terms of
 * a resource that has its own. A resource's own terms replace the institution's whole, so that staff read on one
 * page exactly what a booker of it may claim.
 */
@Service
public class Discounts {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    Discounts(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** One category as staff wrote it, before it is checked. */
    public record WrittenDiscount(
            @Nullable String code,
            @Nullable String name,
            @Nullable Integer percent,
            boolean evidenceRequired) {}

    /**
     * The terms staff wrote, checked: every mistake named by its field ({@code discounts[1].percent}), or the terms.
     *
     * @throws InvalidInput with every mistake found
     */
    public static DiscountTerms written(boolean combine, List<WrittenDiscount> written) {
        var mistakes = new ArrayList<Mistake>();
        var discounts = new ArrayList<Discount>();
        var codes = new HashSet<String>();
        for (int n = 0; n < written.size(); n++) {
            var row = written.get(n);
            var field = "discounts[" + n + "].";
            var code = row.code() == null ? "" : row.code().strip();
            var name = row.name() == null || row.name().isBlank()
                    ? null
                    : row.name().strip();
            var before = mistakes.size();
            if (!Discount.CODE.matcher(code).matches()) {
                mistakes.add(new Mistake(field + "category", "mistake.discount.code"));
            } else if (!codes.add(code)) {
                mistakes.add(new Mistake(field + "category", "mistake.discount.twice"));
            } else if (name == null && !DiscountCategory.isStandard(code)) {
                mistakes.add(new Mistake(field + "name", "mistake.discount.name"));
            }
            if (name != null && name.length() > 100) {
                mistakes.add(new Mistake(field + "name", "mistake.discount.nameLength"));
            }
            if (row.percent() == null || row.percent() < 1 || row.percent() > 100) {
                mistakes.add(new Mistake(field + "percent", "mistake.discount.percent"));
            }
            if (mistakes.size() == before) {
                discounts.add(new Discount(code, name, row.percent(), row.evidenceRequired()));
            }
        }
        if (!mistakes.isEmpty()) {
            throw new InvalidInput(mistakes);
        }
        return new DiscountTerms(combine, discounts, false);
    }

    /** The institution's terms: none until its staff write some. */
    @Transactional(readOnly = true)
    public DiscountTerms ofInstitution(InstitutionId institution) {
        return terms("institution", institution.value(), false).orElse(DiscountTerms.NONE);
    }

    /** What a booker of the resource may claim: its own terms, or else its institution's. */
    @Transactional(readOnly = true)
    public DiscountTerms ofResource(ResourceId resource) {
        var own = terms("resource", resource.value(), false);
        if (own.isPresent()) {
            return own.get();
        }
        return institutionOf(resource)
                .flatMap(institution -> terms("institution", institution, true))
                .orElse(DiscountTerms.NONE);
    }

    /** The terms of one of the institution's resources; empty if it has no such resource. */
    @Transactional(readOnly = true)
    public Optional<DiscountTerms> ofResource(InstitutionId institution, ResourceId resource) {
        return owned(institution, resource).map(this::ofResource);
    }

    /** Replaces the institution's terms, the defaults of its resources without their own. */
    @Transactional
    public DiscountTerms replace(InstitutionId institution, DiscountTerms terms) {
        // Two staff saving at once: the second waits, then replaces the first's terms whole.
        jdbc.sql("select id from institution where id = :id for update")
                .param("id", institution.value())
                .query(Long.class)
                .single();
        write("institution", institution.value(), terms);
        return ofInstitution(institution);
    }

    /** Gives one of the institution's resources terms of its own; empty if it has no such resource. */
    @Transactional
    public Optional<DiscountTerms> replace(InstitutionId institution, ResourceId resource, DiscountTerms terms) {
        return lockOwned(institution, resource).map(id -> {
            write("resource", id, terms);
            return ofResource(resource);
        });
    }

    /** The resource takes its institution's terms again; empty if the institution has no such resource. */
    @Transactional
    public Optional<DiscountTerms> inherit(InstitutionId institution, ResourceId resource) {
        return lockOwned(institution, resource).map(id -> {
            jdbc.sql("delete from resource_discount_terms where resource_id = :id")
                    .param("id", id)
                    .update();
            return ofResource(resource);
        });
    }

    /** {@code owner}: institution or resource, the prefix of its two tables. */
    private void write(String owner, long id, DiscountTerms terms) {
        jdbc.sql("delete from " + owner + "_discount_terms where " + owner + "_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("insert into " + owner + "_discount_terms (" + owner + "_id, combine) values (:id, :combine)")
                .param("id", id)
                .param("combine", terms.combine())
                .update();
        var rows = new ArrayList<Object[]>();
        for (var discount : terms.discounts()) {
            rows.add(new Object[] {
                id, rows.size(), discount.code(), discount.name(), discount.percent(), discount.evidenceRequired()
            });
        }
        MultiRowInsert.insert(
                batches, owner + "_discount", owner + "_id, position, code, name, percent, evidence_required", rows);
    }

    private Optional<DiscountTerms> terms(String owner, long id, boolean inherited) {
        var combine = jdbc.sql("select combine from " + owner + "_discount_terms where " + owner + "_id = :id")
                .param("id", id)
                .query(Boolean.class)
                .optional();
        return combine.map(together -> new DiscountTerms(
                together,
                jdbc.sql("select code, name, percent, evidence_required from " + owner + "_discount where " + owner
                                + "_id = :id order by position")
                        .param("id", id)
                        .query((rs, row) -> new Discount(
                                rs.getString("code"),
                                rs.getString("name"),
                                rs.getInt("percent"),
                                rs.getBoolean("evidence_required")))
                        .list(),
                inherited));
    }

    private Optional<Long> institutionOf(ResourceId resource) {
        return jdbc.sql("select institution_id from resource where id = :id")
                .param("id", resource.value())
                .query(Long.class)
                .optional();
    }

    private Optional<ResourceId> owned(InstitutionId institution, ResourceId resource) {
        return institutionOf(resource)
                .filter(owner -> owner == institution.value())
                .map(owner -> resource);
    }

    private Optional<Long> lockOwned(InstitutionId institution, ResourceId resource) {
        return jdbc.sql("select id from resource where id = :id and institution_id = :institution for update")
                .param("id", resource.value())
                .param("institution", institution.value())
                .query(Long.class)
                .optional();
    }
}
