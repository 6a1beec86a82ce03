-- County-wide totals of the maintained counts, by indicator and period: the whole county's
-- dashboard and yearly statistics read a row per indicator and month instead of one per unit
-- (a city has over a thousand units, so a five-year dashboard summed a few hundred thousand
-- rows). Kept from statistic_counts by its own triggers, so every write that moves a count
-- moves its total in the same transaction; `check` verifies the totals against the counts.

CREATE TABLE statistic_totals (
    indicator TEXT NOT NULL,
    period    TEXT NOT NULL,
    count     INTEGER NOT NULL,
    PRIMARY KEY (indicator, period)
) WITHOUT ROWID;

INSERT INTO statistic_totals (indicator, period, count)
    SELECT indicator, period, sum(count) FROM statistic_counts GROUP BY 1, 2;

CREATE TRIGGER statistic_totals_insert AFTER INSERT ON statistic_counts
BEGIN
    INSERT INTO statistic_totals (indicator, period, count)
        VALUES (NEW.indicator, NEW.period, NEW.count)
        ON CONFLICT DO UPDATE SET count = count + excluded.count;
END;

CREATE TRIGGER statistic_totals_update AFTER UPDATE ON statistic_counts
BEGIN
    INSERT INTO statistic_totals (indicator, period, count)
        VALUES (OLD.indicator, OLD.period, -OLD.count)
        ON CONFLICT DO UPDATE SET count = count + excluded.count;
    INSERT INTO statistic_totals (indicator, period, count)
        VALUES (NEW.indicator, NEW.period, NEW.count)
        ON CONFLICT DO UPDATE SET count = count + excluded.count;
END;

CREATE TRIGGER statistic_totals_delete AFTER DELETE ON statistic_counts
BEGIN
    INSERT INTO statistic_totals (indicator, period, count)
        VALUES (OLD.indicator, OLD.period, -OLD.count)
        ON CONFLICT DO UPDATE SET count = count + excluded.count;
END;

-- The top leaders, who report every year: the dashboard's missing duty reports start from them
-- and from the year before's reports rather than from every cadre.
CREATE INDEX cadres_top_leader ON cadres(id) WHERE is_top_leader = 1;
