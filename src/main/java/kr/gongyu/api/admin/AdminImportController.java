package kr.gongyu.api.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import kr.gongyu.api.ApiException;
import kr.gongyu.api.Ids;
import kr.gongyu.http.NotStaff;
import kr.gongyu.http.StaffScope;
import kr.gongyu.identity.Caller;
import kr.gongyu.identity.Role;
import kr.gongyu.imports.CatalogImports;
import kr.gongyu.imports.ImportCaller;
import kr.gongyu.imports.ImportId;
import kr.gongyu.imports.ImportRefused;
import kr.gongyu.imports.ImportStatus;
import kr.gongyu.imports.ImportView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import of the national standard format: staff for their institution, an operator for any (each row naming its
 * institution). A file that is not a CSV of the standard is refused at once with a 4xx naming why; otherwise the
 * import runs in the background and its progress and report are read by id. Another institution's import is a
 * 404, like one that does not exist.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/imports", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminImportController {

    private final CatalogImports imports;

    AdminImportController(CatalogImports imports) {
        this.imports = imports;
    }

    record ProblemResponse(int row, @Nullable String column, String message) {}

    record ImportResponse(
            String id,
            ImportStatus status,
            String fileName,
            String encoding,
            int total,
            int processed,
            int imported,
            int created,
            int updated,
            int rejected,
            @Nullable String failure,
            Instant createdAt,
            @Nullable Instant finishedAt,
            List<ProblemResponse> errors,
            List<ProblemResponse> warnings) {

        static ImportResponse of(ImportView view) {
            return new ImportResponse(
                    view.id().toString(),
                    view.status(),
                    view.fileName(),
                    view.encoding(),
                    view.total(),
                    view.processed(),
                    view.imported(),
                    view.created(),
                    view.updated(),
                    view.rejected(),
                    view.failure(),
                    view.createdAt(),
                    view.finishedAt(),
                    problems(view.errors()),
                    problems(view.warnings()));
        }

        private static List<ProblemResponse> problems(List<ImportView.Problem> problems) {
            return problems.stream()
                    .map(problem -> new ProblemResponse(problem.row(), problem.column(), problem.message()))
                    .toList();
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportResponse> start(Caller caller, @RequestParam("file") MultipartFile file) {
        var importer = importer(caller);
        ImportView started;
        try {
            started = imports.start(importer, String.valueOf(file.getOriginalFilename()), file.getBytes());
        } catch (ImportRefused refused) {
            var status = refused.reason() == ImportRefused.Reason.FILE_TOO_LARGE
                    ? HttpStatus.CONTENT_TOO_LARGE
                    : HttpStatus.BAD_REQUEST;
            throw new ApiException(status, refused.reason().name(), String.join(", ", refused.details()));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/admin/imports/" + started.id()))
                .body(ImportResponse.of(started));
    }

    @GetMapping("/{id}")
    ImportResponse get(Caller caller, @PathVariable String id) {
        var importer = importer(caller);
        return Ids.parse(id)
                .flatMap(value -> imports.find(new ImportId(value), importer))
                .map(ImportResponse::of)
                .orElseThrow(() -> ApiException.notFound("what.import", id));
    }

    private static ImportCaller importer(Caller caller) {
        if (caller.role() == Role.OPERATOR) {
            return ImportCaller.operator(caller.id());
        }
        return StaffScope.of(caller)
                .map(scope -> ImportCaller.staff(caller.id(), scope.institution()))
                .orElseThrow(NotStaff::new);
    }
}
