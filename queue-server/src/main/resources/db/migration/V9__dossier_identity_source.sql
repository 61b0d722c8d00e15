-- Where the applicant's identity came from (QR, CHIP_VERIFIED, CHIP_UNVERIFIED, OCR, TYPED), so the officer
-- knows how far to trust the pre-filled fields. Dossiers filed before this column: unknown (NULL).
ALTER TABLE dossier ADD COLUMN identity_source TEXT;
