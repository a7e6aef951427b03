-- How a horizon's items are laid out in the document (headings or a list), so export matches import;
-- and sections without a heading (prose that follows a list).
alter table horizon add column item_layout varchar(20) default 'HEADINGS' not null;
alter table section alter column title drop not null;
