package kr.gongyu.institution;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kr.gongyu.institution.internal.Institution;
import kr.gongyu.institution.internal.InstitutionStore;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** All institutions on the platform, as the other modules ask about them. */
@Service
@Transactional(readOnly = true)
public class Institutions {

    private final InstitutionStore store;

    Institutions(InstitutionStore store) {
        this.store = store;
    }

    public Optional<InstitutionView> find(InstitutionId id) {
        return store.findById(id.value()).map(Institutions::view);
    }

    /** Those of the ids that name an institution, in no particular order. */
    public List<InstitutionView> find(Collection<InstitutionId> ids) {
        return store.findAllById(ids.stream().map(InstitutionId::value).toList()).stream()
                .map(Institutions::view)
                .toList();
    }

    public List<InstitutionView> all() {
        return store.findAll().stream().map(Institutions::view).toList();
    }

    /** Institutions of a kind (or any) whose name contains the text (or any), by name. */
    public Page<InstitutionView> search(@Nullable InstitutionKind kind, @Nullable String nameContains, Pageable page) {
        return store.search(kind, nameContains, page).map(Institutions::view);
    }

    private static InstitutionView view(Institution institution) {
        return new InstitutionView(
                institution.id(),
                institution.code(),
                institution.name(),
                institution.kind(),
                institution.region(),
                institution.phone());
    }
}
