-- A newer digitisation replaces a citizen's document for reuse, but a dossier keeps the copy it was
-- submitted with: that copy stays, marked replaced, while a dossier refers to it. Before, replacing a
-- document an earlier dossier used failed the new dossier on the foreign key.
ALTER TABLE citizen_document ADD COLUMN replaced_at BIGINT;
DROP INDEX citizen_document_owner_type;
CREATE UNIQUE INDEX citizen_document_owner_type ON citizen_document (owner_number, doc_type) WHERE replaced_at IS NULL;
