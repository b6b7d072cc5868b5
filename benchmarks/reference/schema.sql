-- The reference for issue 13: the least a booking must write, in tables of its own (database
-- seo_reference), so PostgreSQL's own rate for that work can be set beside the API's.
-- One interval's places: a conditional update takes one (capacity is large, so no run runs out,
-- and every client competes for the same row as a first-free rush on one interval does).
DROP TABLE IF EXISTS ref_outbox, ref_bookings, ref_places;

CREATE TABLE ref_places (
    checkpoint text NOT NULL,
    day date NOT NULL,
    start time NOT NULL,
    capacity integer NOT NULL,
    booked integer NOT NULL DEFAULT 0,
    PRIMARY KEY (checkpoint, day, start)
);

CREATE TABLE ref_bookings (
    id uuid PRIMARY KEY,
    checkpoint text NOT NULL,
    day date NOT NULL,
    start time NOT NULL,
    plate text NOT NULL,
    fee_tiyn bigint NOT NULL,
    status text NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE ref_outbox (
    sequence bigserial PRIMARY KEY,
    id uuid NOT NULL UNIQUE,
    type text NOT NULL,
    payload jsonb NOT NULL,
    occurred_at timestamptz NOT NULL
);

INSERT INTO ref_places (checkpoint, day, start, capacity)
SELECT 'DOSTYK', current_date + 30, make_time(h, 0, 0), 1000000000 FROM generate_series(0, 23) AS h;
