-- Who changed what, when, on which roadmap. Rows are only ever inserted.
create table audit_entry (
    id           bigint        not null,
    occurred_at  timestamp     not null,
    actor        varchar(40)   not null,
    action       varchar(40)   not null,
    roadmap_slug varchar(80),
    detail       varchar(1000) not null,
    constraint pk_audit_entry primary key (id)
);
create index ix_audit_entry_occurred_at on audit_entry (occurred_at);
