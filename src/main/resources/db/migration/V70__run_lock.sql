-- One row per watch and date while a run of it is in progress, in whichever process: the database is what
-- processes sharing it agree on. A holder refreshes heartbeat_at while it runs; a row whose heartbeat is old, or
-- whose holder process on this host is gone, is stale and may be taken over.
CREATE TABLE run_lock (
    watch        VARCHAR(64)  NOT NULL,
    run_date     DATE         NOT NULL,
    owner        VARCHAR(200) NOT NULL,
    acquired_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (watch, run_date)
);
