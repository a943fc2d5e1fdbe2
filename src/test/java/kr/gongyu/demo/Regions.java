package kr.gongyu.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kr.gongyu.institution.Region;
import kr.gongyu.institution.RegionCode;
import org.springframework.core.io.ClassPathResource;

/** Test fixture: the real regions, read from the migration that loads them, without a database. */
final class Regions {

    private static final Pattern ROW =
            Pattern.compile("\\('(\\d{5})', '([^']*)', '([^']*)', (NULL|'(\\d{5})'), ([\\d.]+), ([\\d.]+)\\)");

    static List<Region> all() {
        try (var in = new ClassPathResource("db/migration/common/V2__regions.sql").getInputStream()) {
            var sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var regions = new ArrayList<Region>();
            var rows = ROW.matcher(sql);
            while (rows.find()) {
                regions.add(new Region(
                        new RegionCode(rows.group(1)),
                        rows.group(2),
                        rows.group(3),
                        rows.group(5) == null ? null : new RegionCode(rows.group(5)),
                        Double.parseDouble(rows.group(6)),
                        Double.parseDouble(rows.group(7))));
            }
            return regions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Regions() {}
}
