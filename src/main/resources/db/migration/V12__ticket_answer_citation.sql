-- The FAQ version an answer was based on. Kept on the answer itself, so the ticket shows what it cited even after
-- the article changed; a reference by id into the knowledge module (no foreign key across modules).
alter table ticket_entry
    add column faq_article_id     bigint,
    add column faq_version_id     bigint,
    add column faq_version_number integer,
    add column faq_language       varchar(2),
    add constraint ticket_entry_faq_citation_check check (
        (faq_version_id is null and faq_article_id is null and faq_version_number is null and faq_language is null)
        or (kind = 'ANSWER' and faq_version_id is not null and faq_article_id is not null
            and faq_version_number is not null and faq_language in ('nl', 'fr', 'de', 'en')));
