-- A document's front matter is YAML or TOML; the export writes it back in the language it was read in.
alter table roadmap add column front_matter_syntax varchar(4) default 'YAML' not null;
