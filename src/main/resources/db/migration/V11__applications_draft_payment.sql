-- A draft also remembers the payment reference the applicant gave for the fee.
ALTER TABLE applications_draft ADD COLUMN payment_reference VARCHAR(100);
