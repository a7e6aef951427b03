-- The level of the document's heading for each horizon and section (1 to 6), so the export nests its parts as the
-- document did; null, for what was made before or in the editor, writes the export's usual level 2.
alter table horizon add column heading_level smallint;
alter table section add column heading_level smallint;
