-- What each import wrote: the resources it created and those it updated, so that its report links to them.
create table catalog_import_resource (
    import_id   bigint  not null references catalog_import (id) on delete cascade,
    resource_id bigint  not null references resource (id) on delete cascade,
    created     boolean not null,
    primary key (import_id, resource_id)
);

create index catalog_import_resource_resource_idx on catalog_import_resource (resource_id);

-- A staff member's import history, newest first.
create index catalog_import_institution_created_idx on catalog_import (institution_id, created_at);
