-- What visitors searched for, per day in the shop's time zone: how often, and how many results the day's
-- last search for it found. Bounded (SearchTerms): at most 500 terms a day, kept 90 days.
CREATE TABLE search_term (
    search_date DATE         NOT NULL,
    term        VARCHAR(100) NOT NULL,
    searches    INTEGER      NOT NULL,
    results     INTEGER      NOT NULL,
    CONSTRAINT pk_search_term PRIMARY KEY (search_date, term)
) ${table_options};
