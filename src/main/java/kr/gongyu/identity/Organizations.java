package kr.gongyu.identity;

import java.util.Collection;
import java.util.HashSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations that book on behalf of their members (kindergartens, schools, clubs). */
@Service
public class Organizations {

    private final JdbcClient jdbc;

    Organizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether every id names an organisation. */
    @Transactional(readOnly = true)
    public boolean allExist(Collection<Long> ids) {
        var distinct = new HashSet<>(ids);
        if (distinct.isEmpty()) {
            return true;
        }
        var found = jdbc.sql("select count(*) from organization where id in (:ids)")
                .param("ids", distinct)
                .query(Long.class)
                .single();
        return found == distinct.size();
    }
}
