-- PostgreSQL only: the ratings' rebuild now counts each month's ratings with the sum of their scores
-- and how many gave 4 or 5, in groups without the score (a fifth as many); its index follows.
DROP INDEX feedback_rating_counting_idx;
CREATE INDEX feedback_rating_counting_idx ON feedback_rating
    (service_code, body_code, region_code, centre_code, given_month) INCLUDE (score);
