package kr.gongyu.imports;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kr.gongyu.imports.internal.ImportStore;
import kr.gongyu.imports.internal.StandardFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports of the national standard format: starting one from a file, and reading how it stands. An import is
 * visible to the staff of its institution and to operators; to anyone else it does not exist.
 */
@Service
public class CatalogImports {

    /** The largest file taken: the national file of 15,600 rows is about 6 MB, and the catalogue may double. */
    public static final int MAX_BYTES = 30 * 1024 * 1024;

    private final ImportStore store;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> task;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CatalogImports(
            ImportStore store,
            SchedulerClient scheduler,
            OneTimeTask<Void> catalogImportTask,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.store = store;
        this.scheduler = scheduler;
        this.task = catalogImportTask;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Checks the file as a whole and, when it is a CSV of the standard with data rows, stores it and schedules its
     * job; throws {@link ImportRefused} otherwise, having stored nothing.
     */
    public ImportView start(ImportCaller importer, String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new ImportRefused(ImportRefused.Reason.FILE_TOO_LARGE, List.of());
        }
        var file = StandardFile.read(content);
        var name = fileName.isBlank() ? "import.csv" : fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        // Committed before the job is scheduled: the job may start at once, on another thread.
        var id = transactions.execute(status -> store.create(
                importer.account(),
                importer.institution(),
                name,
                file.encoding(),
                content,
                file.rows().size()));
        scheduler.scheduleIfNotExists(task.instance(id.toString()), clock.instant());
        return find(id, importer).orElseThrow();
    }

    /** The importer's imports (an operator's: everyone's), newest first, at most {@code limit}, without problems. */
    public List<ImportView> recent(ImportCaller importer, int limit) {
        return transactions.execute(status -> store.recent(importer.institution(), limit));
    }

    /** The resources of an import found with {@link #find}: those it created, then those it updated, by name. */
    public List<ImportView.Written> written(ImportView found, int limit) {
        return transactions.execute(status -> store.writtenBy(found.id(), limit));
    }

    /** The import as it stands, if the importer may see it. */
    public Optional<ImportView> find(ImportId id, ImportCaller importer) {
        return transactions.execute(status -> store.find(id, importer.institution()));
    }
}
