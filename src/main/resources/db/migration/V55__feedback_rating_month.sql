-- Kazakhstan's month in which a rating was given (its first day), written with it: the ratings'
-- rebuild counts the ratings by month without converting each row's time in the database.
ALTER TABLE feedback_rating ADD COLUMN given_month DATE;
UPDATE feedback_rating SET given_month = CAST(date_trunc('month', given_at AT TIME ZONE 'Asia/Almaty') AS DATE);
ALTER TABLE feedback_rating ALTER COLUMN given_month SET NOT NULL;
