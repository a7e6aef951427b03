-- Maintainers who sign in to the admin UI. Passwords are kept only as PBKDF2 hashes.
create table account (
    id            bigint       not null,
    username      varchar(40)  not null,
    password_hash varchar(300) not null,
    role          varchar(20)  not null,
    enabled       boolean      not null,
    created_at    timestamp    not null,
    version       bigint       not null,
    constraint pk_account primary key (id),
    constraint uq_account_username unique (username)
);
