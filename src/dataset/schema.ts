/**
 * The tables of DIR/dataset.sqlite (documented with a diagram in docs/dataset.md). Offsets are the
 * records' UTF-16 offsets into the raw article text; `record` and `entity` hold the JSON lines of
 * records.jsonl and entities.jsonl, so nothing of the interchange format is lost.
 */
export const SCHEMA_VERSION = '1';

export const DDL = `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE articles (
  id             TEXT PRIMARY KEY,
  source         TEXT NOT NULL,
  title          TEXT,
  published      TEXT,
  published_date TEXT,
  people         INTEGER NOT NULL,
  organisations  INTEGER NOT NULL,
  dates          INTEGER NOT NULL,
  pledges        INTEGER NOT NULL,
  warnings       INTEGER NOT NULL,
  record         TEXT NOT NULL
);
CREATE INDEX articles_source ON articles (source);
CREATE INDEX articles_published_date ON articles (published_date);

CREATE TABLE entities (
  id         TEXT PRIMARY KEY,
  type       TEXT NOT NULL CHECK (type IN ('person', 'organisation')),
  name       TEXT NOT NULL,
  country    TEXT,
  first_seen TEXT,
  last_seen  TEXT,
  articles   INTEGER NOT NULL,
  mentions   INTEGER NOT NULL,
  entity     TEXT NOT NULL
);
CREATE INDEX entities_name ON entities (name COLLATE NOCASE);
CREATE INDEX entities_type_country ON entities (type, country);

CREATE TABLE entity_names (
  entity_id TEXT NOT NULL REFERENCES entities (id),
  name      TEXT NOT NULL,
  PRIMARY KEY (entity_id, name)
) WITHOUT ROWID;
CREATE INDEX entity_names_name ON entity_names (name COLLATE NOCASE);

CREATE TABLE entity_titles (
  entity_id  TEXT NOT NULL REFERENCES entities (id),
  article_id TEXT NOT NULL REFERENCES articles (id),
  title      TEXT NOT NULL,
  PRIMARY KEY (entity_id, article_id, title)
) WITHOUT ROWID;
CREATE INDEX entity_titles_article ON entity_titles (article_id);

CREATE TABLE mentions (
  id         INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles (id),
  entity_id  TEXT NOT NULL REFERENCES entities (id),
  type       TEXT NOT NULL CHECK (type IN ('person', 'organisation')),
  name       TEXT NOT NULL,
  text       TEXT NOT NULL,
  char_start INTEGER NOT NULL,
  char_end   INTEGER NOT NULL,
  UNIQUE (article_id, type, char_start, char_end, entity_id)
);
CREATE INDEX mentions_entity ON mentions (entity_id, article_id);

CREATE TABLE dates (
  article_id  TEXT NOT NULL REFERENCES articles (id),
  value       TEXT NOT NULL,
  value_from  TEXT NOT NULL,
  value_to    TEXT NOT NULL,
  granularity TEXT,
  text        TEXT NOT NULL,
  char_start  INTEGER NOT NULL,
  char_end    INTEGER NOT NULL,
  mentions    INTEGER NOT NULL,
  PRIMARY KEY (article_id, value)
);
CREATE INDEX dates_value_from ON dates (value_from);

CREATE TABLE pledges (
  article_id            TEXT NOT NULL REFERENCES articles (id),
  seq                   INTEGER NOT NULL,
  char_start            INTEGER NOT NULL,
  char_end              INTEGER NOT NULL,
  text                  TEXT NOT NULL,
  action                TEXT NOT NULL,
  actor                 TEXT NOT NULL,
  actor_kind            TEXT NOT NULL CHECK (actor_kind IN ('person', 'organisation', 'country', 'joint', 'unknown', 'other')),
  actor_entity_id       TEXT REFERENCES entities (id),
  actor_country         TEXT,
  beneficiary           TEXT,
  beneficiary_kind      TEXT CHECK (beneficiary_kind IN ('person', 'organisation', 'country', 'joint', 'unknown', 'other')),
  beneficiary_entity_id TEXT REFERENCES entities (id),
  beneficiary_country   TEXT,
  amount_value          REAL,
  amount_currency       TEXT,
  amount_text           TEXT,
  due                   TEXT,
  year                  TEXT,
  month                 TEXT,
  PRIMARY KEY (article_id, seq)
);
CREATE INDEX pledges_actor_entity ON pledges (actor_entity_id);
CREATE INDEX pledges_beneficiary_entity ON pledges (beneficiary_entity_id);
CREATE INDEX pledges_actor_country ON pledges (actor_country, beneficiary_country);
CREATE INDEX pledges_month ON pledges (month);

CREATE TABLE rejects (
  source  TEXT PRIMARY KEY,
  id      TEXT,
  reason  TEXT NOT NULL,
  message TEXT
);
CREATE INDEX rejects_reason ON rejects (reason);
`;

/** Tables in the order export writes them. */
export const TABLES = ['articles', 'entities', 'entity_names', 'entity_titles', 'mentions', 'dates', 'pledges', 'rejects', 'meta'] as const;
