-- The narrative of the DHSC return: an area's free text for a financial quarter (progress, learning, risks and issues,
-- next quarter), kept with the quarter. The area is its stable key ("partnership:Coventry and Warwickshire",
-- "council:E08000026", "region:E12000005", "england"); the quarter its code ("2024-25-Q3"). Empty text is ''.
CREATE TABLE quarter_narrative (
    area_key          VARCHAR(200)   NOT NULL,
    financial_quarter VARCHAR(10)    NOT NULL,
    progress          VARCHAR(10000) NOT NULL DEFAULT '',
    learning          VARCHAR(10000) NOT NULL DEFAULT '',
    risks_issues      VARCHAR(10000) NOT NULL DEFAULT '',
    next_quarter      VARCHAR(10000) NOT NULL DEFAULT '',
    edited_by         VARCHAR(200)   NOT NULL,
    edited_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (area_key, financial_quarter)
);
