-- Tokens a maintainer gives a CI job for PUT /api/roadmaps/{slug}; only a SHA-256 hash of each is kept.
create table api_token (
    id         bigint       not null,
    username   varchar(40)  not null,
    name       varchar(80)  not null,
    token_hash varchar(64)  not null,
    created_at timestamp    not null,
    revoked_at timestamp,
    version    bigint       not null,
    constraint pk_api_token primary key (id),
    constraint uq_api_token_hash unique (token_hash),
    constraint fk_api_token_account foreign key (username) references account (username)
);
