-- KPIs, trends, alerts and reports now read the day's last snapshot of each video straight from video_snapshots
-- (index on account and time, one primary-key lookup per video for the value before a window). The per-day
-- rollup copied every snapshot a second time on ingestion and bought nothing the index does not give.
DROP TABLE video_daily;
