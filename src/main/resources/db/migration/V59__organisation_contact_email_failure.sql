-- A contact's e-mail address that the mail we sent to it bounced from (issue #16, docs/mail.md "Bounces"): a
-- delivery status notification reporting a permanent failure (5.x.x) marks it, so that the agent sees on the
-- contact and the ticket that mail will not reach this person. The organisation module keeps it and knows nothing of
-- mail: the mail module reports the failure through OrganisationService. Cleared when an agent changes the address
-- or a mail from the address is received.
alter table contact
    add column email_failing_since   timestamptz,
    add column email_last_failure_at timestamptz,
    -- The enhanced status code of the last failure (RFC 3463), e.g. '5.1.1'.
    add column email_failure_status  varchar(16),
    -- What the receiving server said (the DSN's Diagnostic-Code), as far as it said anything.
    add column email_failure_reason  varchar(1000),
    add constraint contact_email_failure_ck
        check ((email_failing_since is null) = (email_last_failure_at is null));
