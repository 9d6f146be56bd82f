-- Roster imports stopped by a restart (issue 9): when an import last showed progress (a row done, or it
-- started, or it finished), so that any node can tell a RUNNING import nobody runs any more (no progress
-- for peer-supervision.roster.stalled-after) and mark it INTERRUPTED. The status column (varchar(16), no
-- check constraint) takes INTERRUPTED as it is.
-- Portable between H2 and PostgreSQL.

alter table roster_import add column progress_at timestamp;
update roster_import set progress_at = coalesce(finished_at, started_at);
alter table roster_import alter column progress_at set not null;
create index ix_roster_import_progress on roster_import (status, progress_at);
