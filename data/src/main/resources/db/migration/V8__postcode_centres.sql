-- Where things are (ADR 0031). The HSCA Active Locations file gives each location its latitude and longitude; the
-- directory and the search export do not, so those locations are placed by their postcode's centre.
ALTER TABLE cqc_location ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE cqc_location ADD COLUMN longitude DOUBLE PRECISION;

-- Centres of postcode districts ("CV1") and of full postcodes ("CV1 2AB"), as imported from the district table, the
-- ONS Postcode Directory or OS Code-Point Open. A later import replaces the centres it holds; a district's centre
-- from full postcodes is the mean of its postcodes.
CREATE TABLE postcode_centre (
    code      VARCHAR(8)       NOT NULL PRIMARY KEY,
    district  BOOLEAN          NOT NULL,
    latitude  DOUBLE PRECISION NOT NULL,
    longitude DOUBLE PRECISION NOT NULL,
    source    VARCHAR(40)      NOT NULL
);
