-- The four-eyes rule of publication (docs/roles.md): everyone who wrote the working text since the last
-- publication may not publish it. Articles already in work start with what was known of them: the author of the
-- revision, and the creator of an article that was never published.
alter table faq_article add column revision_editors text[] not null default '{}';

update faq_article
set revision_editors = case
        when published_version = 0 and owner <> revision_author then array[owner, revision_author]
        else array[revision_author]
    end
where status in ('DRAFT', 'IN_REVIEW');
