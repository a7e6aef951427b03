-- The roadmap schema. Plain SQL that H2 2.x and PostgreSQL 15 both take unchanged.

-- EclipseLink takes the value it is handed as the top of a block of 50, so the first must be 50.
create sequence roadmap_seq start with 50 increment by 50;

create table roadmap (
    id                  bigint        not null,
    slug                varchar(80)   not null,
    title               varchar(300)  not null,
    description         varchar(2000),
    front_matter_extras text,
    intro               text,
    period_year         integer,
    period_quarter      integer,
    period_text         varchar(500),
    last_edition_number integer       not null default 0,
    version             bigint        not null,
    created_at          timestamp     not null,
    updated_at          timestamp     not null,
    constraint pk_roadmap primary key (id),
    constraint uq_roadmap_slug unique (slug)
);

create table horizon (
    id          bigint       not null,
    roadmap_id  bigint       not null,
    horizon_key varchar(80)  not null,
    title       varchar(300) not null,
    intro       text,
    kind        varchar(20)  not null,
    position    integer      not null,
    constraint pk_horizon primary key (id),
    constraint fk_horizon_roadmap foreign key (roadmap_id) references roadmap (id) on delete cascade
);

-- Keys and anchors are unique per roadmap, a rule the Roadmap aggregate keeps. Not a unique constraint:
-- EclipseLink writes inserts before deletes, so replacing an item by one of the same anchor would trip it.
create index ix_horizon_roadmap on horizon (roadmap_id);

create table roadmap_item (
    id             bigint       not null,
    roadmap_id     bigint       not null,
    horizon_id     bigint       not null,
    anchor         varchar(200) not null,
    title          varchar(300) not null,
    summary        text,
    body           text,
    status         varchar(20)  not null,
    target_year    integer,
    target_quarter integer,
    target_text    varchar(500),
    position       integer      not null,
    constraint pk_roadmap_item primary key (id),
    constraint fk_item_roadmap foreign key (roadmap_id) references roadmap (id) on delete cascade,
    constraint fk_item_horizon foreign key (horizon_id) references horizon (id)
);

create index ix_item_roadmap on roadmap_item (roadmap_id, anchor);
create index ix_item_horizon on roadmap_item (horizon_id);

create table item_alias (
    item_id  bigint       not null,
    alias    varchar(200) not null,
    position integer      not null,
    constraint pk_item_alias primary key (item_id, position),
    constraint fk_alias_item foreign key (item_id) references roadmap_item (id) on delete cascade
);

create table item_tag (
    item_id  bigint      not null,
    tag      varchar(60) not null,
    position integer     not null,
    constraint pk_item_tag primary key (item_id, position),
    constraint fk_tag_item foreign key (item_id) references roadmap_item (id) on delete cascade
);

create table section (
    id              bigint       not null,
    roadmap_id      bigint       not null,
    title           varchar(300) not null,
    body            text         not null,
    position        integer      not null,
    horizons_before integer      not null,
    constraint pk_section primary key (id),
    constraint fk_section_roadmap foreign key (roadmap_id) references roadmap (id) on delete cascade
);

-- Editions outlive edits of the draft; they reference the roadmap by id only, and are never updated.
create table edition (
    id           bigint       not null,
    roadmap_id   bigint       not null,
    number       integer      not null,
    label        varchar(100) not null,
    note         text,
    published_by varchar(100) not null,
    published_at timestamp    not null,
    markdown     text         not null,
    constraint pk_edition primary key (id),
    constraint fk_edition_roadmap foreign key (roadmap_id) references roadmap (id),
    constraint uq_edition_number unique (roadmap_id, number)
);
