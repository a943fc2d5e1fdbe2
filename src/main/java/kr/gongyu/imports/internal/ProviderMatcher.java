package kr.gongyu.imports.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.institution.InstitutionView;
import org.jspecify.annotations.Nullable;

/**
 * The institution a row belongs to, from 제공기관코드 and 제공기관명. For staff it is their own institution, and a row
 * that names another is rejected; for an operator the row must name one: its code first, else its name (spaces
 * ignored), which must be unique.
 */
public final class ProviderMatcher {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final @Nullable InstitutionView own;
    private final Map<String, InstitutionView> byCode = new HashMap<>();
    private final Map<String, List<InstitutionView>> byName = new HashMap<>();

    /** @param own the staff member's institution; null for an operator */
    public ProviderMatcher(List<InstitutionView> institutions, @Nullable InstitutionId own) {
        InstitutionView found = null;
        for (var institution : institutions) {
            byCode.put(institution.code(), institution);
            byName.computeIfAbsent(fold(institution.name()), name -> new ArrayList<>())
                    .add(institution);
            if (institution.id().equals(own)) {
                found = institution;
            }
        }
        if (own != null && found == null) {
            throw new IllegalArgumentException("No institution " + own);
        }
        this.own = found;
    }

    /** The row's institution; throws {@link BadCell} naming the column that names the wrong one or none. */
    public InstitutionView match(String code, String name) {
        if (own != null) {
            var sameCode = !code.isEmpty() && code.equals(own.code());
            var sameName = !name.isEmpty() && fold(name).equals(fold(own.name()));
            if (sameCode || sameName || code.isEmpty() && name.isEmpty()) {
                return own;
            }
            var column = name.isEmpty() ? StandardColumn.PROVIDER_CODE : StandardColumn.PROVIDER_NAME;
            throw new BadCell(
                    column,
                    "다른 기관의 행입니다 ('" + BadCell.quote(name.isEmpty() ? code : name) + "'): " + own.name()
                            + "의 자료만 올릴 수 있습니다");
        }
        if (!code.isEmpty()) {
            var institution = byCode.get(code);
            if (institution != null) {
                return institution;
            }
            if (name.isEmpty()) {
                throw new BadCell(StandardColumn.PROVIDER_CODE, "등록되지 않은 제공기관코드입니다: '" + BadCell.quote(code) + "'");
            }
        }
        if (name.isEmpty()) {
            throw new BadCell(StandardColumn.PROVIDER_NAME, "운영자가 올리는 파일은 행마다 제공기관코드나 제공기관명이 있어야 합니다");
        }
        var named = byName.getOrDefault(fold(name), List.of());
        if (named.size() == 1) {
            return named.getFirst();
        }
        throw new BadCell(
                StandardColumn.PROVIDER_NAME,
                (named.isEmpty() ? "등록되지 않은 제공기관입니다: '" : "같은 이름의 기관이 여럿입니다. 제공기관코드를 적어 주세요: '") + BadCell.quote(name)
                        + "'");
    }

    private static String fold(String name) {
        return SPACES.matcher(name).replaceAll("");
    }
}
