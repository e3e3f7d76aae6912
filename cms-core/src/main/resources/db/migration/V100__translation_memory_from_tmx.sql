-- Entries brought into the translation memory from a TMX file (org.bulletincms.exchange.TranslationMemory,
-- docs/translation-exchange.md) come from no issue: their unit_id is tmx:<tuid>. Unpublishing an issue still removes
-- only the entries that came from it.
alter table translation_memory alter column issue_id drop not null;
