-- Directory: regions, state bodies, service centres and civil servants. Loaded from the
-- versioned files under reference/directory (and demo/directory in the demo profile); rows
-- that leave a file are deactivated, never deleted, since later records point at them.
CREATE TABLE directory_region (
    code       VARCHAR(10)              NOT NULL PRIMARY KEY,
    kind       VARCHAR(10)              NOT NULL,
    name_kk    VARCHAR(200)             NOT NULL,
    name_ru    VARCHAR(200)             NOT NULL,
    name_en    VARCHAR(200)             NOT NULL,
    seat_kk    VARCHAR(200)             NOT NULL,
    seat_ru    VARCHAR(200)             NOT NULL,
    seat_en    VARCHAR(200)             NOT NULL,
    active     BOOLEAN                  NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE directory_state_body (
    code        VARCHAR(40)              NOT NULL PRIMARY KEY,
    kind        VARCHAR(20)              NOT NULL,
    level       VARCHAR(12)              NOT NULL,
    parent_code VARCHAR(40) REFERENCES directory_state_body (code),
    region_code VARCHAR(10) REFERENCES directory_region (code),
    name_kk     VARCHAR(400)             NOT NULL,
    name_ru     VARCHAR(400)             NOT NULL,
    name_en     VARCHAR(400)             NOT NULL,
    active      BOOLEAN                  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX directory_state_body_region_idx ON directory_state_body (region_code);
CREATE INDEX directory_state_body_parent_idx ON directory_state_body (parent_code);

CREATE TABLE directory_service_centre (
    code        VARCHAR(20)              NOT NULL PRIMARY KEY,
    region_code VARCHAR(10)              NOT NULL REFERENCES directory_region (code),
    name_kk     VARCHAR(300)             NOT NULL,
    name_ru     VARCHAR(300)             NOT NULL,
    name_en     VARCHAR(300)             NOT NULL,
    address_kk  VARCHAR(400)             NOT NULL,
    address_ru  VARCHAR(400)             NOT NULL,
    address_en  VARCHAR(400)             NOT NULL,
    phone       VARCHAR(40),
    hours       VARCHAR(400)             NOT NULL,
    active      BOOLEAN                  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX directory_service_centre_region_idx ON directory_service_centre (region_code);

CREATE TABLE directory_civil_servant (
    iin         CHAR(12)                 NOT NULL PRIMARY KEY,
    last_name   VARCHAR(100)             NOT NULL,
    first_name  VARCHAR(100)             NOT NULL,
    middle_name VARCHAR(100),
    body_code   VARCHAR(40)              NOT NULL REFERENCES directory_state_body (code),
    centre_code VARCHAR(20) REFERENCES directory_service_centre (code),
    position_kk VARCHAR(300)             NOT NULL,
    position_ru VARCHAR(300)             NOT NULL,
    position_en VARCHAR(300)             NOT NULL,
    category    VARCHAR(20),
    roles       VARCHAR(200)             NOT NULL,
    active      BOOLEAN                  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX directory_civil_servant_body_idx ON directory_civil_servant (body_code);

-- One row, locked by every load so that nodes starting together load one after the other.
CREATE TABLE directory_load_lock (
    id        INT NOT NULL PRIMARY KEY,
    loaded_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO directory_load_lock (id) VALUES (1);
