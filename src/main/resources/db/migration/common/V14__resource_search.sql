-- The search module's read model: one row per published resource, with what search filters, ranks and shows
-- of its site and institution. Hibernate Search indexes it; the catalogue's events keep it current.
create table resource_search (
    resource_id      bigint           primary key references resource (id) on delete cascade,
    name             varchar(150)     not null,
    category         varchar(30)      not null,
    category_label   varchar(40)      not null,
    category_label_en varchar(40)     not null,
    category_group   varchar(30)      not null,
    kind             varchar(10)      not null,
    capacity         integer          not null,
    quantity         integer          not null,
    free             boolean          not null,
    confirmation     varchar(10)      not null,
    institution_id   bigint           not null,
    institution_name varchar(100)     not null,
    institution_kind varchar(10)      not null,
    site_id          bigint           not null,
    site_name        varchar(100)     not null,
    address          varchar(200)     not null,
    region_code      varchar(5)       not null,
    province_code    varchar(5)       not null,
    lat              double precision not null,
    lng              double precision not null
);
