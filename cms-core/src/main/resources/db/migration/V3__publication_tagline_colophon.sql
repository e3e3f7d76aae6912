-- A publication's tagline and the defaults of its colophon (editor, e-mail, web site, sources note).
alter table publication add column tagline varchar(2000) default '{}' not null;
alter table publication add column colophon_editor varchar(2000) default '{}' not null;
alter table publication add column colophon_email varchar(254);
alter table publication add column colophon_website varchar(2000);
alter table publication add column colophon_sources_note varchar(8000) default '{}' not null;
