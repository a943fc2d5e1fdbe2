package kr.gongyu.api.allocation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import kr.gongyu.allocation.Lotteries;
import kr.gongyu.allocation.PriorityPool;
import kr.gongyu.api.ApiException;
import kr.gongyu.api.Ids;
import kr.gongyu.identity.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A lottery round's public record, for anyone; applying and withdrawing, for the signed-in applicant. */
@RestController
@RequestMapping(path = "/api/v1/lotteries/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class LotteryController {

    private final Lotteries lotteries;

    LotteryController(Lotteries lotteries) {
        this.lotteries = lotteries;
    }

    @GetMapping
    LotteryJson.PublicRecord record(@PathVariable String id) {
        return lotteries
                .publicRecord(lottery(id))
                .map(LotteryJson.PublicRecord::of)
                .orElseThrow(() -> ApiException.notFound("what.lottery", id));
    }

    record ApplicationRequest(
            @NotNull List<LotteryJson.@Valid Slot> choices,
            @Nullable PriorityPool pool) {}

    record ApplicationResponse(String id, String publicId) {}

    @PostMapping(path = "/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApplicationResponse> apply(
            Caller caller, @PathVariable String id, @Valid @RequestBody ApplicationRequest request) {
        var choices = request.choices().stream().map(LotteryJson.Slot::time).toList();
        var applied = lotteries
                .apply(caller.id(), lottery(id), choices, request.pool())
                .orElseThrow(() -> ApiException.notFound("what.lottery", id));
        return ResponseEntity.created(URI.create("/api/v1/lotteries/" + id + "/applications/" + applied.id()))
                .body(new ApplicationResponse(String.valueOf(applied.id()), applied.publicId()));
    }

    @DeleteMapping("/applications/{applicationId}")
    ResponseEntity<Void> withdraw(Caller caller, @PathVariable String id, @PathVariable String applicationId) {
        var withdrawn = Ids.parse(applicationId)
                .filter(application -> lotteries.withdraw(caller.id(), lottery(id), application))
                .isPresent();
        if (!withdrawn) {
            throw ApiException.notFound("what.application", applicationId);
        }
        return ResponseEntity.noContent().build();
    }

    private static long lottery(String id) {
        return Ids.parse(id).orElseThrow(() -> ApiException.notFound("what.lottery", id));
    }
}
