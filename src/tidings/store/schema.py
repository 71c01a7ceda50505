"""The store's schema as an ordered list of migrations; the index is the version."""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # v1: documents, their texts, ingest errors, and the coded records
    """
    CREATE TABLE documents (
        doc_id VARCHAR PRIMARY KEY,
        doc_name VARCHAR NOT NULL,
        uri VARCHAR NOT NULL,
        fmt VARCHAR NOT NULL,
        content_hash VARCHAR NOT NULL,
        version INTEGER NOT NULL,
        title VARCHAR,
        published DATE,
        source VARCHAR,
        author VARCHAR,
        language VARCHAR,
        inferred_year INTEGER,
        spun BOOLEAN NOT NULL DEFAULT false,
        spun_score DOUBLE NOT NULL DEFAULT 0,
        duplicate_of VARCHAR,
        pipeline VARCHAR,
        ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp
    );
    CREATE TABLE texts (
        doc_id VARCHAR PRIMARY KEY,
        raw_text VARCHAR NOT NULL,
        clean_text VARCHAR NOT NULL,
        offsets VARCHAR NOT NULL
    );
    CREATE SEQUENCE ingest_errors_seq;
    CREATE TABLE ingest_errors (
        error_id BIGINT PRIMARY KEY DEFAULT nextval('ingest_errors_seq'),
        name VARCHAR NOT NULL,
        uri VARCHAR NOT NULL,
        stage VARCHAR NOT NULL,
        reason VARCHAR NOT NULL,
        failed_at TIMESTAMP NOT NULL DEFAULT current_timestamp
    );
    CREATE TABLE mentions (
        doc_id VARCHAR NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        text VARCHAR,
        name VARCHAR,
        code VARCHAR,
        country VARCHAR,
        sector VARCHAR,
        kind VARCHAR,
        parent VARCHAR,
        role VARCHAR,
        person_id VARCHAR,
        via VARCHAR
    );
    CREATE TABLE times (
        doc_id VARCHAR NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        text VARCHAR,
        value VARCHAR,
        precision VARCHAR,
        start_date DATE,
        end_date DATE
    );
    CREATE TABLE events (
        event_id VARCHAR PRIMARY KEY,
        doc_id VARCHAR NOT NULL,
        type VARCHAR NOT NULL,
        mode VARCHAR,
        context VARCHAR[],
        cameo VARCHAR,
        quad_class INTEGER,
        intensity DOUBLE,
        source JSON,
        target JSON,
        source_code VARCHAR,
        source_country VARCHAR,
        target_code VARCHAR,
        target_country VARCHAR,
        date VARCHAR,
        date_precision VARCHAR,
        date_text VARCHAR,
        date_start DATE,
        location JSON,
        negated BOOLEAN,
        modality VARCHAR,
        quote VARCHAR,
        sentence VARCHAR,
        span_start INTEGER,
        span_end INTEGER,
        confidence DOUBLE,
        extractor VARCHAR,
        cluster_id VARCHAR
    );
    CREATE TABLE facts (
        fact_id VARCHAR PRIMARY KEY,
        doc_id VARCHAR NOT NULL,
        measure VARCHAR NOT NULL,
        reporter VARCHAR,
        partner VARCHAR,
        commodity VARCHAR,
        value DOUBLE NOT NULL,
        unit VARCHAR NOT NULL,
        currency VARCHAR,
        value_usd DOUBLE,
        approx BOOLEAN,
        qualifier VARCHAR,
        period_start DATE,
        period_end DATE,
        period_text VARCHAR,
        text VARCHAR,
        sentence VARCHAR,
        span_start INTEGER,
        span_end INTEGER,
        extractor VARCHAR,
        cluster_id VARCHAR
    );
    """,
    # v2: MinHash signatures for near-duplicates, and cross-document event clusters
    """
    CREATE TABLE doc_signatures (
        doc_id VARCHAR PRIMARY KEY,
        text_hash VARCHAR NOT NULL,
        word_shingles INTEGER NOT NULL,
        anchor_shingles INTEGER NOT NULL,
        words BLOB NOT NULL,
        anchors BLOB NOT NULL
    );
    CREATE TABLE event_clusters (
        cluster_id VARCHAR PRIMARY KEY,
        type VARCHAR NOT NULL,
        source VARCHAR,
        target VARCHAR,
        date VARCHAR,
        date_precision VARCHAR,
        num_mentions INTEGER NOT NULL,
        num_articles INTEGER NOT NULL,
        num_sources INTEGER NOT NULL,
        first_seen DATE,
        first_doc_id VARCHAR
    );
    """,
    # v3: what befell the people a count counts
    """
    ALTER TABLE facts ADD COLUMN casualty VARCHAR;
    """,
    # v4: money in its own currency beside its USD value
    """
    ALTER TABLE facts ADD COLUMN value_local DOUBLE;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
