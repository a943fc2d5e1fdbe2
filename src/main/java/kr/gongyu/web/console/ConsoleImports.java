package kr.gongyu.web.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import kr.gongyu.http.StaffScope;
import kr.gongyu.imports.CatalogImports;
import kr.gongyu.imports.ImportCaller;
import kr.gongyu.imports.ImportId;
import kr.gongyu.imports.ImportRefused;
import kr.gongyu.imports.ImportStatus;
import kr.gongyu.web.FormErrors;
import kr.gongyu.web.PathIds;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import of the national standard format from the console: the upload (a file that is not a CSV of the
 * standard is the form's error), then the import's page, which follows the background job until it ends and
 * then shows its report, row by row. Another institution's import is a 404.
 */
@Controller
class ConsoleImports {

    private final CatalogImports imports;
    private final MessageSource messages;

    ConsoleImports(CatalogImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** Imports listed on the import page, newest first. */
    static final int HISTORY = 20;

    /** Resources listed on an import's report; the console's resource list finds the rest. */
    static final int WRITTEN = 200;

    @GetMapping("/console/imports")
    String form(StaffScope scope, Model model) {
        model.addAttribute("errors", Map.of());
        return formPage(scope, model);
    }

    private String formPage(StaffScope scope, Model model) {
        var importer = ImportCaller.staff(scope.caller().id(), scope.institution());
        model.addAttribute("history", imports.recent(importer, HISTORY));
        return "console/imports";
    }

    @PostMapping("/console/imports")
    String upload(StaffScope scope, @RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        var importer = ImportCaller.staff(scope.caller().id(), scope.institution());
        var errors = new FormErrors();
        if (file == null || file.isEmpty()) {
            errors.reject("file", "console.import.error.EMPTY_FILE");
        } else if (file.getSize() > CatalogImports.MAX_BYTES) {
            errors.reject("file", "console.import.error.FILE_TOO_LARGE", CatalogImports.MAX_BYTES / 1024 / 1024);
        } else {
            try {
                var started = imports.start(importer, String.valueOf(file.getOriginalFilename()), file.getBytes());
                return "redirect:/console/imports/" + started.id();
            } catch (ImportRefused refused) {
                errors.reject(
                        "file",
                        "console.import.error." + refused.reason().name(),
                        String.join(", ", refused.details()));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        model.addAttribute("errors", errors.in(messages));
        return formPage(scope, model);
    }

    @GetMapping("/console/imports/{id}")
    String progress(StaffScope scope, @PathVariable String id, Model model) {
        var importer = ImportCaller.staff(scope.caller().id(), scope.institution());
        var found = PathIds.parse(id)
                .flatMap(value -> imports.find(new ImportId(value), importer))
                .orElseThrow(ResourceFormPage::notFound);
        model.addAttribute("job", found);
        model.addAttribute(
                "written", found.status() == ImportStatus.RUNNING ? List.of() : imports.written(found, WRITTEN));
        model.addAttribute("writtenLimit", WRITTEN);
        model.addAttribute("running", found.status() == ImportStatus.RUNNING);
        model.addAttribute("percent", found.total() == 0 ? 0 : found.processed() * 100 / found.total());
        return "console/import";
    }
}
