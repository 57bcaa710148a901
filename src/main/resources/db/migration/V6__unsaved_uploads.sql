-- Pictures uploaded in the back office that no saved item or setting shows yet, and pictures an edit
-- stopped showing. Only staff are served these; after a day unused they are deleted (UnsavedUploads).
CREATE TABLE unsaved_upload (
    path  VARCHAR(500)  NOT NULL,
    since ${timestamp}  NOT NULL,
    CONSTRAINT pk_unsaved_upload PRIMARY KEY (path)
) ${table_options};

CREATE INDEX ix_unsaved_upload_since ON unsaved_upload (since);
