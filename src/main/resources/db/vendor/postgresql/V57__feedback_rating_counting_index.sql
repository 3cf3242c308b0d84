-- PostgreSQL only: the ratings in the order of the groups that the ratings' rebuild counts them in
-- (see V56), read by an index-only scan.
CREATE INDEX feedback_rating_counting_idx ON feedback_rating
    (service_code, body_code, region_code, centre_code, score, given_month);
