-- An item may belong to an area of the product ("SIG Node", "Server"): the label a document groups features by.
alter table roadmap_item add column area varchar(120);
