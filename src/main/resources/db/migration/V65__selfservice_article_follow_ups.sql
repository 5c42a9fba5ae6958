-- What visitors did after reading an article (docs/portal.md, "Follow-ups and deflection"): a question asked or a
-- call-back requested from the article's page, counted beside the day's views with the same one-row upsert. Views
-- minus follow-ups is the deflection the managers see.
alter table portal_article_view
    add column questions integer not null default 0,
    add column callbacks integer not null default 0;
