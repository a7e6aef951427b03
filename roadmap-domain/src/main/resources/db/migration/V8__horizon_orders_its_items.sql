-- A horizon keeps its items in order: roadmap_item.position is now the order column of the horizon's list.
-- EclipseLink inserts an item without it and sets it just after, in the same transaction, so it needs a
-- default; the stored positions stay as they are (they were dense per horizon, as the list needs them).
alter table roadmap_item alter column position set default 0;
