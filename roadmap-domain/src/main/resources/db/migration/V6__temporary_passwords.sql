-- A password someone else chose (made with the account, or reset by an administrator) is temporary: its
-- owner replaces it at the next sign-in. Existing accounts keep theirs.
alter table account add column password_temporary boolean default false not null;
