package kr.gongyu.imports.internal;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import kr.gongyu.imports.ImportId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler task that runs an import: one instance per import, named by its id. The schedule is in the
 * database, so an import scheduled on one node runs on one node only, and one whose node dies is picked up again
 * (db-scheduler's dead-execution check) and run from the start, which its upserts make safe.
 */
@Configuration(proxyBeanMethods = false)
public class ImportTask {

    public static final String NAME = "catalog-import";

    @Bean
    OneTimeTask<Void> catalogImportTask(ImportRun run) {
        return Tasks.oneTime(NAME)
                .execute((instance, context) -> run.run(new ImportId(Long.parseLong(instance.getId()))));
    }
}
