<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachmentFiles</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB; keep it in the archive and note where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentPage</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a scanned document or file in the dossier (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file to the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditChanges</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back (undo or redo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clue step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clue step taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasicInfoPage</name>
    <message>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit basic information…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CadreDirectoryModel</name>
    <message>
        <source>Impact period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expelled from public employment: the impact never ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside an impact period until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clues %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n clue(s) still being disposed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rectification(s) past the deadline.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No duty report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duty-and-integrity report for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer serving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top leader of the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top leader (principal leader of the unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeHistoryModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CluePage</name>
    <message>
        <source>Problem clues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the clue&apos;s next step; only the steps its workflow allows are offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step due by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClueStateMachine</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk or letter inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClueStepDialog</name>
    <message>
        <source>Next step of clue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader who approved the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome for the cadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClueStepsModel</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Measure the speed bars through the classes the window uses (medians, ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs per measurement (21).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics year (2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--repeat takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year takes a year such as 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds no cadres; run demo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cadres, %2 runs each; milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVER BAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the schema, SQLite integrity, foreign keys and the audit chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain: %1 (%2 entries, head %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: integrity-dossier [SUBCOMMAND] [OPTIONS]
Without a subcommand the window opens.
Subcommands: %1
Each takes --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a new database with a believable county (or city) and six years of records, the same for the same seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county (about 3,000 cadres) or city (about 50,000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed (20241).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the records (2026-11-20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale takes county or city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today takes a date from 2021-07-01 on, written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds dossiers; choose a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data for %1: %2 scale, seed %3, records up to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario cadres (id, name, unit, opinion category as of 2026-11-20):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every dossier record to an interchange file (docs/interchange.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interchange file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load an interchange file (docs/interchange.md) into a new or empty database. A bad file is refused whole and changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interchange file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rows into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rows into %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List cadres matching a name, pinyin initials, unit or position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many rows (200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cadres shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide the integrity-opinion category (1-6) of cadres as of a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre ids, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date (YYYY-MM-DD); today if not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cadre takes cadre ids separated by commas, e.g. 12,15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cadre with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s work statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year, e.g. 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work statistics for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit → Undo brings it back, and the audit trail keeps a record of the deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not an Integrity Dossier database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Integrity Dossier database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of Integrity Dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Integrity Dossier (schema %2; this version reads up to %3). Please update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only. Open it for reading, or ask for write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another program (the file is locked). Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging; is it on a network share?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema migration %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County Commission for Discipline Inspection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Integrity Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only.

Open it for reading only? You can look dossiers up and print them, but not change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name: an existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo database: an invented county with its cadres and six years of records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Demo data needs a day from 2021-07-01 on as today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds dossiers; demo data goes only into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryFilterBar</name>
    <message>
        <source>Search by name, pinyin initials (zjg), unit or position   Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the principal leaders of units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside an impact period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadres inside the impact period of a sanction, handling or admonition today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open clues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadres with a problem clue still being disposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue rectifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadres responsible for a rectification past its deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duty report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duty report for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving top leaders, and cadres who reported for %1, without a duty-and-integrity report for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPanel</name>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cadres of every unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cadre(s) found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cadre(s) in all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierHeader</name>
    <message>
        <source>No photo on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Top leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the facts behind the integrity opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expelled: impact without end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact period until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside an admonition period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open clue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue rectification(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opinion %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierLoader</name>
    <message>
        <source>There is no cadre with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierTabs</name>
    <message>
        <source>Cadre Directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierWidget</name>
    <message>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family and relatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family members and key relatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal-matters reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectifications the cadre is responsible for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections of the cadre&apos;s unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem clues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions and handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty and integrity reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-examination materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning education attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity opinions issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Select an entry to see every field it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the audit trail, which cannot be altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImpactPeriods</name>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds %1 unexpired days of an earlier sanction to its own period ending %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No impact period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation term not recorded; 12 months assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation term of %1 months; party rights restored on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No equal or higher post for %1 months after restoration, until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May not rejoin the party during this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employment ends for good; the period never ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sanctions of the same kind decided together: from %2 months up to their sum of %3 months, at most %4; %5 months applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capped at %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months as set for admonitions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message numerus="yes">
        <source>%n record(s) point to records that do not exist.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal matters report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal matters item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspection item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clue subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clue step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organizational handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admonition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duty report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-examination material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning education event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opinion batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opinion answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterchangeExporter</name>
    <message>
        <source>Exporting needs write access to the database, to record the export in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database does not match the interchange format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3. Correct the record and export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterchangeFormat</name>
    <message>
        <source>%1.%2 is in the database but not in the interchange format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is %3 in the database but %4 in the interchange format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 differs in whether it is required or may be null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 looks like a date but is not described as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 looks like a timestamp but is not described as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interchange format describes the table %1, which the database lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is in the interchange format but not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is listed as derived but not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of %1 is (%2) in the database but (%3) in the interchange format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 refers to %3 in the database but to %4 in the interchange format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 refers to %3 in the interchange format but to nothing in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes before %2, which it refers to, in the interchange format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 is in the database but not in the interchange format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterchangeImporter</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open for reading only; an import needs write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database does not match the interchange format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds dossiers (%2); an import goes only into a new or empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3 is not one of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 break the rule: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3 is already used by another %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fields %2 together are already used by another %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; may not be null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database refused the record: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refers to no %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterchangeReader</name>
    <message>
        <source>The file is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has an unknown table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the first of %2 problems in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &quot;format&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;format&quot; is %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is format version %1, written by a newer Integrity Dossier; this version reads format versions up to %2. Please update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s &quot;tables&quot; is not an object of tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &quot;tables&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has an unknown top-level field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tables.%1 is not a list of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is computed by the program and not carried in the file; leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is used twice (also by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 refers to no %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterchangeValues</name>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a timestamp (YYYY-MM-DDThh:mm:ssZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required and may not be null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may not be null (leave it out for the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a timestamp (YYYY-MM-DDThh:mm:ssZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds %1 where %2 belongs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Integrity Dossier databases (*.db *.dossier);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database: the people and events are invented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each change is written to the database, with its audit entry, the moment you confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossiers.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: every change was written to the database the moment you confirmed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Integrity Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Integrity Dossier %1&lt;/h3&gt;&lt;p&gt;One integrity dossier per cadre, for the staff of a commission for discipline inspection and supervision. It works offline; the data stays in the database file on this computer.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadres %1 · Clues %2 · Cases %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Cadre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Search and Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre &amp;Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Integrity Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureListModel</name>
    <message>
        <source>No impact period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet in effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurePage</name>
    <message>
        <source>Sanctions and handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact periods are computed from the rules in force on each effective date, with stacking; they cannot be typed in. Hover over a row for how its period was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCadre</name>
    <message>
        <source>New Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database is empty. Name the county (or city) whose cadres it will hold, for example 清河县. Its units and cadres can then be added or imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Tick to enter a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>from %1, permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordChecks</name>
    <message>
        <source>A position cannot end before it starts (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inspection cannot end before it starts (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline cannot come before the notice was issued (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rectification deadline cannot come before the problem was found (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rectification cannot be completed before the problem was found (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case cannot be closed before it was filed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party rights cannot be restored before the sanction took effect (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rectified problem needs the day it was completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A problem with a completion day is rectified: set the status to rectified, or clear the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A talk about a clue cannot come before the clue was received (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A problem cannot be found before the inspection began (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step needs its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step cannot come before the clue was received (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply cannot come before the talk or letter of inquiry (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step cannot come before the step before it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the next step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>Clue step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>The clue goes for every cadre it concerns, with all its steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case goes for every cadre it concerns; sanctions keep their record but lose the link to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event goes for everyone who attended it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;color:#b3261e&quot;&gt;*&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal-matters report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizational handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admonition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-examination material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top leader of the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clue number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights restored on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organized by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListings</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clue number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordRepository</name>
    <message>
        <source>There is no record kind called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field called %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cadre needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision cannot take effect before the case was filed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case cannot be filed before its clue was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 record %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clue&apos;s state changes only through its workflow steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no link kind called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link is removed by its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such link to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clue %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clue that is &quot;%1&quot; cannot move to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step needs its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step cannot be dated before the step before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clue step %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the latest step of a clue can be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clue cannot go back to the unknown state &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 row can only be put back with its key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a record (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected record (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected record (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceChoices</name>
    <message>
        <source>%1, filed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from clue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, received on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Party warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious party warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal from party post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party probation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expulsion from the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government demerit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government major demerit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government demotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government dismissal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government expulsion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution demerit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post grade lowering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution dismissal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution expulsion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension for examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered resignation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal from post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demotion in post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admonition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed after talk or letter inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed after preliminary verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticism and education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered self-examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circulated criticism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to the judiciary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time the program starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The database refused a query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Integrity Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person, one file: the integrity dossiers of the cadres your commission supervises, kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;Demo Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invented county with its cadres and six years of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent databases:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>One integrity dossier per cadre, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo database, creating it when there is none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Everything in the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database cannot start a write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitKindIconText</name>
    <message>
        <source>C</source>
        <comment>county</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <comment>township</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <comment>department</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <comment>public institution</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <comment>state enterprise</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <comment>stationed discipline group</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>Counties and districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towns and townships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stationed discipline groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cadre(s), units below included</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadres</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitTreePanel</name>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stationed discipline group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil servant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public institution staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State enterprise staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Son</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admonition talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-appointment integrity talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart-to-heart talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed supervision week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One post, two duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three importants, one large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democratic centralism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order for a written self-examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petition or report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred by a patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred by audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found untrue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed with a first-form measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal responsibility not fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisory responsibility not fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public institution sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal from party post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation within the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expulsion from the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demerit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major demerit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissal from post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expulsion from public employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowering of post grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expulsion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension for examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered resignation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal from post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demotion in post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty and integrity report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal responsibility report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democratic life meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizational life meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning education meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit to a warning exhibition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
