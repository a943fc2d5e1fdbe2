package kr.gongyu.imports.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.gongyu.institution.Region;

/**
 * The region (시·군·구, or the 시·도 where it has none) of a Korean address: "경기도 수원시 팔달구 효원로 241",
 * "경기 수원시 …", "서울 영등포구 …", "세종특별자치시 …". A city's non-autonomous 구 is part of the city.
 */
public final class RegionFinder {

    private final Map<String, Region> provinces = new HashMap<>();
    private final Map<String, Map<String, Region>> districts = new HashMap<>();

    public RegionFinder(List<Region> regions) {
        for (var region : regions) {
            if (region.isProvince()) {
                for (var name : provinceNames(region.name())) {
                    provinces.put(name, region);
                }
            }
        }
        for (var region : regions) {
            if (!region.isProvince()) {
                districts
                        .computeIfAbsent(region.parent().value(), code -> new HashMap<>())
                        .put(region.name(), region);
            }
        }
    }

    /** The names an address may give a 시·도: 경기도, 경기; 서울특별시, 서울시, 서울; 충청북도, 충북; 강원특별자치도, 강원도, 강원. */
    private static List<String> provinceNames(String name) {
        var shortName = switch (name) {
            case "충청북도" -> "충북";
            case "충청남도" -> "충남";
            case "전라남도" -> "전남";
            case "경상북도" -> "경북";
            case "경상남도" -> "경남";
            case "전북특별자치도" -> "전북";
            default -> name.substring(0, 2);
        };
        var older = switch (shortName) {
            case "강원" -> "강원도";
            case "전북" -> "전라북도";
            case "제주" -> "제주도";
            default -> shortName + "시";
        };
        return List.of(name, shortName, older);
    }

    /** The region of the address: its 시·군·구, else its 시·도; empty when no 시·도 begins it. */
    public Optional<Region> find(String address) {
        var words = address.strip().split("\\s+");
        if (words.length == 0) {
            return Optional.empty();
        }
        var province = provinces.get(words[0]);
        if (province == null) {
            return Optional.empty();
        }
        var children = districts.getOrDefault(province.code().value(), Map.of());
        if (children.isEmpty() || words.length < 2) {
            return Optional.of(province);
        }
        var district = children.get(words[1]);
        if (district == null && words.length > 2) {
            // "창원시 의창구" in some tables, "창원시" here; or "고양시덕양구" written together.
            district = children.get(words[1] + " " + words[2]);
        }
        if (district == null) {
            district = children.entrySet().stream()
                    .filter(entry -> words[1].startsWith(entry.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
        }
        return Optional.of(district == null ? province : district);
    }

    /** Whether the region is a 시·도 that has 시·군·구 below it, so that an address should have named one. */
    public boolean hasDistricts(Region region) {
        return !districts.getOrDefault(region.code().value(), Map.of()).isEmpty();
    }
}
